import { CATALOG } from '../../src/domain/regulations/catalog';
import type { FactsInput } from '../../src/domain/regulations/facts';
import { expectDueAsRead, find } from './regime-fixtures';
import { plusDays } from './us-states/state-facts';

/**
 * Issue 13, sixth verification pass: New York and federal texts the earlier passes could not read. N.Y. Gen. Bus. Law
 * § 899-aa as amended by S2659B and S2376B/A4737B (the bills as passed, from the NYS Senate's text), Form 8-K General
 * Instruction B.1 (a copy of the Form), and what could be read of 23 NYCRR 500.17 and 16 CFR 318. Each row names the
 * words it follows; the expected due instant is worked out by hand from them (null: no fixed period; 'absent': not
 * owed).
 */

const DISCOVERED = '2026-03-04T15:00:00Z';

const ny = (overrides: Partial<FactsInput> = {}): FactsInput => ({
  discoveredAt: DISCOVERED,
  dataTypes: ['name', 'ssn'],
  affected: { 'US-NY': 3 },
  judgments: { riskOfHarm: true },
  ...overrides,
});
const nyMaintainer = (overrides: Partial<FactsInput> = {}): FactsInput =>
  ny({ entityTypes: ['data_maintainer'], ...overrides });

const registrant = (
  materialityDeterminedAt: string,
  entityType: 'sec_registrant' | 'sec_smaller_reporting_company' = 'sec_registrant',
): FactsInput => ({
  entityTypes: [entityType],
  discoveredAt: '2024-01-02T15:00:00Z',
  materialityDeterminedAt,
  judgments: { secMaterial: true },
});

const dfs = (overrides: Partial<FactsInput> = {}): FactsInput => ({
  entityTypes: ['nydfs_covered_entity'],
  discoveredAt: '2026-03-06T10:00:00Z',
  ...overrides,
});

type Row = [source: string, facts: FactsInput, id: string, due: string | null | 'absent'];

