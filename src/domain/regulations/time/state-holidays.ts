import { type CivilDate, addCivilDays, civilDateKey, nthWeekdayOfMonth, weekday } from './civil-date';

/**
 * The holiday calendars of the states whose breach statutes count in business days. A state statute's "business
 * days" are that state's working days, not the federal government's: Iowa works on Columbus Day and Presidents'
 * Day, Vermont on Juneteenth, while New York closes on Lincoln's Birthday and Election Day.
 *
 * Each calendar is the state's own statute. Where the statute leaves a day in doubt (two lists that disagree, a
 * day that is a holiday in name while state offices stay open, a weekend holiday whose observed day the statute
 * does not move), the day is counted as a business day: skipping fewer days can only make a deadline earlier.
 */

const SUNDAY = 0;
const MONDAY = 1;
const TUESDAY = 2;
const THURSDAY = 4;
const SATURDAY = 6;

/** How a holiday that falls on a weekend is observed, as the state's own statute says. */
type WeekendRule =
  /** Saturday → Friday before, Sunday → Monday after (1 V.S.A. § 371(b)). */
  | 'saturday-friday-sunday-monday'
  /** Sunday → Monday after only (N.Y. Gen. Constr. Law § 24). */
  | 'sunday-monday'
  /** Not moved: the statute says nothing, or says the weekday is not a holiday (5 ILCS 490/63). */
  | 'not-moved';

interface HolidayRule {
  name: string;
  date: (year: number) => CivilDate;
  /** First year the holiday applies (its enactment); earlier years count the day as a business day. */
  from?: number;
}

export interface StateHolidayCalendar {
  /** The statute the list comes from, shown in comments and tests. */
  citation: string;
  holidays: HolidayRule[];
  weekend: WeekendRule;
}

const fixed = (name: string, month: number, day: number, from?: number): HolidayRule => ({
  name,
  date: (year) => ({ year, month, day }),
  ...(from !== undefined ? { from } : {}),
});
const nth = (name: string, month: number, dow: number, n: number): HolidayRule => ({
  name,
  date: (year) => nthWeekdayOfMonth(year, month, dow, n),
});

const NEW_YEAR = fixed("New Year's Day", 1, 1);
const MLK = nth('Martin Luther King, Jr. Day', 1, MONDAY, 3);
const WASHINGTON = nth("Washington's Birthday / Presidents' Day", 2, MONDAY, 3);
const MEMORIAL = nth('Memorial Day', 5, MONDAY, -1);
const INDEPENDENCE = fixed('Independence Day', 7, 4);
const LABOR = nth('Labor Day', 9, MONDAY, 1);
const COLUMBUS = nth('Columbus Day / Indigenous Peoples\u2019 Day', 10, MONDAY, 2);
const VETERANS = fixed('Veterans Day', 11, 11);
const THANKSGIVING = nth('Thanksgiving Day', 11, THURSDAY, 4);
const CHRISTMAS = fixed('Christmas Day', 12, 25);

