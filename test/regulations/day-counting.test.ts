import { CATALOG } from '../../src/domain/regulations/catalog';
import { US_STATE_RULES } from '../../src/domain/regulations/catalog/us-states';
import type { Deadline, Period, Rule } from '../../src/domain/regulations/rule';
import { addCivilDays, civilDateInZone, instantAtLocalTime } from '../../src/domain/regulations/time/civil-date';
import { JURISDICTION_TIME_ZONES, timeZonesOf } from '../../src/domain/regulations/time/jurisdiction-zones';
import { periodDue } from '../../src/domain/regulations/time/period';
import { obligation, stateFacts } from './us-states/state-facts';

/**
 * Issue 13, class 3: a day-counted period never ends after the end of its last day in the jurisdiction's own zone
 * (N.Y. Gen. Constr. Law §§ 19-20: the day of the trigger is excluded; a day runs from midnight to midnight), and
 * a version of a law is chosen by the trigger's local date.
 */

const HOUR = 3_600_000;

/** The day-counted periods of a deadline, with whether they run after another notice. */
function dayPeriods(d: Deadline): Period[] {
  switch (d.kind) {
    case 'period':
      return [d.period];
    case 'relative_to_individual_notice':
      return d.period ? [d.period] : [];
    case 'after_notice':
      return [d.period];
    case 'earliest_of':
      return d.deadlines.flatMap(dayPeriods);
    default:
      return [];
  }
}
const isDayCounted = (p: Period) => p.unit === 'calendar_days' || p.unit === 'calendar_months';

describe('every jurisdiction of the catalog has its own time zones', () => {
  test.each([...new Set(CATALOG.map((r) => r.jurisdiction))])('%s', (jurisdiction) => {
    expect(JURISDICTION_TIME_ZONES[jurisdiction]?.length ?? 0).toBeGreaterThan(0);
    for (const zone of timeZonesOf(jurisdiction)) expect(() => civilDateInZone(new Date(), zone)).not.toThrow();
  });
});

describe('every day-counted period in the catalog ends no later than its last local day, in every zone', () => {
  // Triggers late in the evening, local time, before the spring and autumn clock changes of both hemispheres.
  const triggers = ['2026-03-07', '2026-03-28', '2026-10-03', '2026-10-24', '2026-03-02', '2026-12-31'];
  const cases = CATALOG.flatMap((rule: Rule) =>
    rule.versions.flatMap((v) =>
      dayPeriods(v.deadline)
        .filter(isDayCounted)
        .map((p) => [rule.id, rule.jurisdiction, p] as const),
    ),
  );
  const unique = [...new Map(cases.map((c) => [`${c[0]} ${JSON.stringify(c[2])}`, c])).values()];

  test.each(unique)('%s: %j', (_id, jurisdiction, period) => {
    const zones = timeZonesOf(jurisdiction);
    for (const zone of zones) {
      for (const day of triggers) {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        for (const time of ['23:30', '00:15', '12:00']) {
          const from = instantAtLocalTime({ year: y, month: m, day: d }, time, zone);
          const due = periodDue(from, period, zones).dueAt.getTime();
          const n = period.n;
          if (period.unit === 'calendar_days') expect(due).toBeLessThanOrEqual(from.getTime() + n * 24 * HOUR);
          // The end of the n-th day after the trigger's date, in each zone the jurisdiction spans.
          for (const other of zones) {
            const local = civilDateInZone(from, other);
            const last =
              period.unit === 'calendar_days'
                ? addCivilDays(local, n)
                : (() => {
                    const total = local.year * 12 + local.month - 1 + n;
                    const year = Math.floor(total / 12);
                    const month = (total % 12) + 1;
                    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
                    return { year, month, day: Math.min(local.day, days) };
                  })();
            const endOfLastDay = instantAtLocalTime(addCivilDays(last, 1), '00:00', other).getTime();
            expect(due).toBeLessThan(endOfLastDay);
          }
        }
      }
    }
  });
});

/** UTC offsets (hours) of the zone whose day ends first, in standard and in daylight time: the test's own oracle. */
const EARLIEST_OFFSET: Record<string, { std: number; dst: number }> = {
  Eastern: { std: -5, dst: -4 },
  Central: { std: -6, dst: -5 },
  Mountain: { std: -7, dst: -6 },
  Pacific: { std: -8, dst: -7 },
};
const STATE_ZONE: Record<string, keyof typeof EARLIEST_OFFSET> = {
  'US-AL': 'Central',
  'US-AZ': 'Mountain',
  'US-CA': 'Pacific',
  'US-CO': 'Mountain',
  'US-CT': 'Eastern',
  'US-DE': 'Eastern',
  'US-FL': 'Eastern',
  'US-IN': 'Eastern',
  'US-LA': 'Central',
  'US-ME': 'Eastern',
  'US-MD': 'Eastern',
  'US-NM': 'Mountain',
  'US-NY': 'Eastern',
  'US-OH': 'Eastern',
  'US-OR': 'Pacific',
  'US-RI': 'Eastern',
  'US-SD': 'Central',
  'US-TN': 'Eastern',
  'US-TX': 'Central',
  'US-VT': 'Eastern',
  'US-WA': 'Pacific',
  'US-WI': 'Central',
  'US-OK': 'Central',
  'US-PR': 'Eastern',
};