const ROWS: Row[] = [
  // ---- contradiction found in the text and fixed ----
  [
    'S2659B § 1, § 899-aa(3): the maintainer notifies the owner "immediately, PROVIDED THAT SUCH NOTIFICATION SHALL BE MADE WITHIN THIRTY DAYS following discovery"',
    nyMaintainer(),
    'us-ny/data_owner',
    plusDays(DISCOVERED, 30),
  ],
  [
    '§ 899-aa(3) with S2659B: 30 days from 23:30 EST on 2 March 2026 end with 1 April in New York (Gen. Constr. Law §§ 19-20), before 30 × 24 h (00:30 EDT on 2 April)',
    nyMaintainer({ discoveredAt: '2026-03-03T04:30:00Z' }),
    'us-ny/data_owner',
    '2026-04-02T03:59:59.999Z',
  ],
  [
    'S2659B § 3 "This act shall take effect immediately" (signed 2024-12-21): a maintainer\'s discovery on 20 December 2024 has only "immediately following discovery"',
    nyMaintainer({ discoveredAt: '2024-12-20T15:00:00Z' }),
    'us-ny/data_owner',
    null,
  ],
  [
    'S2659B § 3: from 21 December 2024 (New York time) the 30 days bind the maintainer',
    nyMaintainer({ discoveredAt: '2024-12-21T15:00:00Z' }),
    'us-ny/data_owner',
    plusDays('2024-12-21T15:00:00Z', 30),
  ],

  // ---- read, and the catalog agrees ----
  [
    'S2659B § 1, § 899-aa(2): residents "PROVIDED THAT SUCH NOTIFICATION SHALL BE MADE WITHIN THIRTY DAYS AFTER THE BREACH HAS BEEN DISCOVERED"',
    ny(),
    'us-ny/individuals',
    plusDays(DISCOVERED, 30),
  ],
  [
    "§ 899-aa(2) with S2659B, the issue's example: discovered 23:30 EST on 2 March 2026, due at the end of 1 April (EDT)",
    ny({ discoveredAt: '2026-03-03T04:30:00Z' }),
    'us-ny/individuals',
    '2026-04-02T03:59:59.999Z',
  ],
  [
    '§ 899-aa(2) before S2659B: "consistent with the legitimate needs of law enforcement ... or any measures necessary to determine the scope of the breach", no fixed period',
    ny({ discoveredAt: '2024-12-20T15:00:00Z' }),
    'us-ny/individuals',
    null,
  ],
  [
    'A4737B § 5, § 899-aa(1)(b)(i)(6) "MEDICAL INFORMATION", in force "on the ninetieth day after it shall have become a law" (21 March 2025)',
    ny({ dataTypes: ['name', 'health'], discoveredAt: '2025-03-21T15:00:00Z' }),
    'us-ny/individuals',
    plusDays('2025-03-21T15:00:00Z', 30),
  ],
  [
    'A4737B § 7: the day before the ninetieth day, medical information alone is not private information',
    ny({ dataTypes: ['name', 'health'], discoveredAt: '2025-03-20T15:00:00Z' }),
    'us-ny/individuals',
    'absent',
  ],
  [
    'A4737B § 5, § 899-aa(1)(b)(i)(7) "HEALTH INSURANCE INFORMATION"',
    ny({ dataTypes: ['name', 'health_insurance'] }),
    'us-ny/individuals',
    plusDays(DISCOVERED, 30),
  ],
  [
    '§ 899-aa(2)(a): "If the incident affects over five hundred residents of New York ... provide the written determination to the state attorney general within ten days after the determination"',
    ny({
      affected: { 'US-NY': 501 },
      judgments: { inadvertentDisclosureNoHarm: true },
      noHarmDeterminedAt: '2026-03-06T15:00:00Z',
    }),
    'us-ny/regulator/no-harm-determination',
    plusDays('2026-03-06T15:00:00Z', 10),
  ],
  [
    '§ 899-aa(2)(a): "over five hundred": 500 New Yorkers do not need the determination filed',
    ny({
      affected: { 'US-NY': 500 },
      judgments: { inadvertentDisclosureNoHarm: true },
      noHarmDeterminedAt: '2026-03-06T15:00:00Z',
    }),
    'us-ny/regulator/no-harm-determination',
    'absent',
  ],
  [
    '§ 899-aa(2)(a): "Notice to affected persons under this section is not required" after the determination',
    ny({ judgments: { inadvertentDisclosureNoHarm: true } }),
    'us-ny/individuals',
    'absent',
  ],
  [
    // HHS told on Friday 22 May 2026; Memorial Day (25 May) is a New York holiday (Gen. Constr. Law § 24):
    // 26, 27, 28, 29 May and 1 June, 17:00 EDT.
    '§ 899-aa(9): "within five business days of notifying the secretary"',
    {
      entityTypes: ['hipaa_covered_entity'],
      dataTypes: ['health'],
      judgments: { hipaaBreach: true },
      discoveredAt: '2026-04-01T12:00:00Z',
      affected: { 'US-NY': 600 },
      hhsNoticeSentAt: '2026-05-22T15:00:00Z',
    },
    'us-ny/regulator/hhs-notice-copy',
    '2026-06-01T21:00:00.000Z',
  ],

  // ---- Form 8-K, General Instruction B.1 ----
  [
    // Independence Day 2026 falls on a Saturday and is observed on Friday 3 July (5 U.S.C. 6103(b)).
    'B.1: an event "on a Saturday, Sunday or holiday on which the Commission is not open" starts the count "on, and include[s], the first business day thereafter": determined Friday 3 July 2026 (holiday), due Thursday 9 July, 17:30 EDT',
    registrant('2026-07-03T15:00:00Z'),
    'sec-8k/regulator',
    '2026-07-09T21:30:00.000Z',
  ],
  [
    'B.1: determined on Saturday 4 July 2026, the same Monday start and the same Thursday',
    registrant('2026-07-04T15:00:00Z'),
    'sec-8k/regulator',
    '2026-07-09T21:30:00.000Z',
  ],
  [
    'B.1 "within four business days after" a Monday determination: Tuesday to Friday',
    registrant('2026-07-06T15:00:00Z'),
    'sec-8k/regulator',
    '2026-07-10T21:30:00.000Z',
  ],
  [
    'Release 33-11216, Section II.I: a smaller reporting company was not bound before 15 June 2024',
    registrant('2024-06-14T15:00:00Z', 'sec_smaller_reporting_company'),
    'sec-8k/regulator',
    'absent',
  ],
  [
    // Saturday 15 June 2024: Monday 17, Tuesday 18, (Juneteenth, Wednesday 19), Thursday 20, Friday 21.
    'Release 33-11216, Section II.I: a smaller reporting company from 15 June 2024, counted as B.1 says',
    registrant('2024-06-15T15:00:00Z', 'sec_smaller_reporting_company'),
    'sec-8k/regulator',
    '2024-06-21T21:30:00.000Z',
  ],

  // ---- 23 NYCRR 500.17 ----
  [
    '500.17(a)(1): "in no event later than 72 hours after determining that a cybersecurity incident has occurred" (hours, across the 8 March DST change)',
    dfs({ determinedAt: '2026-03-07T17:00:00Z' }),
    'nydfs/regulator',
    '2026-03-10T17:00:00.000Z',
  ],
  [
    '500.17(c)(1) (secondary sources): within 24 hours of the extortion payment',
    dfs({ ransomPaidAt: '2026-03-09T08:00:00Z' }),
    'nydfs/regulator/extortion-payment',
    '2026-03-10T08:00:00.000Z',
  ],
  ['500.17(c): no payment recorded, no payment notice', dfs(), 'nydfs/regulator/extortion-payment', 'absent'],

  // ---- 16 CFR 318 (effective date read in 89 FR 47028; the periods only in secondary sources) ----
  [
    '318.4(a) (secondary): individuals "in no case later than 60 calendar days after the discovery"',
    { entityTypes: ['phr_vendor'], dataTypes: ['health'], affected: { 'US-NY': 600 }, discoveredAt: DISCOVERED },
    'ftc-hbnr/individuals',
    plusDays(DISCOVERED, 60),
  ],
  [
    '89 FR 47028 "The amendments are effective July 29, 2024": the FTC notice for 500 or more goes with the individuals\' notice',
    {
      entityTypes: ['phr_vendor'],
      dataTypes: ['health'],
      affected: { 'US-NY': 600 },
      discoveredAt: DISCOVERED,
      individualNoticeSentAt: '2026-03-20T12:00:00Z',
    },
    'ftc-hbnr/regulator/500-or-more',
    '2026-03-20T12:00:00.000Z',
  ],
];

