import { LegworkMark } from './LegworkMark'

/** Payload's `graphics.Icon`: the small mark at the top of the page, as large as Payload's box for it. */
export function Icon() {
  return <LegworkMark size="100%" title="Legwork" />
}
