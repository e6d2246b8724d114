import { CATALOG } from '../../src/domain/regulations/catalog';
import type { FactsInput } from '../../src/domain/regulations/facts';
import type { Deadline, Period } from '../../src/domain/regulations/rule';
import { timeZonesOf } from '../../src/domain/regulations/time/jurisdiction-zones';
import { addPeriod, isBusinessDay } from '../../src/domain/regulations/time/period';
import {
  STATE_HOLIDAY_CALENDARS,
  type StateCalendarName,
  stateHolidaysIn,
} from '../../src/domain/regulations/time/state-holidays';
import { find } from './regime-fixtures';
import { obligation, stateFacts } from './us-states/state-facts';

/**
 * Issue 13, class 2: business days are counted on the calendar of the law that sets them: a state statute on
 * that state's holidays (each calendar's statute in time/state-holidays.ts), a federal rule on federal holidays.
 */

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

type BusinessDays = Extract<Period, { unit: 'business_days' }>;
function businessDayPeriods(d: Deadline): BusinessDays[] {
  switch (d.kind) {
    case 'period':
    case 'after_notice':
      return d.period.unit === 'business_days' ? [d.period] : [];
    case 'relative_to_individual_notice':
      return d.period?.unit === 'business_days' ? [d.period] : [];
    case 'earliest_of':
      return d.deadlines.flatMap(businessDayPeriods);
    default:
      return [];
  }
}

describe("every business-day period in the catalog uses its own jurisdiction's calendar and zone", () => {
  const cases = CATALOG.flatMap((rule) =>
    rule.versions.flatMap((v) => businessDayPeriods(v.deadline).map((p) => [rule.id, rule.jurisdiction, p] as const)),
  );

  it('finds the state rules counted in business days', () => {
    expect(cases.map(([id]) => id)).toEqual(expect.arrayContaining(['us-ia/regulator', 'us-vt/regulator']));
  });

  test.each(cases)('%s (%s)', (_id, jurisdiction, period) => {
    const expected = jurisdiction.startsWith('US-')
      ? `us-${jurisdiction.slice(3).toLowerCase()}`
      : jurisdiction === 'US'
        ? 'us-federal'
        : jurisdiction === 'BR'
          ? 'br-national'
          : 'none';
    expect(period.calendar).toBe(expected);
    expect(timeZonesOf(jurisdiction)).toContain(period.timeZone);
  });
});

