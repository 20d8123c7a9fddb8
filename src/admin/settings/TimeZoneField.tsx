import type { TextFieldServerComponent } from 'payload'

import { timeZones } from '@/domain/timeZones'

import { TimeZoneSelect } from './TimeZoneSelect.client'

/** "Europe/London (GMT+1)": the zone's offset today helps a person find theirs among four hundred. */
function labelOf(zone: string, now: Date): string {
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(now)
    .find((part) => part.type === 'timeZoneName')?.value
  return offset ? `${zone.replaceAll('_', ' ')} (${offset})` : zone
}

/**
 * The time zone is stored as text (a database enum of every zone would change with each Node
 * release); here it is picked from the zones this server knows, which are the ones it accepts.
 */
export const TimeZoneField: TextFieldServerComponent = (props) => {
  const now = new Date()
  const options = timeZones().map((zone) => ({ label: labelOf(zone, now), value: zone }))
  const path = (props as { path?: string }).path ?? props.clientField.name
  return <TimeZoneSelect field={props.clientField} path={path} readOnly={props.readOnly} options={options} />
}
