import { CATALOG } from '../../src/domain/regulations/catalog';
import type { FactsInput } from '../../src/domain/regulations/facts';
import { find } from './regime-fixtures';

/**
 * Issue 13, seventh verification pass: federal and foreign texts the earlier passes could not read. 47 CFR 64.2011 in
 * the CFR and the Federal Register's effective-date clause for FCC 23-111; Cal. Health & Safety Code § 1280.15 in the
 * bills that enacted and amended it and CDPH's letter on SB 337; 6 U.S.C. 681b in the US Code; Privacy Act 1988
 * ss.26WH, 26WK, 26WL. Each row names the words it follows; the expected due instant is worked out by hand from them
 * (null: no fixed period; 'absent': not owed).
 */

const caFacility = (discoveredAt: string, overrides: Partial<FactsInput> = {}): FactsInput => ({
  entityTypes: ['ca_health_facility'],
  dataTypes: ['health'],
  affected: { 'US-CA': 1 },
  discoveredAt,
  ...overrides,
});

const carrier = (determinedAt: string): FactsInput => ({
  entityTypes: ['us_telecom_carrier'],
  dataTypes: ['phone'],
  discoveredAt: determinedAt,
  determinedAt,
});

type Row = [source: string, facts: FactsInput, id: string, due: string | null | 'absent'];

const ROWS: Row[] = [
  // ---- contradictions found in the text and fixed ----
  [
    'SB 337 (from 2010-01-01, CDPH AFL 09-38): "no later than five business days after ... has been detected"; Mon 5 Mar 2012 07:00 PST -> Tue 6, Wed 7, Thu 8, Fri 9, Mon 12 at 17:00 PDT',
    caFacility('2012-03-05T15:00:00Z'),
    'ca-hsc-1280/regulator',
    '2012-03-13T00:00:00.000Z',
  ],
  [
    'SB 337: the patient is told on the same five business days',
    caFacility('2012-03-05T15:00:00Z'),
    'ca-hsc-1280/individuals',
    '2012-03-13T00:00:00.000Z',
  ],
  [
    "AB 1755 took effect 1 January 2015 (majority vote): a detection on Wed 31 Dec 2014 10:00 PST still has five business days, New Year's Day skipped -> Fri 2, Mon 5, Tue 6, Wed 7, Thu 8 Jan at 17:00 PST",
    caFacility('2014-12-31T18:00:00Z'),
    'ca-hsc-1280/regulator',
    '2015-01-09T01:00:00.000Z',
  ],
  // ---- read in the text and confirmed ----
  [
    'SB 541 (2009): "no later than five days after ... has been detected", shown as 5 × 24 h (before the end of 6 June in California)',
    caFacility('2009-06-01T15:00:00Z'),
    'ca-hsc-1280/regulator',
    '2009-06-06T15:00:00.000Z',
  ],
  [
    'AB 1755: "no later than 15 business days after ... has been detected" (Mon 2 Mar 2026 10:00 PST -> Mon 23 Mar, 17:00 PDT)',
    caFacility('2026-03-02T18:00:00Z'),
    'ca-hsc-1280/regulator',
    '2026-03-24T00:00:00.000Z',
  ],
  [
    '47 CFR 64.2011(b): USSS and FBI "in no event later than seven (7) business days, after reasonable determination" (Mon 2 Jun 2025 10:00 EDT -> Wed 11 Jun, 17:00 EDT)',
    carrier('2025-06-02T14:00:00Z'),
    'fcc-cpni/law_enforcement',
    '2025-06-11T21:00:00.000Z',
  ],
  [
    'Privacy Act 1988 s.26WK(2)(b): the statement to the Commissioner "as soon as practicable" (no fixed period)',
    {
      affected: { AU: 10 },
      entityTypes: ['au_app_entity'],
      judgments: { likelySeriousHarm: true },
      discoveredAt: '2026-03-02T00:00:00Z',
    },
    'au-ndb/regulator',
    null,
  ],
  [
    'Privacy Act 1988 s.26WH(2)(b): the assessment "completed within 30 days after the entity becomes aware" of grounds to suspect',
    {
      affected: { AU: 10 },
      entityTypes: ['au_app_entity'],
      judgments: { likelySeriousHarm: true },
      discoveredAt: '2026-03-02T00:00:00Z',
    },
    'au-ndb/internal/assessment',
    '2026-04-01T00:00:00.000Z',
  ],
];