describe('state holiday calendars, from each statute', () => {
  test.each([
    // Iowa Code §§ 1C.1, 1C.2: only the days in both lists.
    ['us-ia', '2026-10-12', false, 'Columbus Day is an Iowa working day'],
    ['us-ia', '2026-02-16', false, "Presidents' Day: a 1C.1 holiday, but state offices open (not in 1C.2)"],
    ['us-ia', '2026-02-12', false, "Lincoln's Birthday: 1C.1 only"],
    ['us-ia', '2026-06-19', false, 'Juneteenth is in neither list'],
    ['us-ia', '2026-11-27', false, 'the Friday after Thanksgiving: 1C.2 only, so counted (the earlier reading)'],
    ['us-ia', '2026-11-26', true, 'Thanksgiving'],
    ['us-ia', '2026-11-11', true, 'Veterans Day'],
    ['us-ia', '2026-01-19', true, 'Martin Luther King, Jr. Day'],
    // 1 V.S.A. § 371
    ['us-vt', '2026-06-19', false, 'Vermont is open on Juneteenth'],
    ['us-vt', '2026-03-03', true, 'Town Meeting Day, first Tuesday in March'],
    [
      'us-vt',
      '2026-08-17',
      false,
      'Bennington Battle Day falls on Sunday 16 August: § 371(b) moves only state offices',
    ],
    ['us-vt', '2026-10-12', true, "Indigenous Peoples' Day"],
    ['us-vt', '2026-07-03', false, 'Independence Day is Saturday: the Friday state offices observe is counted'],
    ['us-vt', '2026-11-27', false, 'the Friday after Thanksgiving is not a Vermont holiday'],
    // N.Y. Gen. Constr. Law § 24
    ['us-ny', '2026-02-12', true, "Lincoln's Birthday"],
    ['us-ny', '2026-11-03', true, 'General Election Day, the Tuesday after the first Monday in November'],
    ['us-ny', '2026-06-19', true, 'Juneteenth (L. 2020, ch. 249)'],
    ['us-ny', '2026-07-03', false, 'a Saturday holiday is not moved to Friday in New York'],
    ['us-ny', '2027-07-05', true, 'Independence Day 2027 (Sunday) kept on Monday'],
    ['us-ny', '2020-06-19', false, 'Juneteenth before its first year (the earlier reading)'],
    // Illinois: the days in every statutory list
    ['us-il', '2026-02-12', true, "Lincoln's Birthday"],
    ['us-il', '2026-03-02', false, 'Casimir Pulaski Day: state offices open'],
    ['us-il', '2026-11-27', false, 'the day after Thanksgiving is not in every list'],
    ['us-il', '2026-06-19', true, 'Juneteenth National Freedom Day (5 ILCS 490/63)'],
    ['us-il', '2027-06-18', false, 'Juneteenth on a Saturday is not moved to Friday (5 ILCS 490/63)'],
    // Ark. Code § 1-5-101; memorial days in §§ 1-5-106, 1-5-114 are not holidays
    ['us-ar', '2026-12-24', true, 'Christmas Eve, § 1-5-101(a)(9)'],
    ['us-ar', '2026-02-16', true, "George Washington's Birthday and Daisy Gatson Bates Day"],
    ['us-ar', '2026-10-12', false, 'Columbus Day is a memorial day, not a legal holiday (§ 1-5-106)'],
    ['us-ar', '2026-06-19', false, 'Juneteenth is a memorial day on the third Saturday in June (§ 1-5-114)'],
    ['us-ar', '2026-02-12', false, "Lincoln's Birthday is a memorial day (§ 1-5-106)"],
    ['us-ar', '2026-11-27', false, 'the day after Thanksgiving is not listed'],
    ['us-ar', '2026-07-03', true, 'Independence Day (Saturday) observed Friday, § 1-5-101(b)'],
    ['us-ar', '2022-12-23', true, 'Christmas Eve 2022 (Saturday) observed Friday'],
    // Christmas (Saturday) and Christmas Eve are both kept on Friday 24 December: no second day (the earlier reading)
    ['us-ar', '2027-12-23', false, 'Thursday 23 December 2027 is a business day'],
    // Ala. Code § 1-3-8
    ['us-al', '2026-04-27', true, 'Confederate Memorial Day, fourth Monday in April'],
    ['us-al', '2026-06-01', true, "Jefferson Davis' birthday, first Monday in June"],
    ['us-al', '2026-10-12', true, 'Columbus Day, Fraternal Day and American Indian Heritage Day'],
    ['us-al', '2026-02-17', false, 'Mardi Gras: state offices close only in Baldwin and Mobile Counties'],
    ['us-al', '2026-06-19', false, "Juneteenth: by the Governor's memorandum year by year, not § 1-3-8"],
    ['us-al', '2026-11-27', false, 'the day after Thanksgiving is not in § 1-3-8'],
    ['us-al', '2026-07-03', true, 'Independence Day (Saturday): "the preceding day is the holiday"'],
    // Minn. Stat. § 645.44, subd. 5
    ['us-mn', '2026-06-19', true, 'Juneteenth (Laws 2023, ch. 5)'],
    ['us-mn', '2027-06-18', true, 'Juneteenth (Saturday) kept on the Friday before'],
    ['us-mn', '2022-06-20', false, 'Juneteenth before 2023 (Sunday 19 June 2022 would have moved to Monday)'],
    ['us-mn', '2026-10-12', false, 'second Monday in October: not a holiday for the executive branch'],
    ['us-mn', '2026-11-27', false, 'Friday after Thanksgiving: executive branch only, counted (the earlier reading)'],
    ['us-mn', '2026-07-03', true, 'Independence Day (Saturday) kept on the Friday before'],
    // Cal. Gov. Code §§ 6700, 6701, 19853: the days in both lists
    ['us-ca', '2026-03-31', true, 'Cesar Chavez Day'],
    ['us-ca', '2024-04-01', true, 'Cesar Chavez Day 2024 (Sunday) kept on Monday, § 6701'],
    ['us-ca', '2026-02-12', false, 'Lincoln Day: § 6700 only, state offices open'],
    ['us-ca', '2026-10-12', false, 'Columbus Day: § 6700 only, state offices open'],
    ['us-ca', '2026-09-25', false, 'Native American Day: in lieu of a personal holiday (§ 19853(e))'],
    ['us-ca', '2026-06-19', false, 'Juneteenth: in lieu of a personal holiday (§ 19853(e))'],
    ['us-ca', '2026-11-27', false, 'the day after Thanksgiving: § 19853 only, not § 6700'],
    ['us-ca', '2026-07-03', false, 'a Saturday holiday is not moved (§ 6701)'],
    ['us-ca', '2023-11-10', true, 'Veterans Day (Saturday) kept on the Friday before (§ 6701)'],
  ] as Array<[StateCalendarName, string, boolean, string]>)('%s %s holiday: %s (%s)', (calendar, iso, expected) => {
    expect(isBusinessDay(day(iso), calendar)).toBe(!expected);
  });

  test.each(Object.entries(STATE_HOLIDAY_CALENDARS))(
    '%s cites its statute and keeps every holiday on a weekday',
    (name, spec) => {
      expect(spec.citation.length).toBeGreaterThan(5);
      for (const key of stateHolidaysIn(name as StateCalendarName, 2026)) {
        const dow = new Date(`${key}T12:00:00Z`).getUTCDay();
        expect([1, 2, 3, 4, 5]).toContain(dow);
      }
    },
  );
});

