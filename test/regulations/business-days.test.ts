import { CATALOG } from '../../src/domain/regulations/catalog';
import type { Deadline, Period } from '../../src/domain/regulations/rule';
import { timeZonesOf } from '../../src/domain/regulations/time/jurisdiction-zones';
import { addPeriod, isBusinessDay } from '../../src/domain/regulations/time/period';
import { STATE_HOLIDAY_CALENDARS, type StateCalendarName, stateHolidaysIn } from '../../src/domain/regulations/time/state-holidays';
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

describe('every business-day period in the catalog uses its own jurisdiction\'s calendar and zone', () => {
  const cases = CATALOG.flatMap((rule) =>
    rule.versions.flatMap((v) => businessDayPeriods(v.deadline).map((p) => [rule.id, rule.jurisdiction, p] as const)),
  );

  it('finds the state rules counted in business days', () => {
    expect(cases.map(([id]) => id)).toEqual(expect.arrayContaining(['us-ia/regulator', 'us-vt/regulator']));
  });

  test.each(cases)('%s (%s)', (_id, jurisdiction, period) => {
    const expected = jurisdiction.startsWith('US-') ? `us-${jurisdiction.slice(3).toLowerCase()}` : jurisdiction === 'US' ? 'us-federal' : jurisdiction === 'BR' ? 'br-national' : 'none';
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
    ['us-vt', '2026-08-17', true, 'Bennington Battle Day (Sunday 16 August) observed Monday, § 371(b)'],
    ['us-vt', '2026-10-12', true, "Indigenous Peoples' Day"],
    ['us-vt', '2026-07-03', true, 'Independence Day (Saturday) observed Friday, § 371(b)'],
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
  ] as Array<[StateCalendarName, string, boolean, string]>)('%s %s holiday: %s (%s)', (calendar, iso, expected) => {
    expect(isBusinessDay(day(iso), calendar)).toBe(!expected);
  });

  test.each(Object.entries(STATE_HOLIDAY_CALENDARS))('%s cites its statute and keeps every holiday on a weekday', (name, spec) => {
    expect(spec.citation.length).toBeGreaterThan(5);
    for (const key of stateHolidaysIn(name as StateCalendarName, 2026)) {
      const dow = new Date(`${key}T12:00:00Z`).getUTCDay();
      expect([1, 2, 3, 4, 5]).toContain(dow);
    }
  });
});

describe('the issue\'s examples', () => {
  it('Iowa: consumers notified Wednesday 7 October 2026, the AG notice is due Wednesday 14 October (Columbus Day counts)', () => {
    const o = obligation(
      stateFacts('US-IA', { individualNoticeSentAt: '2026-10-07T15:00:00Z', affected: { 'US-IA': 500 } }),
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
