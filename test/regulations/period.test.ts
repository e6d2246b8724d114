import type { Period } from '../../src/domain/regulations/rule';
import {
  brazilNationalHolidaysIn,
  isBrazilNationalHoliday,
} from '../../src/domain/regulations/time/brazil-national-holidays';
import { addPeriod, isBusinessDay } from '../../src/domain/regulations/time/period';
import { isUsFederalHoliday, usFederalHolidaysIn } from '../../src/domain/regulations/time/us-federal-holidays';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe('US federal holidays (5 U.S.C. 6103, computed by rule)', () => {
  test.each([
    ['2026-01-01', true, "New Year's Day"],
    ['2026-01-19', true, 'MLK Day, third Monday in January'],
    ['2026-02-16', true, "Washington's Birthday, third Monday in February"],
    ['2024-05-27', true, 'Memorial Day, last Monday in May'],
    ['2023-06-19', true, 'Juneteenth'],
    ['2021-06-18', true, 'Juneteenth 2021 (Saturday) observed Friday'],
    ['2020-06-19', false, 'Juneteenth before its enactment in 2021'],
    ['2026-07-03', true, 'Independence Day 2026 falls on Saturday: observed Friday 3 July'],
    ['2026-07-04', false, 'the Saturday itself is not the observed day'],
    ['2026-09-07', true, 'Labor Day, first Monday in September'],
    ['2026-10-12', true, 'Columbus Day, second Monday in October'],
    ['2026-11-11', true, 'Veterans Day'],
    ['2028-11-10', true, 'Veterans Day 2028 (Saturday) observed Friday'],
    ['2023-11-23', true, 'Thanksgiving, fourth Thursday in November'],
    ['2026-11-26', true, 'Thanksgiving 2026'],
    ['2026-11-27', false, 'the day after Thanksgiving is not a federal holiday'],
    ['2022-12-26', true, 'Christmas 2022 (Sunday) observed Monday'],
    ['2027-12-24', true, 'Christmas 2027 (Saturday) observed Friday'],
    ['2021-12-31', true, "New Year's Day 2022 (Saturday) observed Friday 31 December 2021"],
    ['2027-12-31', true, "New Year's Day 2028 (Saturday) observed Friday 31 December 2027"],
    ['2017-01-20', false, 'Inauguration Day is a holiday only around Washington DC: not counted'],
    ['2026-03-10', false, 'an ordinary Tuesday'],
  ])('%s is a holiday: %s (%s)', (iso, expected) => {
    expect(isUsFederalHoliday(day(iso))).toBe(expected);
  });

  test.each([2021, 2024, 2026, 2027, 2100])(
    '%i has eleven observed holidays, or twelve when next New Year is observed in it',
    (year) => {
      const holidays = usFederalHolidaysIn(year);
      const nextNewYearObservedNow = holidays.has(`${year}-12-31`);
      expect(holidays.size).toBe(nextNewYearObservedNow ? 12 : 11);
    },
  );

  test('a year whose New Year was observed the previous December has ten of its own', () => {
    expect(usFederalHolidaysIn(2022).has('2022-01-01')).toBe(false);
    expect(usFederalHolidaysIn(2022).size).toBe(10);
  });
});

describe('Brazilian national holidays (federal statute only)', () => {
  test.each([
    ['2024-11-20', true, 'Consciência Negra, national from 2024 (Lei 14.759/2023)'],
    ['2023-11-20', false, 'not national before 2024'],
    ['2025-04-21', true, 'Tiradentes'],
    ['2025-03-04', false, 'Carnival Tuesday is only ponto facultativo: counted as a business day'],
    ['2025-04-18', false, 'Good Friday is declared by municipal law: counted as a business day'],
  ])('%s: %s (%s)', (iso, expected) => {
    expect(isBrazilNationalHoliday(day(iso))).toBe(expected);
  });

  test('nine national holidays from 2024 (eight before)', () => {
    expect(brazilNationalHolidaysIn(2026).size).toBe(9);
    expect(brazilNationalHolidaysIn(2023).size).toBe(8);
  });
});

describe('business days', () => {
  test.each([
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-07-03', false, 'observed Independence Day'],
    ['2026-07-06', true, 'Monday after'],
  ])('%s is a US business day: %s (%s)', (iso, expected) => {
    expect(isBusinessDay(day(iso), 'us-federal')).toBe(expected);
  });
});

const SEC: Period = {
  unit: 'business_days',
  n: 4,
  calendar: 'us-federal',
  timeZone: 'America/New_York',
  dueLocalTime: '17:30',
};