describe('state deadlines counted in days, for a breach found at 23:30 on 2 March 2026, before the clocks go forward', () => {
  it("New York (the issue's example): 30 days end with 1 April in New York, not at 00:30 EDT on 2 April", () => {
    // 23:30 EST on 2 March 2026 is 04:30 UTC on 3 March.
    const o = obligation(stateFacts('US-NY', { discoveredAt: '2026-03-03T04:30:00Z' }), 'us-ny/individuals');
    expect(o?.dueAt).toBe('2026-04-02T03:59:59.999Z');
    expect(o?.deadline).toMatch(/due at the end of 2026-04-01 in America\/New_York, which comes before 30 × 24 hours/);
  });

  it('in the morning the N × 24 h reading is the earlier one, and the words say so', () => {
    const o = obligation(stateFacts('US-NY', { discoveredAt: '2026-03-02T14:00:00Z' }), 'us-ny/individuals');
    expect(o?.dueAt).toBe('2026-04-01T14:00:00.000Z');
    expect(o?.deadline).toMatch(/due 30 × 24 hours from the trigger, which is no later than the end of 2026-04-01/);
  });

  // Every state rule whose deadline in force on that day is a direct period of calendar days (Puerto Rico is
  // Atlantic time and has no daylight saving: listed to show that its period then ends at n × 24 h).
  const rules = US_STATE_RULES.flatMap((rule) => {
    const version = rule.versions
      .filter((v) => v.inForceFrom <= '2026-03-02' && (!v.inForceUntil || v.inForceUntil > '2026-03-02'))
      .at(-1);
    const d = version?.deadline;
    // A rule listed only on a judgment's other answer (a no-harm determination to file) is given that answer.
    const judgment = version?.applies.judgment;
    const judgments = judgment ? { [judgment.key]: judgment.when ?? true } : {};
    return d && d.kind === 'period' && d.period.unit === 'calendar_days'
      ? [[rule.id, rule.jurisdiction, d.period.n, judgments] as const]
      : [];
  });

  it('covers every state rule with a fixed day count', () => {
    expect(rules.map(([id]) => id)).toEqual(
      expect.arrayContaining(['us-ny/individuals', 'us-fl/regulator', 'us-tx/regulator', 'us-pr/regulator']),
    );
  });

  test.each(rules)('%s (%s): %d days', (id, jurisdiction, n, judgments) => {
    if (jurisdiction === 'US-PR') {
      // 23:30 AST (UTC-4, no daylight saving): n × 24 h end at 23:30 on the n-th day, before it ends.
      const from = '2026-03-03T03:30:00Z';
      const o = obligation(
        stateFacts(jurisdiction, {
          discoveredAt: from,
          affected: { [jurisdiction]: 100_000 },
          judgments: { ...stateFacts(jurisdiction).judgments, ...judgments },
        }),
        id,
      );
      expect(o?.dueAt).toBe(new Date(Date.parse(from) + n * 24 * HOUR).toISOString());
      return;
    }
    const zone = EARLIEST_OFFSET[STATE_ZONE[jurisdiction] ?? 'Eastern'] ?? { std: -5, dst: -4 };
    // 23:30 local standard time on 2 March in the zone whose day ends first.
    const from = new Date(Date.UTC(2026, 2, 2, 23, 30) - zone.std * HOUR).toISOString();
    const facts = stateFacts(jurisdiction, { discoveredAt: from, affected: { [jurisdiction]: 100_000 } });
    const o = obligation({ ...facts, judgments: { ...facts.judgments, ...judgments } }, id);
    // Day n after 2 March ends at local midnight starting 3 March + n, in daylight time by then.
    const endOfDayN = new Date(Date.UTC(2026, 2, 3 + n, 0, 0) - zone.dst * HOUR - 1).toISOString();
    expect(o?.dueAt).toBe(endOfDayN);
    expect(o?.deadline).toContain('due at the end of');
  });
});

describe('a notice counted in days after another, across the change (California AG: 15 days after the consumer notice)', () => {
  it('consumers notified at 23:30 PST on 2 March: the AG copy is due by the end of 17 March in Los Angeles', () => {
    const o = obligation(
      stateFacts('US-CA', { individualNoticeSentAt: '2026-03-03T07:30:00Z', affected: { 'US-CA': 600 } }),
      'us-ca/regulator',
    );
    expect(o?.dueAt).toBe('2026-03-18T06:59:59.999Z');
  });
});

describe('versions are chosen by the local date of the trigger', () => {
  const at = (iso: string) => stateFacts('US-NY', { discoveredAt: iso });
  it('New York S2659B (2024-12-21): 20:00 EST on 20 December is already the 21st in UTC, yet the old law applies', () => {
    expect(obligation(at('2024-12-21T01:00:00Z'), 'us-ny/individuals')?.dueAt).toBeNull();
    expect(obligation(at('2024-12-21T05:00:00Z'), 'us-ny/individuals')?.dueAt).not.toBeNull();
  });
});