describe('federal and foreign rules read in the text (seventh pass)', () => {
  it.each(ROWS)('%s', (_source, facts, id, due) => {
    const o = find(facts, id);
    if (due === 'absent') return expect(o).toBeUndefined();
    expect(o).toBeDefined();
    expect(o?.dueAt ?? null).toBe(due);
  });
});

describe('47 CFR 64.2011: the 2023 amendments are not in force (89 FR 9968: "delayed indefinitely")', () => {
  it('a breach determined in 2025 is under the 2007 text: USSS and FBI, not the FCC, and the seven-day customer wait', () => {
    const o = find(carrier('2025-06-02T14:00:00Z'), 'fcc-cpni/law_enforcement');
    expect(o?.citation).toBe('47 CFR 64.2011(b)');
    expect(o?.recipientName).not.toMatch(/also the FCC/);
    expect(o?.notes.join(' ')).toMatch(/7 full business days after this notice/);
    expect(o?.notes.join(' ')).not.toMatch(/Customers are told without unreasonable delay after this notice/);
  });
});

describe('Cal. Health & Safety Code § 1280.15(c): a law-enforcement delay', () => {
  const delayed = caFacility('2026-03-02T18:00:00Z', {
    lawEnforcementDelay: { agency: 'LAPD', requestedAt: '2026-03-03T18:00:00Z', form: 'written', notices: 'all' },
  });

  it('pauses the patient notice (CDPH AFL 09-38: "delay the reporting to the affected patient")', () => {
    expect(find(delayed, 'ca-hsc-1280/individuals')?.tolled).toBeDefined();
  });

  it("does not pause the Department's report, whose delay the words read do not cover (the earlier reading)", () => {
    const o = find(delayed, 'ca-hsc-1280/regulator');
    expect(o?.tolled).toBeUndefined();
    expect(o?.dueAt).toBe('2026-03-24T00:00:00.000Z');
  });
});

describe('6 U.S.C. 681b read in the US Code; the duties still wait for the final rule', () => {
  it('(a)(2)(A): the ransom payment "not later than 24 hours after the ransom payment has been made", pending', () => {
    const o = find(
      {
        entityTypes: ['critical_infrastructure'],
        discoveredAt: '2026-03-06T10:00:00Z',
        ransomPaidAt: '2026-03-07T10:00:00Z',
      },
      'circia/regulator/ransom-payment',
    );
    expect(o?.deadline).toMatch(/not later than 24 hours after the ransom payment has been made/);
    expect(o?.dueAt).toBeNull();
  });
});

describe('verification records of this pass', () => {
  const READ = [
    'fcc-cpni/law_enforcement',
    'ca-hsc-1280/regulator',
    'ca-hsc-1280/individuals',
    'circia/regulator',
    'circia/regulator/ransom-payment',
    'au-ndb/internal/assessment',
    'au-ndb/regulator',
    'au-ndb/individuals',
  ];

  it.each(READ)('%s is V, with the words it was read in', (id) => {
    const rule = CATALOG.find((r) => r.id === id);
    expect(rule?.verification.confidence).toBe('V');
    expect(rule?.verification.sources.some((s) => /https?:\/\/|GitHub /.test(s) && s.includes('"'))).toBe(true);
  });

  it('the FTC rule stays S or M: Part 318 was still not read', () => {
    for (const rule of CATALOG.filter((r) => r.regime === 'ftc-hbnr')) {
      expect([rule.id, rule.verification.confidence === 'V']).toEqual([rule.id, false]);
    }
  });
});
