import type { BusinessDayCalendar, Period } from '../rule';
import { isBrazilNationalHoliday } from './brazil-national-holidays';
import {
  addCivilDays,
  type CivilDate,
  civilDateInZone,
  civilDateKey,
  daysInMonth,
  instantAtLocalTime,
  weekday,
} from './civil-date';
import { isStateHoliday, STATE_HOLIDAY_CALENDARS } from './state-holidays';
import { isUsFederalHoliday } from './us-federal-holidays';

const MS_PER_HOUR = 3_600_000;

const HOLIDAY_CALENDARS: Record<BusinessDayCalendar, (d: CivilDate) => boolean> = {
  'us-federal': isUsFederalHoliday,
  'br-national': isBrazilNationalHoliday,
  'us-al': (d) => isStateHoliday('us-al', d),
  'us-ar': (d) => isStateHoliday('us-ar', d),
  'us-ca': (d) => isStateHoliday('us-ca', d),
  'us-ia': (d) => isStateHoliday('us-ia', d),
  'us-il': (d) => isStateHoliday('us-il', d),
  'us-mn': (d) => isStateHoliday('us-mn', d),
  'us-ny': (d) => isStateHoliday('us-ny', d),
  'us-vt': (d) => isStateHoliday('us-vt', d),
};

export function isBusinessDay(d: CivilDate, calendar: BusinessDayCalendar): boolean {
  const dow = weekday(d);
  return dow !== 0 && dow !== 6 && !HOLIDAY_CALENDARS[calendar](d);
}

/** A due instant and, for periods counted in days or months, which of the two readings gave it, in words. */
export interface PeriodDue {
  dueAt: Date;
  reading?: string;
}

/**
 * The due instant of a period that starts at `from`, its days read in `timeZones` (the jurisdiction's zones).
 *
 * Hours are exact elapsed time, so 72 h stay 72 h across a daylight-saving change. Calendar days and months are
 * read twice, and the earlier reading wins:
 * - as elapsed time from the trigger instant (n × 24 h; the same time of day n months on): statutes rarely say
 *   whether the first day counts or whether a weekend deadline rolls over, and this is never later than a reading
 *   that rounds to the end of a day;
 * - as the end of the n-th day after the trigger's date in each of the jurisdiction's zones (N.Y. Gen. Constr.
 *   Law §§ 19-20: the day of the trigger is excluded, a day runs midnight to midnight). This is the earlier one
 *   only when the clocks go forward in between: 30 days from 23:30 EST on 2 March are up at the end of 1 April,
 *   half an hour before 30 × 24 h (00:30 EDT on 2 April) have run.
 */
export function periodDue(from: Date, period: Period, timeZones: readonly string[] = []): PeriodDue {
  switch (period.unit) {
    case 'hours':
      return { dueAt: new Date(from.getTime() + period.n * MS_PER_HOUR) };
    case 'calendar_days': {
      const elapsed = new Date(from.getTime() + period.n * 24 * MS_PER_HOUR);
      return earlierOfDayReadings(elapsed, `${period.n} × 24 hours from the trigger`, timeZones, (local) =>
        addCivilDays(local, period.n),
      );
    }
    case 'calendar_months': {
      const sameTime = addCalendarMonths(from, period.n);
      return earlierOfDayReadings(sameTime, `the same time ${period.n} month(s) on (UTC)`, timeZones, (local) =>
        addCivilMonths(local, period.n),
      );
    }
    case 'business_days':
      return addBusinessDays(from, period.n, period.calendar, period.timeZone, period.dueLocalTime);
    case 'days_after_year_end':
      return { dueAt: daysAfterYearEnd(from, period.n, period.timeZone) };
  }

  /** The earlier of the elapsed-time reading and the end of the last local day in any of the zones. */
  function earlierOfDayReadings(
    elapsed: Date,
    elapsedWords: string,
    zones: readonly string[],
    lastDay: (local: CivilDate) => CivilDate,
  ): PeriodDue {
    let best: { end: Date; zone: string; day: CivilDate } | null = null;
    for (const zone of zones) {
      const day = lastDay(civilDateInZone(from, zone));
      const end = new Date(instantAtLocalTime(addCivilDays(day, 1), '00:00', zone).getTime() - 1);
      if (!best || end.getTime() < best.end.getTime()) best = { end, zone, day };
    }
    if (!best) return { dueAt: elapsed };
    const zoneWords = zones.length > 1 ? `${best.zone}, the earliest-ending of ${zones.join(', ')}` : best.zone;
    if (best.end.getTime() < elapsed.getTime()) {
      return {
        dueAt: best.end,
        reading: `due at the end of ${civilDateKey(best.day)} in ${zoneWords}, which comes before ${elapsedWords}`,
      };
    }
    return {
      dueAt: elapsed,
      reading: `due ${elapsedWords}, which is no later than the end of ${civilDateKey(best.day)} in ${zoneWords}`,
    };
  }
}

/** The due instant alone (see `periodDue`). */
export function addPeriod(from: Date, period: Period, timeZones: readonly string[] = []): Date {
  return periodDue(from, period, timeZones).dueAt;
}

/** Same day of the month n months later, clamped to that month's last day. */
function addCivilMonths(d: CivilDate, n: number): CivilDate {
  const totalMonths = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
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
    Date.UTC(
      year,
      monthIndex,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/**
 * "Within n business days after" the trigger: the trigger's own date (in `timeZone`) is day 0 whatever the hour
 * or whether it is itself a business day; the n-th following business day is the last day, due at
 * `dueLocalTime` on it (17:30 New York for EDGAR: Regulation S-T Rule 13(a)(2), 17 CFR 232.13(a)(2), deems a
 * filing made after 5:30 p.m. Eastern to be filed the next business day).
 */
function addBusinessDays(
  from: Date,
  n: number,
  calendar: BusinessDayCalendar,
  timeZone: string,
  dueLocalTime: string,
): PeriodDue {
  const start = civilDateInZone(from, timeZone);
  let day = start;
  let counted = 0;
  const skipped: string[] = [];
  while (counted < n) {
    day = addCivilDays(day, 1);
    if (isBusinessDay(day, calendar)) counted += 1;
    else if (weekday(day) !== 0 && weekday(day) !== 6) skipped.push(civilDateKey(day));
  }
  // Said in the words because the hour and the holidays are readings a user cannot see in the due instant alone.
  const holidays = skipped.length > 0 ? `; holidays skipped: ${skipped.join(', ')}` : '; no holiday fell in between';
  return {
    dueAt: instantAtLocalTime(day, dueLocalTime, timeZone),
    reading: `due ${civilDateKey(day)} at ${dueLocalTime} in ${timeZone}, the ${ordinal(n)} business day after ${civilDateKey(start)}, counting out weekends and ${CALENDAR_WORDS[calendar]}${holidays}`,
  };
}

/** The holidays each business-day calendar skips, as the words name them. */
const CALENDAR_WORDS: Record<BusinessDayCalendar, string> = {
  'us-federal': 'the federal holidays of 5 U.S.C. 6103',
  'br-national': "Brazil's national holidays",
  ...(Object.fromEntries(
    Object.entries(STATE_HOLIDAY_CALENDARS).map(([name, cal]) => [name, `the holidays of ${cal.citation}`]),
  ) as Record<keyof typeof STATE_HOLIDAY_CALENDARS, string>),
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
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
