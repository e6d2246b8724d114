import { CATALOG } from '../../../src/domain/regulations/catalog';
import { HAND_WRITTEN_COPIES } from '../../../src/domain/regulations/catalog/us-states/statute-copies';
import type { FactsInput } from '../../../src/domain/regulations/facts';
import { find } from '../regime-fixtures';
import {
  readingStateBreach as breach,
  READING_DISCOVERED as DISCOVERED,
  readingMaintainer as maintainer,
  plusDays,
} from './state-facts';

/**
 * Issue 13, fourth verification pass: rules read in the lawserver.com copies stored in GitHub
 * Ansvar-Systems/US-law-mcp (data/seed/states/<state>.json). Each row names the words it follows; the expected due
 * instant is worked out by hand from the period those words state (null: no fixed period; 'absent': not owed).
 */

type Row = [source: string, facts: FactsInput, id: string, due: string | null | 'absent'];

const ROWS: Row[] = [
  // Contradictions found in the text and fixed.
  [
    'La. R.S. 51:3074(D), (E): the maintainer\'s notice is "not later than sixty days from the discovery" (Act 382 of 2018)',
    maintainer('US-LA'),
    'us-la/data_owner',
    plusDays(DISCOVERED, 60),
  ],
  [
    'La. R.S. 51:3074 before Act 382 (2018-08-01): no fixed period',
    maintainer('US-LA', { discoveredAt: '2018-07-30T15:00:00Z' }),
    'us-la/data_owner',
    null,
  ],
  [
    'N.M. Stat. § 57-12C-6(C): the maintainer "not later than forty-five calendar days following discovery"',
    maintainer('US-NM'),
    'us-nm/data_owner',
    plusDays(DISCOVERED, 45),
  ],
  [
    'N.M. Stat. § 57-12C-8: the Act "shall not apply to a person subject to the federal Gramm-Leach-Bliley Act" (maintainer)',
    maintainer('US-NM', { entityTypes: ['data_maintainer', 'ftc_financial_institution'] }),
    'us-nm/data_owner',
    'absent',
  ],
  [
    'N.M. Stat. § 57-12C-8: nor to residents, for a mortgage servicer under the FTC Safeguards Rule',
    breach('US-NM', { entityTypes: ['ftc_financial_institution'] }),
    'us-nm/individuals',
    'absent',
  ],
  [
    'N.M. Stat. § 57-12C-8: nor to the AG, for a HIPAA covered entity',
    breach('US-NM', { entityTypes: ['hipaa_covered_entity'], affected: { 'US-NM': 1001 } }),
    'us-nm/regulator',
    'absent',
  ],
  [
    'N.M. Stat. § 57-12C-6(A): 45 days for an organisation under neither Act',
    breach('US-NM'),
    'us-nm/individuals',
    plusDays(DISCOVERED, 45),
  ],
  [
    'Tenn. Code § 47-18-2107(c) after SB 2005 (2016): the service provider "within 45 days of discovery" (secondary sources)',
    maintainer('US-TN'),
    'us-tn/data_owner',
    plusDays(DISCOVERED, 45),
  ],
  [
    'Tenn. Code § 47-18-2107(c) before SB 2005 (2016-07-01): no fixed period',
    maintainer('US-TN', { discoveredAt: '2016-06-29T15:00:00Z' }),
    'us-tn/data_owner',
    null,
  ],
  [
    'Minn. Stat. § 325E.61, subd. 4: the section "do[es] not apply to any financial institution as defined by ... 6809(3)" (a mortgage servicer)',
    breach('US-MN', { entityTypes: ['ftc_financial_institution'] }),
    'us-mn/individuals',
    'absent',
  ],
  [
    'Minn. Stat. § 325E.61, subd. 4: nor the bureaus, for a bank',
    breach('US-MN', { entityTypes: ['us_bank'], affected: { 'US-MN': 5000 } }),
    'us-mn/credit_bureaus',
    'absent',
  ],
  [
    "Minn. Stat. § 325E.61, subd. 4: nor the maintainer's notice, for a maintainer that is a financial institution",
    maintainer('US-MN', { entityTypes: ['data_maintainer', 'ftc_financial_institution'] }),
    'us-mn/data_owner',
    'absent',
  ],
  [
    'Ind. Code § 24-4.9-3-3(a) (P.L. 171-2022): every "disclosure or notification under this chapter", the maintainer\'s included, "not more than forty-five (45) days after the discovery"',
    maintainer('US-IN'),
    'us-in/data_owner',
    plusDays(DISCOVERED, 45),
  ],
  [
    'Ind. Code § 24-4.9-3-3(a) before 2022-07-01: "without unreasonable delay", no fixed period',
    maintainer('US-IN', { discoveredAt: '2022-06-29T15:00:00Z' }),
    'us-in/data_owner',
    null,
  ],
  // Moved to V, unchanged.
  [
    'Minn. Stat. § 325E.61, subd. 1(a): residents "in the most expedient time possible and without unreasonable delay"',
    breach('US-MN'),
    'us-mn/individuals',
    null,
  ],
  [
    'Minn. Stat. § 325E.61, subd. 2: "more than 500 persons at one time" (500 is not)',
    breach('US-MN', { affected: { 'US-MN': 500 } }),
    'us-mn/credit_bureaus',
    'absent',
  ],
  [
    'Minn. Stat. § 325E.61, subd. 2: 501 persons, the bureaus "within 48 hours"',
    breach('US-MN', { affected: { 'US-MN': 501 } }),
    'us-mn/credit_bureaus',
    new Date(new Date(DISCOVERED).getTime() + 48 * 3600 * 1000).toISOString(),
  ],
  [
    'Minn. Stat. § 325E.61, subd. 1(b): the maintainer "immediately following discovery"',
    maintainer('US-MN'),
    'us-mn/data_owner',
    null,
  ],
  [
    'La. R.S. 51:3074(E): residents "not later than sixty days from the discovery of the breach"',
    breach('US-LA'),
    'us-la/individuals',
    plusDays(DISCOVERED, 60),
  ],
  [
    'N.J.S.A. § 56:8-163(f): "more than 1,000 persons at one time" (1,000 is not)',
    breach('US-NJ', { affected: { 'US-NJ': 1000 } }),
    'us-nj/credit_bureaus',
    'absent',
  ],
  [
    'N.J.S.A. § 56:8-163(f): 1,001 persons, "without unreasonable delay"',
    breach('US-NJ', { affected: { 'US-NJ': 1001 } }),
    'us-nj/credit_bureaus',
    null,
  ],
  [
    'N.J.S.A. § 56:8-163(b): the maintainer "immediately following discovery"',
    maintainer('US-NJ'),
    'us-nj/data_owner',
    null,
  ],
  [
    'K.S.A. 50-7a02(f): "more than 1,000 consumers at one time" (1,000 is not)',
    breach('US-KS', { affected: { 'US-KS': 1000 } }),
    'us-ks/credit_bureaus',
    'absent',
  ],
  [
    'K.S.A. 50-7a02(f): 1,001 consumers, "without unreasonable delay"',
    breach('US-KS', { affected: { 'US-KS': 1001 } }),
    'us-ks/credit_bureaus',
    null,
  ],
  [
    'K.S.A. 50-7a02(b): the maintainer "following discovery of a breach" (no period)',
    maintainer('US-KS'),
    'us-ks/data_owner',
    null,
  ],
  [
    'Md. Code, Com. Law § 14-3504(c)(2): the maintainer "not later than 10 days after the business discovers"',
    maintainer('US-MD'),
    'us-md/data_owner',
    plusDays(DISCOVERED, 10),
  ],
  [
    'M.G.L. c. 93H § 3(b): the AG and OCABR for one resident, "as soon as practicable and without unreasonable delay"',
    breach('US-MA', { affected: { 'US-MA': 1 } }),
    'us-ma/regulator',
    null,
  ],
  [
    'M.G.L. c. 93H § 3(a): the maintainer "as soon as practicable and without unreasonable delay"',
    maintainer('US-MA'),
    'us-ma/data_owner',
    null,
  ],
  ['N.C. Gen. Stat. § 75-65(a): residents "without unreasonable delay"', breach('US-NC'), 'us-nc/individuals', null],
  [
    'N.C. Gen. Stat. § 75-65(b): the maintainer "immediately following discovery of the breach"',
    maintainer('US-NC'),
    'us-nc/data_owner',
    null,
  ],
  [
    'N.D. Cent. Code § 51-30-03: the maintainer "immediately following the discovery"',
    maintainer('US-ND'),
    'us-nd/data_owner',
    null,
  ],
  [
    '6 Del. C. § 12B-102(b): the maintainer "immediately following determination of the breach of security"',
    maintainer('US-DE'),
    'us-de/data_owner',
    null,
  ],
  [
    // The copy holds the SHIELD Act text; S2659B added 30 days from 2024-12-21 (sixth-pass-ny-federal.test.ts).
    'N.Y. Gen. Bus. Law § 899-aa(3) before S2659B: the maintainer "immediately following discovery"',
    maintainer('US-NY', { discoveredAt: '2024-12-20T15:00:00Z' }),
    'us-ny/data_owner',
    null,
  ],
  // Read in stored statute pages (laws9.com, elaws, statutes.laws.com, legislature.vermont.gov).
  ['W. Va. Code § 46A-2A-102(a): residents "without unreasonable delay"', breach('US-WV'), 'us-wv/individuals', null],
  [
    'W. Va. Code § 46A-2A-102(c): the maintainer "as soon as practicable following discovery"',
    maintainer('US-WV'),
    'us-wv/data_owner',
    null,
  ],
  [
    'Utah Code § 13-44-202(2): residents "in the most expedient time possible without unreasonable delay"',
    breach('US-UT'),
    'us-ut/individuals',
    null,
  ],
  [
    'Utah Code § 13-44-202(3)(a): the maintainer "immediately following the person\'s discovery of the breach"',
    maintainer('US-UT'),
    'us-ut/data_owner',
    null,
  ],
  [
    'NRS 603A.220(1): residents "in the most expedient time possible and without unreasonable delay"',
    breach('US-NV'),
    'us-nv/individuals',
    null,
  ],
  ['NRS 603A.220(2): the maintainer "immediately following discovery"', maintainer('US-NV'), 'us-nv/data_owner', null],
  ['RSA 359-C:20, I(a): residents "as soon as possible"', breach('US-NH'), 'us-nh/individuals', null],
  [
    'RSA 359-C:20, I(b): the attorney general or primary regulator, for one resident',
    breach('US-NH', { affected: { 'US-NH': 1 } }),
    'us-nh/regulator',
    null,
  ],
  [
    'RSA 359-C:20, I(c): the maintainer "immediately following discovery"',
    maintainer('US-NH'),
    'us-nh/data_owner',
    null,
  ],
  [
    'O.C.G.A. § 10-1-912(a): residents "in the most expedient time possible and without unreasonable delay" (information brokers)',
    breach('US-GA', { judgments: { riskOfHarm: true, informationBroker: true } }),
    'us-ga/individuals',
    null,
  ],
  [
    'O.C.G.A. § 10-1-912(b): the maintainer "within 24 hours following discovery"',
    maintainer('US-GA'),
    'us-ga/data_owner',
    new Date(new Date(DISCOVERED).getTime() + 24 * 3600 * 1000).toISOString(),
  ],
  [
    '9 V.S.A. § 2435(b)(2): the maintainer "immediately following discovery of the breach"',
    maintainer('US-VT'),
    'us-vt/data_owner',
    null,
  ],
];

