import { TZDate } from '@date-fns/tz';

/** A quarter of an hour: no zone has moved its offset at any other boundary, so one lookup serves each quarter. */
const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Writes instants as wall-clock time in an IANA zone with its UTC offset ("2026-11-30 00:00 -05:00"): the offset
 * makes each time unambiguous (the repeated hour when clocks go back) and lets a reader get UTC without a table.
 * A summary writes 10,000 of these, so the zone's offset is looked up once per quarter hour, not per instant.
 */
export function zonedTimeWriter(timeZone: string): (iso: string, seconds?: boolean) => string {
  const offsets = new Map<number, number>();
  return (iso, seconds = false) => {
    const ms = Date.parse(iso);
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = -new TZDate(ms, timeZone).getTimezoneOffset();
      offsets.set(quarter, offset);
    }
    const wall = new Date(ms + offset * 60_000).toISOString();
    const abs = Math.abs(offset);
    const sign = offset < 0 ? '-' : '+';
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${wall.slice(0, 10)} ${wall.slice(11, seconds ? 19 : 16)} ${sign}${hh}:${mm}`;
  };
}