describe('Issue 13, sixth pass: New York § 899-aa as amended, Form 8-K, 23 NYCRR 500.17, 16 CFR 318', () => {
  test.each(ROWS)('%s', (_source, facts, id, due) => {
    expectDueAsRead(facts, id, due);
  });

  it('§ 899-aa(2)(b): residents already told under HIPAA need no second notice, and the AG notice is still owed', () => {
    const facts = ny({ entityTypes: ['hipaa_covered_entity'] });
    expect(find(facts, 'us-ny/individuals')?.notes.join(' ')).toMatch(/no additional notice to them is required/);
    expect(find(facts, 'us-ny/regulator')).toBeDefined();
  });

  it('§ 899-aa(8)(a) as amended: DFS is told by 23 NYCRR 500.1 covered entities, under 500.17', () => {
    const notes = find(ny(), 'us-ny/regulator')?.notes.join(' ') ?? '';
    expect(notes).toMatch(/500\.1 covered entity/);
    expect(notes).toMatch(/500\.17/);
    expect(find(ny({ discoveredAt: '2024-12-20T15:00:00Z' }), 'us-ny/regulator')?.notes.join(' ') ?? '').not.toMatch(
      /Financial Services/,
    );
  });

  it('Item 1.05(d): the CPNI delay is told, not assumed (the due time stays four business days)', () => {
    const o = find(registrant('2026-07-06T15:00:00Z'), 'sec-8k/regulator');
    expect(o?.notes.join(' ')).toMatch(/Item 1\.05\(d\)/);
    expect(o?.dueAt).toBe('2026-07-10T21:30:00.000Z');
  });

  it('§ 899-aa(8)(a): the DFS note tells a covered entity that an AG-reportable breach needs the 500.17 notice', () => {
    expect(find(ny(), 'us-ny/regulator')?.notes.join(' ')).toMatch(/requires notice to a government body/);
  });

  it('the maintainer\'s 30 days are cited to the 2024 amendment and say "immediately"', () => {
    const o = find(nyMaintainer(), 'us-ny/data_owner');
    expect(o?.citation).toMatch(/S2659B/);
    expect(o?.deadline).toMatch(/immediately, provided that such notification shall be made within thirty days/);
  });

  it.each([
    'us-ny/individuals',
    'us-ny/regulator',
    'us-ny/credit_bureaus',
    'us-ny/regulator/no-harm-determination',
    'us-ny/regulator/hhs-notice-copy',
    'us-ny/data_owner',
    'sec-8k/regulator',
    'nydfs/regulator',
  ])('%s is read in the law’s own words (V), and its source is named', (id) => {
    const rule = CATALOG.find((r) => r.id === id);
    expect(rule?.verification.confidence).toBe('V');
    expect(rule?.verification.sources.join(' ')).toMatch(/"/);
  });

  it.each(['nydfs/regulator/extortion-payment', 'ftc-hbnr/regulator/500-or-more'])(
    '%s was not read in its own words and says so',
    (id) => {
      const rule = CATALOG.find((r) => r.id === id);
      expect(rule?.verification.confidence).not.toBe('V');
      expect(rule?.verification.unverified).toMatch(/not read|only in secondary/);
    },
  );
});
