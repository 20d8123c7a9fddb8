import { LegworkMark } from './LegworkMark'

/** Payload's `graphics.Icon`: the small mark at the top of the navigation (and in Open Graph images). */
export function Icon() {
  return <LegworkMark size={28} title="Legwork" />
}