describe('rules read in the scraped statute copies', () => {
  it.each(ROWS)('%s', (_source, facts, id, due) => {
    const o = find(facts, id);
    if (due === 'absent') return expect(o).toBeUndefined();
    expect(o).toBeDefined();
    expect(o?.dueAt ?? null).toBe(due);
  });

  it('Maryland: the AG is told before the residents (§ 14-3504(h) "Prior to giving the notification")', () => {
    const o = find(breach('US-MD'), 'us-md/regulator');
    expect(o?.deadline).toMatch(/prior to giving the notification/);
    expect(o?.dueAt).toBe(find(breach('US-MD'), 'us-md/individuals')?.dueAt);
  });
});

describe('Minnesota Nonbank Data Security Law, Minn. Stat. § 46A.06 subd. 1(a)', () => {
  const licensee = (affected: Record<string, number>, discoveredAt = DISCOVERED): FactsInput => ({
    discoveredAt,
    dataTypes: ['name', 'ssn'],
    affected,
    entityTypes: ['minnesota_commerce_licensee', 'ftc_financial_institution'],
  });

  it('"at least 500 consumers": the commissioner "no later than 45 days after the date the event is discovered"', () => {
    expect(find(licensee({ 'US-MN': 500 }), 'mn-nonbank/regulator')?.dueAt).toBe(plusDays(DISCOVERED, 45));
  });

  it('499 consumers: no notice', () => {
    expect(find(licensee({ 'US-MN': 499 }), 'mn-nonbank/regulator')).toBeUndefined();
  });

  it('consumers outside Minnesota count too (the lower threshold; § 46A.01 not read)', () => {
    expect(find(licensee({ 'US-MN': 10, 'US-WI': 490 }), 'mn-nonbank/regulator')).toBeDefined();
  });

  it('a Minnesota licensee that is a GLBA financial institution gets this notice, not § 325E.61', () => {
    const facts = licensee({ 'US-MN': 600 });
    expect(find(facts, 'mn-nonbank/regulator')).toBeDefined();
    expect(find(facts, 'us-mn/individuals')).toBeUndefined();
  });

  it('not before the 2024 act took effect (1 August 2024)', () => {
    expect(find(licensee({ 'US-MN': 600 }, '2024-07-31T15:00:00Z'), 'mn-nonbank/regulator')).toBeUndefined();
    expect(find(licensee({ 'US-MN': 600 }, '2024-08-01T15:00:00Z'), 'mn-nonbank/regulator')).toBeDefined();
  });
});

