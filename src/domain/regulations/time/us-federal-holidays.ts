import { addCivilDays, type CivilDate, civilDateKey, nthWeekdayOfMonth, weekday } from './civil-date';

/**
 * US federal legal public holidays, 5 U.S.C. 6103(a), computed by rule for any year, with the observed day
 * for fixed-date holidays that fall on a weekend: a Saturday holiday is observed the Friday before, a Sunday
 * holiday the Monday after (5 U.S.C. 6103(b); Executive Order 11582 for the Saturday rule). The SEC and EDGAR
 * close on the observed day, which is what business-day counts for Form 8-K need.
 *
 * Inauguration Day (6103(c)) is left out on purpose: it is a holiday only for federal employees in the
 * Washington DC area, and EDGAR stays open on it, so counting it would push 8-K deadlines a day too late.
 *
 * Holidays are given as the law now stands, with the start years of the newer ones (MLK Day from 1986,
 * Juneteenth from 2021, first observed Friday 2021-06-18): counts for earlier years are not needed.
 */

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

function observed(d: CivilDate): CivilDate {
  const dow = weekday(d);
  if (dow === SATURDAY) return addCivilDays(d, -1);
  if (dow === SUNDAY) return addCivilDays(d, 1);
  return d;
}

/** The holidays whose date (actual or observed) lies in `year`, as YYYY-MM-DD of the day off. */
function holidaysObservedIn(year: number): Set<string> {
  const fixed = (month: number, day: number): CivilDate => observed({ year, month, day });
  const days: CivilDate[] = [
    fixed(1, 1), // New Year's Day
    nthWeekdayOfMonth(year, 2, MONDAY, 3), // Washington's Birthday
    nthWeekdayOfMonth(year, 5, MONDAY, -1), // Memorial Day
    fixed(7, 4), // Independence Day
    nthWeekdayOfMonth(year, 9, MONDAY, 1), // Labor Day
    nthWeekdayOfMonth(year, 10, MONDAY, 2), // Columbus Day
    fixed(11, 11), // Veterans Day
    nthWeekdayOfMonth(year, 11, THURSDAY, 4), // Thanksgiving Day
    fixed(12, 25), // Christmas Day
  ];
  if (year >= 1986) days.push(nthWeekdayOfMonth(year, 1, MONDAY, 3)); // Birthday of Martin Luther King, Jr.
  if (year >= 2021) days.push(fixed(6, 19)); // Juneteenth National Independence Day
  // New Year's Day of the next year falling on a Saturday is observed on 31 December of this one (2021-12-31).
  const nextNewYear = observed({ year: year + 1, month: 1, day: 1 });
  if (nextNewYear.year === year) days.push(nextNewYear);
  return new Set(days.filter((d) => d.year === year).map(civilDateKey));
}

const cache = new Map<number, Set<string>>();

export function usFederalHolidaysIn(year: number): Set<string> {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = holidaysObservedIn(year);
    cache.set(year, holidays);
  }
  return holidays;
}

/** True on a day the federal government observes a legal public holiday. */
export function isUsFederalHoliday(d: CivilDate): boolean {
  return usFederalHolidaysIn(d.year).has(civilDateKey(d));
}
