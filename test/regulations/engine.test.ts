import { obligationsResultSchema } from '../../src/domain/regulations/obligation';
import type { Deadline, Rule, RuleVersion } from '../../src/domain/regulations/rule';
import type { DataType } from '../../src/domain/regulations/vocabulary';
import { find, obligations } from './regime-fixtures';

/** Small made-up catalogs that exercise one evaluator feature each; the real regimes are in regimes.test.ts. */

const VERIFIED = { confidence: 'M' as const, sources: ['test fixture'] };

function rule(id: string, jurisdiction: string, versions: RuleVersion[], extra: Partial<Rule> = {}): Rule {
  return {
    id,
    regime: id.split('/')[0] ?? id,
    jurisdiction,
    recipient: id.includes('individuals') ? 'individuals' : 'regulator',
    recipientName: id,
    citation: `${id} citation`,
    versions,
    verification: VERIFIED,
    ...extra,
  };
}

const inState = (code: string) => ({ residentsOf: code });
const days = (n: number, from: 'discoveredAt' = 'discoveredAt'): Deadline => ({
  kind: 'period',
  from,
  period: { unit: 'calendar_days', n },
  words: `${n} days after discovery`,
});

/** Maryland/New Jersey (before), Iowa (+5 business days), Louisiana (+10 days), and one with no fixed individual period. */
const RELATIONAL: Rule[] = [
  rule('us-md/individuals', 'US-MD', [{ inForceFrom: '2022-10-01', applies: inState('US-MD'), deadline: days(45) }]),
  rule('us-md/regulator', 'US-MD', [
    {
      inForceFrom: '2022-10-01',
      applies: inState('US-MD'),
      deadline: {
        kind: 'relative_to_individual_notice',
        individualRuleId: 'us-md/individuals',
        relation: 'before',
        words: 'before notifying individuals',
      },
    },
  ]),
  rule('us-ia/individuals', 'US-IA', [
    {
      inForceFrom: '2014-01-01',
      applies: inState('US-IA'),
      deadline: { kind: 'no_fixed_period', from: 'discoveredAt', words: 'most expeditious manner possible' },
    },
  ]),
  rule('us-ia/regulator', 'US-IA', [
    {
      inForceFrom: '2014-01-01',
      applies: inState('US-IA'),
      deadline: {
        kind: 'relative_to_individual_notice',
        individualRuleId: 'us-ia/individuals',
        relation: 'after',
        period: {
          unit: 'business_days',
          n: 5,
          calendar: 'us-federal',
          timeZone: 'America/Chicago',
          dueLocalTime: '17:00',
        },
        words: 'within 5 business days after notifying individuals',
      },
    },
  ]),
  rule('us-la/individuals', 'US-LA', [{ inForceFrom: '2018-08-01', applies: inState('US-LA'), deadline: days(60) }]),
  rule('us-la/regulator', 'US-LA', [
    {
      inForceFrom: '2018-08-01',
      applies: inState('US-LA'),
      deadline: {
        kind: 'relative_to_individual_notice',
        individualRuleId: 'us-la/individuals',
        relation: 'after',
        period: { unit: 'calendar_days', n: 10 },
        words: 'within 10 days after notifying individuals',
      },
    },
  ]),
];

describe('deadlines tied to the individual notice', () => {
  const base = { discoveredAt: '2026-03-02T15:00:00Z', affected: { 'US-MD': 5, 'US-IA': 5, 'US-LA': 5 } };

  test('before the individual notice: shown at the individual deadline, with the relation in words', () => {
    const md = find(base, 'us-md/regulator', RELATIONAL);
    expect(md?.dueAt).toBe('2026-04-16T15:00:00.000Z');
    expect(md?.deadline).toMatch(
      /^before notifying individuals; until individualNoticeSentAt is recorded, counted from the us-md\/individuals deadline/,
    );
    expect(md?.notes.some((n) => n.includes('latest possible'))).toBe(true);
  });

  test('N days after the individual deadline until the notice is sent', () => {
    expect(find(base, 'us-la/regulator', RELATIONAL)?.dueAt).toBe('2026-05-11T15:00:00.000Z');
  });

  test('N days after the notice once individualNoticeSentAt is recorded', () => {
    const sent = { ...base, individualNoticeSentAt: '2026-03-20T14:00:00Z' };
    expect(find(sent, 'us-la/regulator', RELATIONAL)?.dueAt).toBe('2026-03-30T14:00:00.000Z');
    expect(find(sent, 'us-la/regulator', RELATIONAL)?.trigger).toEqual({
      name: 'individualNoticeSentAt',
      at: '2026-03-20T14:00:00.000Z',
      fallback: false,
    });
    // Friday 20 March → five business days → Friday 27 March, 17:00 Chicago (CDT)
    expect(find(sent, 'us-ia/regulator', RELATIONAL)?.dueAt).toBe('2026-03-27T22:00:00.000Z');
  });

  test('an individual notice with no fixed period leaves the tied notice without a due time, said in words', () => {
    const ia = find(base, 'us-ia/regulator', RELATIONAL);
    expect(ia?.dueAt).toBeNull();
    expect(ia?.deadline).toMatch(/us-ia\/individuals has no fixed deadline \(most expeditious manner possible\)/);
  });
});