describe('four business days, due 17:30 New York (Form 8-K Item 1.05; Reg S-T 232.13(a)(2))', () => {
  test.each([
    ['2023-11-01T14:00:00Z', '2023-11-07T22:30:00.000Z', 'Wed → Tue; DST ended on Sun 5 Nov, so 17:30 EST'],
    ['2023-11-20T15:00:00Z', '2023-11-27T22:30:00.000Z', 'Thanksgiving Thursday skipped'],
    [
      '2026-06-30T15:00:00Z',
      '2026-07-07T21:30:00.000Z',
      'Friday 3 July (observed Independence Day) skipped; 17:30 EDT',
    ],
    ['2025-12-30T15:00:00Z', '2026-01-06T22:30:00.000Z', "across the year end: New Year's Day skipped"],
    [
      '2026-03-07T04:00:00Z',
      '2026-03-12T21:30:00.000Z',
      'Friday 23:00 New York is still Friday there (day 0); DST starts 8 March',
    ],
    ['2026-03-07T15:00:00Z', '2026-03-12T21:30:00.000Z', 'determined on a Saturday: Monday is the first business day'],
    [
      '2026-03-09T22:00:00Z',
      '2026-03-13T21:30:00.000Z',
      'determined after 17:30 on a business day: that day is still day 0',
    ],
    ['2024-02-26T15:00:00Z', '2024-03-01T22:30:00.000Z', 'leap year: 29 February 2024 is a business day'],
  ])('from %s → %s (%s)', (from, due) => {
    expect(addPeriod(new Date(from), SEC).toISOString()).toBe(due);
  });
});

describe('hours and calendar days are exact elapsed time', () => {
  test.each([
    ['2026-03-07T17:00:00Z', { unit: 'hours', n: 72 }, '2026-03-10T17:00:00.000Z', '72 h across the March DST change'],
    [
      '2026-10-31T12:00:00Z',
      { unit: 'hours', n: 72 },
      '2026-11-03T12:00:00.000Z',
      '72 h across the November DST change',
    ],
    ['2024-02-28T10:00:00Z', { unit: 'calendar_days', n: 2 }, '2024-03-01T10:00:00.000Z', 'leap day counts'],
    ['2023-10-31T13:00:00Z', { unit: 'calendar_days', n: 30 }, '2023-11-30T13:00:00.000Z', '30 days'],
    [
      '2023-10-31T13:00:00Z',
      { unit: 'calendar_days', n: 60 },
      '2023-12-30T13:00:00.000Z',
      '60 days (a Saturday: no roll-over)',
    ],
  ] as Array<[string, Period, string, string]>)('%s + %j → %s (%s)', (from, period, due) => {
    expect(addPeriod(new Date(from), period).toISOString()).toBe(due);
  });
});

describe('calendar months (NIS2, DORA "one month")', () => {
  test.each([
    ['2025-03-15T08:00:00Z', '2025-04-15T08:00:00.000Z'],
    ['2025-01-31T10:00:00Z', '2025-02-28T10:00:00.000Z'],
    ['2024-01-31T10:00:00Z', '2024-02-29T10:00:00.000Z'],
    ['2025-12-15T23:30:00Z', '2026-01-15T23:30:00.000Z'],
  ])('%s + 1 month → %s', (from, due) => {
    expect(addPeriod(new Date(from), { unit: 'calendar_months', n: 1 }).toISOString()).toBe(due);
  });
});

describe('60 days after the end of the calendar year (HIPAA 164.408(c)), earlier of New York and UTC readings', () => {
  const period: Period = { unit: 'days_after_year_end', n: 60, timeZone: 'America/New_York' };
  test.each([
    ['2025-06-10T12:00:00Z', '2026-03-02T00:00:00.000Z', 'UTC year end comes first: end of 1 March'],
    ['2023-06-10T12:00:00Z', '2024-03-01T00:00:00.000Z', 'leap year 2024: end of 29 February'],
    ['2026-01-01T04:00:00Z', '2026-03-02T05:00:00.000Z', '23:00 on 31 Dec in New York is still 2025 there'],
    ['2026-01-01T06:00:00Z', '2027-03-02T00:00:00.000Z', 'already 2026 in both zones'],
  ])('discovered %s → %s (%s)', (from, due) => {
    expect(addPeriod(new Date(from), period).toISOString()).toBe(due);
  });
});

describe('Brazilian business days (LGPD, Resolução CD/ANPD 15/2024)', () => {
  test('3 business days skip 15 Nov and 20 Nov 2024; due 18:00 Brasília', () => {
    const period: Period = {
      unit: 'business_days',
      n: 3,
      calendar: 'br-national',
      timeZone: 'America/Sao_Paulo',
      dueLocalTime: '18:00',
    };
    expect(addPeriod(new Date('2024-11-14T12:00:00Z'), period).toISOString()).toBe('2024-11-21T21:00:00.000Z');
  });
});