describe('Alaska, AS 45.48.010 read in the text', () => {
  it('(b): residents "in the most expeditious time possible and without unreasonable delay"', () => {
    const o = find(breach('US-AK'), 'us-ak/individuals');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/most expeditious time possible and without unreasonable delay/);
  });

  it('(c): the no-harm determination goes to the attorney general before notice is skipped', () => {
    const facts = breach('US-AK', { judgments: { riskOfHarm: false } });
    expect(find(facts, 'us-ak/individuals')).toBeUndefined();
    expect(find(facts, 'us-ak/regulator/no-harm-determination')).toBeDefined();
  });
});

describe('which copies may be cited', () => {
  const citing = CATALOG.flatMap((rule) => {
    const states = rule.verification.sources.flatMap((source) =>
      [...source.matchAll(/Ansvar-Systems\/US-law-mcp, data\/seed\/states\/([a-z]{2})\.json/g)].map((m) => m[1] ?? ''),
    );
    return [...new Set(states)].map((state) => [rule.id, state] as const);
  });

  it('some rules cite them', () => {
    expect(citing.length).toBeGreaterThan(20);
  });

  it.each(citing)('%s cites a scraped copy (%s), never one written by hand', (_id, state) => {
    expect(HAND_WRITTEN_COPIES).not.toContain(state);
  });
});