describe("the issue's examples", () => {
  it('Iowa: consumers notified Wednesday 7 October 2026, the AG notice is due Wednesday 14 October (Columbus Day counts)', () => {
    const o = obligation(
      stateFacts('US-IA', { individualNoticeSentAt: '2026-10-07T15:00:00Z', affected: { 'US-IA': 501 } }),
      'us-ia/regulator',
    );
    // 16:30 CDT on Wednesday 14 October; the federal calendar would have given Thursday 15 October.
    expect(o?.dueAt).toBe('2026-10-14T21:30:00.000Z');
    const federal = addPeriod(new Date('2026-10-07T15:00:00Z'), {
      unit: 'business_days',
      n: 5,
      calendar: 'us-federal',
      timeZone: 'America/Chicago',
      dueLocalTime: '16:30',
    });
    expect(federal.toISOString()).toBe('2026-10-15T21:30:00.000Z');
  });

  it('Vermont: Juneteenth is a business day, so 14 business days from Thursday 4 June 2026 end Wednesday 24 June', () => {
    const o = obligation(stateFacts('US-VT', { discoveredAt: '2026-06-04T14:00:00Z' }), 'us-vt/regulator');
    expect(o?.dueAt).toBe('2026-06-24T20:30:00.000Z');
  });
});

describe("state rules counted on their own state's calendar (legal-b's regimes)", () => {
  const CA_FACILITY: Partial<FactsInput> = {
    entityTypes: ['ca_health_facility'],
    dataTypes: ['health'],
    affected: { 'US-CA': 1 },
  };
  // Due instants worked out by hand from each statute's holiday list; the federal calendar gives the other answer.
  test.each([
    [
      'Arkansas FMLA: discovered Wed 23 Dec 2026, Christmas Eve and Christmas closed, 2 business days end Tue 29 Dec',
      { entityTypes: ['arkansas_fmla_licensee'], dataTypes: ['ssn'], discoveredAt: '2026-12-23T14:00:00Z' },
      'ar-fmla/regulator',
      '2026-12-29T23:00:00.000Z',
    ],
    [
      'Alabama insurer: determined Fri 24 Apr 2026, Confederate Memorial Day skipped, 3 business days end Thu 30 Apr',
      { entityTypes: ['insurance_licensee'], domicile: ['US-AL'], discoveredAt: '2026-04-24T15:00:00Z' },
      'naic-al/regulator',
      '2026-04-30T22:00:00.000Z',
    ],
    [
      'Minnesota insurer: determined Mon 5 Oct 2026, the second Monday in October counts, 5 business days end 12 Oct',
      { entityTypes: ['insurance_licensee'], domicile: ['US-MN'], discoveredAt: '2026-10-05T15:00:00Z' },
      'naic-mn/regulator',
      '2026-10-12T22:00:00.000Z',
    ],
    [
      'California facility: detected Wed 10 Jun 2026, Juneteenth counts, 15 business days end Wed 1 Jul',
      { ...CA_FACILITY, discoveredAt: '2026-06-10T18:00:00Z' },
      'ca-hsc-1280/regulator',
      '2026-07-02T00:00:00.000Z',
    ],
    [
      'California patients: detected Mon 16 Mar 2026, Cesar Chavez Day skipped, 15 business days end Tue 7 Apr',
      { ...CA_FACILITY, discoveredAt: '2026-03-16T18:00:00Z' },
      'ca-hsc-1280/individuals',
      '2026-04-08T00:00:00.000Z',
    ],
  ] as Array<[string, FactsInput, string, string]>)('%s', (_name, input, id, dueAt) => {
    expect(find(input, id)?.dueAt).toBe(dueAt);
  });
});
