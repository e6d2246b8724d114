import { TZDate } from '@date-fns/tz';

const DAY_MS = 24 * 3600_000;
/** A quarter of an hour: no zone has moved its offset at any other boundary. */
const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Writes instants as wall-clock time in an IANA zone with its UTC offset ("2026-11-30 00:00 -05:00"): the offset
 * makes each time unambiguous (the repeated hour when clocks go back) and lets a reader get UTC without a table.
 * A summary writes 10,000 of these, and asking the zone's rules is the slow part, so the offset is asked once per
 * UTC day where the day starts and ends on the same offset (every day but the few with a clock change), and once
 * per quarter hour on a day that changes.
 */
export function zonedTimeWriter(timeZone: string): (iso: string, seconds?: boolean) => string {
  const offsetAt = (ms: number): number => -new TZDate(ms, timeZone).getTimezoneOffset();
  /** Per UTC day: its one offset, or null where the day changes (then `quarters` answers). */
  const days = new Map<number, number | null>();
  const quarters = new Map<number, number>();
  const offsetOf = (ms: number): number => {
    const day = Math.floor(ms / DAY_MS);
    let offset = days.get(day);
    if (offset === undefined) {
      const start = offsetAt(day * DAY_MS);
      offset = start === offsetAt((day + 1) * DAY_MS - 1) ? start : null;
      days.set(day, offset);
    }
    if (offset !== null) return offset;
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let inQuarter = quarters.get(quarter);
    if (inQuarter === undefined) {
      inQuarter = offsetAt(ms);
      quarters.set(quarter, inQuarter);
    }
    return inQuarter;
  };
  // The wall day's date and the offset's words, each written once: the rest is arithmetic (no Date per instant).
  const dayWords = new Map<number, string>();
  const offsetWords = new Map<number, string>();
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const write = (iso: string, seconds: boolean): string => {
    const ms = Date.parse(iso);
    const offset = offsetOf(ms);
    const wallMs = ms + offset * 60_000;
    const wallDay = Math.floor(wallMs / DAY_MS);
    let date = dayWords.get(wallDay);
    if (date === undefined) {
      date = new Date(wallDay * DAY_MS).toISOString().slice(0, 10);
      dayWords.set(wallDay, date);
    }
    let zone = offsetWords.get(offset);
    if (zone === undefined) {
      const abs = Math.abs(offset);
      zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
      offsetWords.set(offset, zone);
    }
    const second = Math.floor((wallMs - wallDay * DAY_MS) / 1000);
    const clock = `${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}`;
    return `${date} ${seconds ? `${clock}:${two(second % 60)}` : clock} ${zone}`;
  };
  // An instant the store wrote (toISOString: "2026-11-30T05:00:12.345Z") is written once per minute (or second)
  // it falls in: a summary names each entry's time in its timeline line and again where it lists it.
  const written = new Map<string, string>();
  return (iso, seconds = false) => {
    if (iso.length !== 24 || iso[23] !== 'Z') return write(iso, seconds);
    const key = iso.slice(0, seconds ? 19 : 16);
    let words = written.get(key);
    if (words === undefined) {
      words = write(iso, seconds);
      written.set(key, words);
    }
    return words;
  };
}
