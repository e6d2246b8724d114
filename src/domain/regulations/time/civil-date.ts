import { TZDate } from '@date-fns/tz';

/**
 * A date on the calendar with no time or zone: holiday rules and business-day counts work on these, and only
 * the final due time is placed in a zone. Month is 1-12.
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Day of the week, 0 = Sunday ... 6 = Saturday (proleptic Gregorian, zone-free). */
export function weekday(d: CivilDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addCivilDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function civilDateKey(d: CivilDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Answers of civilDateInZone by zone and instant. Computing an incident's obligations asks the same few instants
 * (its triggers) in the same zones for every rule's version check, hundreds of times, and each answer costs an
 * Intl offset lookup: about a third of the computation's CPU, which runs on the event loop that acknowledges
 * every other command (bench/ack-under-load). Bounded; the answers never change.
 */
const CIVIL_DATES = new Map<string, CivilDate>();
const CIVIL_DATES_MAX = 20_000;

/** The calendar date an instant falls on in an IANA zone. */
export function civilDateInZone(instant: Date, timeZone: string): CivilDate {
  const key = `${timeZone}|${instant.getTime()}`;
  let date = CIVIL_DATES.get(key);
  if (!date) {
    const local = new TZDate(instant.getTime(), timeZone);
    date = { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
    if (CIVIL_DATES.size >= CIVIL_DATES_MAX) CIVIL_DATES.clear();
    CIVIL_DATES.set(key, date);
  }
  return { ...date };
}

/** The instant a wall-clock time on a date occurs in an IANA zone ("17:30" New York on 2026-03-09). */
export function instantAtLocalTime(d: CivilDate, localTime: string, timeZone: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(localTime);
  if (!match) throw new Error(`local time must be HH:MM, got "${localTime}"`);
  const local = new TZDate(d.year, d.month - 1, d.day, Number(match[1]), Number(match[2]), 0, 0, timeZone);
  return new Date(local.getTime());
}

/** The n-th given weekday of a month (n = 1..5), or the last one when n is -1 (Memorial Day). */
export function nthWeekdayOfMonth(year: number, month: number, dayOfWeek: number, n: number): CivilDate {
  if (n === -1) {
    const last = daysInMonth(year, month);
    const lastDow = weekday({ year, month, day: last });
    return { year, month, day: last - ((lastDow - dayOfWeek + 7) % 7) };
  }
  const firstDow = weekday({ year, month, day: 1 });
  return { year, month, day: 1 + ((dayOfWeek - firstDow + 7) % 7) + (n - 1) * 7 };
}
