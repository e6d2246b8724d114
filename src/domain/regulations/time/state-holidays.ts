import { addCivilDays, type CivilDate, civilDateKey, nthWeekdayOfMonth, weekday } from './civil-date';

/**
 * The holiday calendars of the states whose rules count in business days (breach statutes, insurance data-security
 * acts, licensing rules). A state rule's "business days" are that state's working days, not the federal
 * government's: Iowa works on Columbus Day and Presidents' Day, Vermont on Juneteenth, while New York closes on
 * Lincoln's Birthday and Election Day, Arkansas on Christmas Eve and California on Cesar Chavez Day.
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
  /** This holiday's own weekend rule, where the statute moves some holidays and not others (Cal. Gov. Code § 6701). */
  weekend?: WeekendRule;
}

export interface StateHolidayCalendar {
  /** The statute the list comes from, shown in comments and tests. */
  citation: string;
  holidays: HolidayRule[];
  weekend: WeekendRule;
}

const fixed = (name: string, month: number, day: number, from?: number, weekend?: WeekendRule): HolidayRule => ({
  name,
  date: (year) => ({ year, month, day }),
  ...(from !== undefined ? { from } : {}),
  ...(weekend !== undefined ? { weekend } : {}),
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
const FIRST_MONDAY_IN_JUNE = nth("Jefferson Davis' Birthday", 6, MONDAY, 1);
const FOURTH_MONDAY_IN_APRIL = nth('Confederate Memorial Day', 4, MONDAY, 4);
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
   * Battle Day (16 August); the second Monday in October is Indigenous Peoples' Day. Juneteenth is not a Vermont
   * legal holiday. (Older versions of § 371 also listed Lincoln's Birthday; it is not skipped in any year, the
   * earlier reading.) A weekend holiday is not moved: § 371(b) only has "All State departments, agencies and
   * offices ... observe" a Saturday holiday on the Friday before and a Sunday one on the Monday after, the legal
   * holiday itself stays on its date, and 9 V.S.A. § 2435 does not define "business days" by when state offices
   * are open. The Friday or Monday is a working day for the data collector that counts, so it is counted (the
   * earlier reading): 14 business days from 31 October 2023 end Monday 20 November, not Tuesday 21 November, although
   * state offices closed on Friday 10 November for Veterans Day.
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
    weekend: 'not-moved',
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
  /**
   * Arkansas, Ark. Code § 1-5-101(a): "the sole official holidays applicable to state government" (as amended by
   * Act 561 of 2017, which moved Robert E. Lee's day off the third Monday in January). Christmas Eve is one; the
   * third Monday in February is George Washington's Birthday and Daisy Gatson Bates Day. § 1-5-101(b): a Saturday
   * holiday is observed the Friday before, a Sunday one the Monday after. Not skipped: the employee's own birthday
   * (§ 1-5-101(a)(11), one person's day, not the office's), Columbus Day and Lincoln's Birthday (memorial days,
   * "not legal holidays", § 1-5-106), Juneteenth (a memorial day on the third Saturday in June, § 1-5-114), days
   * closed by proclamation (§ 1-5-103, not known in advance). When Christmas Eve and Christmas are observed on the
   * same weekday (Christmas Eve on a Sunday, or Christmas on a Saturday) the statute names no second day, so none is
   * skipped: the earlier reading.
   */
  'us-ar': {
    citation: 'Ark. Code § 1-5-101',
    holidays: [
      NEW_YEAR,
      MLK,
      WASHINGTON,
      MEMORIAL,
      INDEPENDENCE,
      LABOR,
      VETERANS,
      THANKSGIVING,
      fixed('Christmas Eve', 12, 24),
      CHRISTMAS,
    ],
    weekend: 'saturday-friday-sunday-monday',
  },
  /**
   * Alabama, Ala. Code § 1-3-8(a)-(b) (as amended by Act 91-250): with the federal days, Robert E. Lee's birthday
   * (with Dr. King's, third Monday in January), Thomas Jefferson's (with Washington's, third Monday in February),
   * Confederate Memorial Day (fourth Monday in April), Jefferson Davis' birthday (first Monday in June), and
   * Columbus Day, Fraternal Day and American Indian Heritage Day (second Monday in October); "If any holiday falls
   * on Sunday, the following day is the holiday. If any holiday falls on Saturday, the preceding day is the
   * holiday." Thanksgiving is "the day designated by the Governor for public thanksgiving", which has been the
   * fourth Thursday in November (Alabama Department of Archives and History's table of § 1-3-8). Not skipped:
   * Mardi Gras (state offices close only in Baldwin and Mobile Counties), Juneteenth and the day after Thanksgiving
   * (given by the Governor's memorandum year by year, e.g. 2021 and 2023, not by § 1-3-8): the earlier reading.
   */
  'us-al': {
    citation: 'Ala. Code § 1-3-8',
    holidays: [
      NEW_YEAR,
      MLK,
      WASHINGTON,
      FOURTH_MONDAY_IN_APRIL,
      MEMORIAL,
      FIRST_MONDAY_IN_JUNE,
      INDEPENDENCE,
      LABOR,
      COLUMBUS,
      VETERANS,
      THANKSGIVING,
      CHRISTMAS,
    ],
    weekend: 'saturday-friday-sunday-monday',
  },
  /**
   * Minnesota, Minn. Stat. § 645.44, subd. 5: the federal list with Juneteenth from 2023 (Laws 2023, ch. 5, its
   * effective date brought forward to before 19 June 2023 by the state government omnibus, HF 1830); New Year's
   * Day, Juneteenth, Independence Day, Veterans Day and Christmas are kept the Monday after when they fall on a
   * Sunday and the Friday before when on a Saturday. "For the executive branch ... 'holiday' also includes the
   * Friday after Thanksgiving but does not include" the second Monday in October (Christopher Columbus Day, now
   * Indigenous Peoples Day); other branches choose. So the second Monday in October (not an executive-branch
   * holiday) and the Friday after Thanksgiving (an executive-branch holiday only) are both counted as business
   * days: the earlier reading, though the Commissioner of Commerce is an executive office.
   */
  'us-mn': {
    citation: 'Minn. Stat. § 645.44, subd. 5',
    holidays: [
      NEW_YEAR,
      MLK,
      WASHINGTON,
      MEMORIAL,
      fixed('Juneteenth', 6, 19, 2023),
      INDEPENDENCE,
      LABOR,
      VETERANS,
      THANKSGIVING,
      CHRISTMAS,
    ],
    weekend: 'saturday-friday-sunday-monday',
  },
  /**
   * California. Civ. Code § 7 and Gov. Code § 6700 make the days listed in § 6700 "holidays in this state": with
   * the federal Monday holidays, Lincoln Day (12 February), Cesar Chavez Day (31 March), Admission Day (9 September),
   * Native American Day (fourth Friday in September), Columbus Day, Juneteenth (AB 1655, 2022), Lunar New Year
   * (AB 2596, 2022), Genocide Remembrance Day (24 April), Good Friday from noon to 3 p.m., and days the President or
   * Governor appoints (Thanksgiving). State offices close only on the state employees' holidays of Gov. Code
   * § 19853(a), which has no Lincoln Day, Admission Day, Columbus Day or Juneteenth, and gives Lunar New Year,
   * Genocide Remembrance Day, Juneteenth and Native American Day only in lieu of a personal holiday (§ 19853(e));
   * it adds the day after Thanksgiving, which § 6700 does not list. Only days in both lists are skipped (the
   * earlier reading): Cesar Chavez Day is skipped; Juneteenth, Columbus Day, Native American Day and the day after
   * Thanksgiving are business days. A Sunday holiday is kept the Monday after; a Saturday one is not moved except
   * Veterans Day, kept the Friday before (Gov. Code § 6701; § 19853(b)).
   */
  'us-ca': {
    citation: 'Cal. Civ. Code § 7; Cal. Gov. Code §§ 6700, 6701, 19853 (days in both lists)',
    holidays: [
      NEW_YEAR,
      MLK,
      WASHINGTON,
      fixed('Cesar Chavez Day', 3, 31),
      MEMORIAL,
      INDEPENDENCE,
      LABOR,
      fixed('Veterans Day', 11, 11, undefined, 'saturday-friday-sunday-monday'),
      THANKSGIVING,
      CHRISTMAS,
    ],
    weekend: 'sunday-monday',
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
        const d = observedDay(h.date(y), h.weekend ?? spec.weekend);
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