export const STATE_HOLIDAY_CALENDARS = {
  /**
   * Iowa. Iowa Code § 1C.1 lists the legal public holidays (it adds Lincoln's Birthday, 12 February, and
   * Washington's Birthday); § 1C.2 lists the days state offices close (it adds the Friday after Thanksgiving and
   * moves a Saturday holiday to Friday, a Sunday one to Monday). "Business days" in § 715C.2(8) is defined in
   * neither, so only the days that are holidays under both lists are skipped, on their own date: Lincoln's and
   * Washington's Birthdays, the Friday after Thanksgiving and the moved weekday are counted as business days.
   * Columbus Day and Juneteenth are in neither list.
   */
  'us-ia': {
    citation: 'Iowa Code §§ 1C.1, 1C.2 (days in both lists)',
    holidays: [NEW_YEAR, MLK, MEMORIAL, INDEPENDENCE, LABOR, VETERANS, THANKSGIVING, CHRISTMAS],
    weekend: 'not-moved',
  },
  /**
   * Vermont, 1 V.S.A. § 371: twelve legal holidays, with Town Meeting Day (first Tuesday in March) and Bennington
   * Battle Day (16 August); the second Monday in October is Indigenous Peoples' Day. State offices observe a
   * Saturday holiday on the Friday before and a Sunday one on the Monday after (§ 371(b)). Juneteenth is not a
   * Vermont legal holiday. (Older versions of § 371 also listed Lincoln's Birthday; it is not skipped in any year,
   * the earlier reading.)
   */
  'us-vt': {
    citation: '1 V.S.A. § 371',
    holidays: [
      NEW_YEAR,
      MLK,
      WASHINGTON,
      nth('Town Meeting Day', 3, TUESDAY, 1),
      MEMORIAL,
      INDEPENDENCE,
      fixed('Bennington Battle Day', 8, 16),
      LABOR,
      COLUMBUS,
      VETERANS,
      THANKSGIVING,
      CHRISTMAS,
    ],
    weekend: 'saturday-friday-sunday-monday',
  },
  /**
   * New York, Gen. Constr. Law § 24 (as amended by L. 2020, ch. 249, adding Juneteenth): a holiday falling on a
   * Sunday is kept the next day; a Saturday one is not moved. "Each general election day" is the Tuesday after the
   * first Monday in November, held every year in New York (Election Law § 8-100). Flag Day is a Sunday and days
   * proclaimed by the President or Governor cannot be known in advance, so neither is skipped. Juneteenth counts
   * from 2021, its first 19 June after enactment.
   */
  'us-ny': {
    citation: 'N.Y. Gen. Constr. Law § 24',
    holidays: [
      NEW_YEAR,
      MLK,
      fixed("Lincoln's Birthday", 2, 12),
      WASHINGTON,
      MEMORIAL,
      fixed('Juneteenth', 6, 19, 2021),
      INDEPENDENCE,
      LABOR,
      COLUMBUS,
      VETERANS,
      THANKSGIVING,
      CHRISTMAS,
      { name: 'General Election Day', date: (year) => addCivilDays(nthWeekdayOfMonth(year, 11, MONDAY, 1), 1) },
    ],
    weekend: 'sunday-monday',
  },
  /**
   * Illinois. The Statute on Statutes (5 ILCS 70/1.11) excludes "a holiday as defined or fixed in any statute",
   * and Illinois statutes fix different lists: the Promissory Note and Bank Holiday Act (205 ILCS 630/17), the
   * State Commemorative Dates Act (5 ILCS 490) and the state-employee holidays (80 Ill. Adm. Code 303.190). Only
   * the days in all of them are skipped: Casimir Pulaski Day and Good Friday (state offices open), the day after
   * Thanksgiving and General Election Day (only some lists, some years) are business days here. Juneteenth is a
   * paid state holiday from 2022 (5 ILCS 490/63), not moved off a weekend; no holiday is moved, the earlier
   * reading.
   */
  'us-il': {
    citation: '5 ILCS 70/1.11; 205 ILCS 630/17; 5 ILCS 490/63; 80 Ill. Adm. Code 303.190 (days in every list)',
    holidays: [
      NEW_YEAR,
      MLK,
      fixed("Lincoln's Birthday", 2, 12),
      WASHINGTON,
      MEMORIAL,
      fixed('Juneteenth', 6, 19, 2022),
      INDEPENDENCE,
      LABOR,
      COLUMBUS,
      VETERANS,
      THANKSGIVING,
      CHRISTMAS,
    ],
    weekend: 'not-moved',
  },
} as const satisfies Record<string, StateHolidayCalendar>;

export type StateCalendarName = keyof typeof STATE_HOLIDAY_CALENDARS;

function observedDay(d: CivilDate, rule: WeekendRule): CivilDate | null {
  const dow = weekday(d);
  if (dow === SATURDAY) return rule === 'saturday-friday-sunday-monday' ? addCivilDays(d, -1) : null;
  if (dow === SUNDAY) return rule === 'not-moved' ? null : addCivilDays(d, 1);
  return d;
}

const cache = new Map<string, Set<string>>();

/** The weekdays a state's offices keep as holidays in `year` (observed days included), as YYYY-MM-DD. */
export function stateHolidaysIn(calendar: StateCalendarName, year: number): Set<string> {
  const key = `${calendar}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const spec: StateHolidayCalendar = STATE_HOLIDAY_CALENDARS[calendar];
    const observed: CivilDate[] = [];
    // The year after too: a 1 January on a Saturday is observed on 31 December of this year (Vermont).
    for (const y of [year, year + 1]) {
      for (const h of spec.holidays) {
        if (h.from !== undefined && y < h.from) continue;
        const d = observedDay(h.date(y), spec.weekend);
        if (d && d.year === year) observed.push(d);
      }
    }
    days = new Set(observed.map(civilDateKey));
    cache.set(key, days);
  }
  return days;
}

export function isStateHoliday(calendar: StateCalendarName, d: CivilDate): boolean {
  return stateHolidaysIn(calendar, d.year).has(civilDateKey(d));
}