describe('rule versions', () => {
  const versioned: Rule[] = [
    rule('us-zz/individuals', 'US-CA', [
      {
        inForceFrom: '2020-01-01',
        applies: inState('US-CA'),
        deadline: { kind: 'no_fixed_period', from: 'discoveredAt', words: 'most expedient time possible' },
      },
      { inForceFrom: '2026-01-01', applies: inState('US-CA'), deadline: days(30) },
    ]),
    rule('us-zy/regulator', 'US-OK', [{ inForceFrom: '2026-01-01', applies: inState('US-OK'), deadline: days(60) }]),
    rule('us-zx/regulator', 'US-TX', [
      { inForceFrom: '2019-01-01', inForceUntil: '2023-09-01', applies: inState('US-TX'), deadline: days(60) },
    ]),
  ];
  const affected = { 'US-CA': 1, 'US-OK': 1, 'US-TX': 1 };

  test.each([
    // Versions turn on the trigger's date where the law applies (California: Pacific time), not in UTC.
    [
      '2026-01-01T07:59:59Z',
      'us-zz/individuals',
      null,
      'the day before the change in Los Angeles (already 1 January in UTC): old version',
    ],
    [
      '2026-01-01T08:00:00Z',
      'us-zz/individuals',
      '2026-01-31T08:00:00.000Z',
      'midnight in Los Angeles on the day of the change: new version',
    ],
    [
      '2026-01-01T05:59:59Z',
      'us-zy/regulator',
      undefined,
      'before a new law: 23:59:59 on 31 December in Oklahoma City',
    ],
    ['2026-01-01T06:00:00Z', 'us-zy/regulator', '2026-03-02T06:00:00.000Z', 'midnight in Oklahoma City: the new law'],
    ['2023-08-31T23:59:59Z', 'us-zx/regulator', '2023-10-30T23:59:59.000Z', 'last day in force'],
    // Texas spans Central and Mountain time: the old law reaches a trigger while it is still 31 August in El Paso.
    [
      '2023-09-01T05:30:00Z',
      'us-zx/regulator',
      '2023-10-31T05:30:00.000Z',
      'already 1 September in Austin, still 31 August in El Paso',
    ],
    [
      '2023-09-01T06:00:00Z',
      'us-zx/regulator',
      undefined,
      'inForceUntil is exclusive: 1 September everywhere in Texas',
    ],
  ] as Array<[string, string, string | null | undefined, string]>)(
    'discovered %s: %s due %s (%s)',
    (discoveredAt, id, dueAt) => {
      const obligation = find({ discoveredAt, affected }, id, versioned);
      expect(obligation === undefined ? undefined : obligation.dueAt).toBe(dueAt);
    },
  );
});

describe('data in scope', () => {
  const scoped: Rule[] = [
    rule('us-ca/individuals', 'US-CA', [
      {
        inForceFrom: '2020-01-01',
        applies: { residentsOf: 'US-CA', data: { withName: ['ssn', 'drivers_license'], standalone: ['credentials'] } },
        deadline: days(30),
      },
    ]),
  ];
  test.each([
    [['ssn'], false, 'an SSN without a name'],
    [['name'], false, 'a name alone'],
    [['name', 'ssn'], true, 'name with SSN'],
    [['credentials'], true, 'credentials count on their own'],
  ] as Array<[DataType[], boolean, string]>)('%j → listed %s (%s)', (dataTypes, listed) => {
    expect(
      find(
        { discoveredAt: '2026-03-02T15:00:00Z', affected: { 'US-CA': 3 }, dataTypes },
        'us-ca/individuals',
        scoped,
      ) !== undefined,
    ).toBe(listed);
  });

  test('no data types recorded: listed, with the statute’s elements as the condition', () => {
    const o = find({ discoveredAt: '2026-03-02T15:00:00Z', affected: { 'US-CA': 3 } }, 'us-ca/individuals', scoped);
    expect(o?.notes[0]).toMatch(
      /^Data types not recorded: applies only if the data taken includes a name with one of: ssn, drivers_license; or any of: credentials/,
    );
  });
});

describe('output', () => {
  const input = {
    discoveredAt: '2026-03-02T15:00:00Z',
    entityTypes: ['hipaa_covered_entity' as const, 'sec_registrant' as const, 'nydfs_covered_entity' as const],
    affected: { 'US-CA': 900, DE: 40, GB: 3 },
  };

  test('matches the obligation schema', () => {
    expect(() => obligationsResultSchema.parse({ obligations: obligations(input) })).not.toThrow();
  });

  test('sorted by due time, obligations without one last', () => {
    const dues = obligations(input).map((o) => o.dueAt);
    const firstNull = dues.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
    const fixed = dues.slice(0, firstNull) as string[];
    expect([...fixed].sort()).toEqual(fixed);
  });

  test('ids are unique and do not depend on the order the facts were given in', () => {
    const ids = obligations(input).map((o) => o.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    // The same facts listed in another order (a different call, not the same one twice): the same ids, same order.
    const reordered = {
      discoveredAt: input.discoveredAt,
      entityTypes: [...input.entityTypes].reverse(),
      affected: { GB: 3, DE: 40, 'US-CA': 900 },
    };
    expect(obligations(reordered).map((o) => o.id)).toEqual(ids);
    // `notified <id>` and reminder job ids are built on them: regime first, then the recipient.
    expect(ids.filter((id) => !/^[a-z0-9-]+\/[a-z_]+(\/[a-z0-9-]+)*$/.test(id))).toEqual([]);
  });
});
