import type { Period } from '../rule';
import { type CivilDate, addCivilDays, civilDateInZone, daysInMonth, instantAtLocalTime, weekday } from './civil-date';
import { isBrazilNationalHoliday } from './brazil-national-holidays';
import { isUsFederalHoliday } from './us-federal-holidays';

const MS_PER_HOUR = 3_600_000;

type BusinessDayCalendar = Extract<Period, { unit: 'business_days' }>['calendar'];

const HOLIDAY_CALENDARS: Record<BusinessDayCalendar, (d: CivilDate) => boolean> = {
  'us-federal': isUsFederalHoliday,
  'br-national': isBrazilNationalHoliday,
};

export function isBusinessDay(d: CivilDate, calendar: BusinessDayCalendar): boolean {
  const dow = weekday(d);
  return dow !== 0 && dow !== 6 && !HOLIDAY_CALENDARS[calendar](d);
}

/**
 * The due instant of a period that starts at `from`.
 *
 * Hours and calendar days are exact elapsed time (n × 24 h for days): statutes rarely say whether the first day
 * counts or whether a deadline on a weekend rolls over, and exact time is never later than any reading that
 * rounds to the end of a day. It also keeps 72 h at 72 h across a daylight-saving change.
 */
export function addPeriod(from: Date, period: Period): Date {
  switch (period.unit) {
    case 'hours':
      return new Date(from.getTime() + period.n * MS_PER_HOUR);
    case 'calendar_days':
      return new Date(from.getTime() + period.n * 24 * MS_PER_HOUR);
    case 'calendar_months':
      return addCalendarMonths(from, period.n);
    case 'business_days':
      return addBusinessDays(from, period.n, period.calendar, period.timeZone, period.dueLocalTime);
    case 'days_after_year_end':
      return daysAfterYearEnd(from, period.n, period.timeZone);
  }
}

/**
 * Same day of the month n months later at the same UTC time, clamped to the month's last day (31 January + 1
 * month = 28 or 29 February): the clamp errs early, never into the month after. Counted in UTC because NIS2 and
 * DORA name no zone, and a member state's zone is at most a few hours off it.
 */
function addCalendarMonths(from: Date, n: number): Date {
  const totalMonths = from.getUTCFullYear() * 12 + from.getUTCMonth() + n;
  const year = Math.floor(totalMonths / 12);
  const monthIndex = totalMonths % 12;
  const day = Math.min(from.getUTCDate(), daysInMonth(year, monthIndex + 1));
  return new Date(
    Date.UTC(year, monthIndex, day, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()),
  );
}

/**
 * "Within n business days after" the trigger: the trigger's own date (in `timeZone`) is day 0 whatever the hour
 * or whether it is itself a business day; the n-th following business day is the last day, due at
 * `dueLocalTime` on it (17:30 New York for EDGAR: Regulation S-T Rule 13(a)(2), 17 CFR 232.13(a)(2), deems a
 * filing made after 5:30 p.m. Eastern to be filed the next business day).
 */
function addBusinessDays(from: Date, n: number, calendar: BusinessDayCalendar, timeZone: string, dueLocalTime: string): Date {
  let day = civilDateInZone(from, timeZone);
  let counted = 0;
  while (counted < n) {
    day = addCivilDays(day, 1);
    if (isBusinessDay(day, calendar)) counted += 1;
  }
  return instantAtLocalTime(day, dueLocalTime, timeZone);
}

/**
 * "Not later than n days after the end of each calendar year" for breaches discovered in it (HIPAA
 * 45 CFR 164.408(c)). The year and its end are read in `timeZone` and in UTC, and the earlier result wins: a
 * discovery late on 31 December in New York is still the old year there (a year earlier than UTC's reading),
 * while for the rest of the year UTC's year end comes five hours before New York's.
 */
function daysAfterYearEnd(from: Date, n: number, timeZone: string): Date {
  const candidates = [timeZone, 'UTC'].map((zone) => {
    const { year } = civilDateInZone(from, zone);
    const yearEnd = instantAtLocalTime({ year: year + 1, month: 1, day: 1 }, '00:00', zone);
    return yearEnd.getTime() + n * 24 * MS_PER_HOUR;
  });
  return new Date(Math.min(...candidates));
}
