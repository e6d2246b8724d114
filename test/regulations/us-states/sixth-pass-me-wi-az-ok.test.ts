import { CATALOG } from '../../../src/domain/regulations/catalog';
import { STATE_LAW_ENFORCEMENT_DELAY } from '../../../src/domain/regulations/catalog/us-states/law-enforcement-delay';
import { HAND_WRITTEN_COPIES } from '../../../src/domain/regulations/catalog/us-states/statute-copies';
import type { FactsInput } from '../../../src/domain/regulations/facts';
import { expectDueAsRead, find } from '../regime-fixtures';
import { readingBreach as breach, READING_DISCOVERED as DISCOVERED, plusDays } from './state-facts';

/**
 * Issue 13, sixth verification pass (Maine, Wisconsin, Arizona, Oklahoma, the bureau subsections of Maryland, North
 * Carolina, West Virginia and Nevada, the GLBA clauses of Alaska, D.C. and Hawaii, Arkansas Act 262). Each row names
 * the words it follows; the expected due instant is worked out by hand from the period those words state (null: no
 * fixed period; 'absent': not owed).
 */

type Row = [source: string, facts: FactsInput, id: string, due: string | null | 'absent'];

const ROWS: Row[] = [
  // Hawaii, HRS § 487N-2 read in the Legislature's text (2016 mirror).
  [
    'HRS § 487N-2(g)(1): a bank, "subject to the federal Interagency Guidance", is "deemed to be in compliance with this section": no notice to residents',
    breach({ 'US-HI': 3 }, { entityTypes: ['us_bank'] }),
    'us-hi/individuals',
    'absent',
  ],
  [
    'HRS § 487N-2(g)(1): a credit union, "subject to 12 C.F.R. Part 748": no bureau notice either',
    breach({ 'US-HI': 5000 }, { entityTypes: ['credit_union'] }),
    'us-hi/credit_bureaus',
    'absent',
  ],
  [
    'HRS § 487N-2(g)(1): nor the Office of Consumer Protection, for a bank',
    breach({ 'US-HI': 5000 }, { entityTypes: ['us_bank'] }),
    'us-hi/regulator',
    'absent',
  ],
  [
    "HRS § 487N-2(g)(1): nor the maintainer's notice of (b), for a maintainer that is a bank",
    breach({ 'US-HI': 3 }, { entityTypes: ['data_maintainer', 'us_bank'] }),
    'us-hi/data_owner',
    'absent',
  ],
  [
    'HRS § 487N-2(g)(1) names the Interagency Guidance and NCUA Part 748 only: an FTC-regulated lender still notifies residents "without unreasonable delay"',
    breach({ 'US-HI': 3 }, { entityTypes: ['ftc_financial_institution'] }),
    'us-hi/individuals',
    null,
  ],
  [
    'HRS § 487N-2(f): "more than one thousand persons at one time pursuant to this section": 5 in Hawaii and 996 elsewhere are 1,001 persons notified',
    breach({ 'US-HI': 5, 'US-CA': 996 }),
    'us-hi/regulator',
    null,
  ],
  [
    'HRS § 487N-2(f): the bureaus too, for 1,001 persons notified',
    breach({ 'US-HI': 5, 'US-CA': 996 }),
    'us-hi/credit_bureaus',
    null,
  ],
  [
    'HRS § 487N-2(f): 1,000 persons are not "more than one thousand"',
    breach({ 'US-HI': 5, 'US-CA': 995 }),
    'us-hi/regulator',
    'absent',
  ],
  [
    'HRS § 487N-2(b): the maintainer "immediately following discovery of the breach"',
    breach({ 'US-HI': 3 }, { entityTypes: ['data_maintainer'] }),
    'us-hi/data_owner',
    null,
  ],
  // District of Columbia, D.C. Code § 28-3852 read in the official codified XML.
  [
    'D.C. Code § 28-3852(g): deemed compliance needs notice "to each affected resident" under GLBA: a bank is still listed for residents',
    breach({ 'US-DC': 3 }, { entityTypes: ['us_bank'] }),
    'us-dc/individuals',
    null,
  ],
  [
    'D.C. Code § 28-3852(g): "shall, in all cases, provide written notice ... to the Office of the Attorney General" (50 or more residents)',
    breach({ 'US-DC': 50 }, { entityTypes: ['us_bank'] }),
    'us-dc/regulator',
    null,
  ],
  [
    'D.C. Code § 28-3852(b): the maintainer "in the most expedient time possible following discovery"',
    breach({ 'US-DC': 3 }, { entityTypes: ['data_maintainer'] }),
    'us-dc/data_owner',
    null,
  ],
  // North Carolina, § 75-65(f) in its 2005 words.
  [
    'N.C. Gen. Stat. § 75-65(f): "more than 1,000 persons at one time pursuant to this section": 10 in North Carolina and 991 in Virginia',
    breach({ 'US-NC': 10, 'US-VA': 991 }),
    'us-nc/credit_bureaus',
    null,
  ],
  [
    'N.C. Gen. Stat. § 75-65(f): 1,000 persons are not "more than 1,000"',
    breach({ 'US-NC': 10, 'US-VA': 990 }),
    'us-nc/credit_bureaus',
    'absent',
  ],
  // Wisconsin, § 134.98(2)(br) as the Foley chart words it (statute not read): "1,000 or more individuals".
  [
    'Wis. Stat. § 134.98(2)(br): "1,000 or more individuals" as a result of a single incident: 1,000 is enough; (3)(a) read over it: 45 days after learning',
    breach({ 'US-WI': 1000 }),
    'us-wi/credit_bureaus',
    plusDays(DISCOVERED, 45),
  ],
  ['Wis. Stat. § 134.98(2)(br): 999 is not', breach({ 'US-WI': 999 }), 'us-wi/credit_bureaus', 'absent'],
  [
    'Wis. Stat. § 134.98(3)(a): residents "within a reasonable time, not to exceed 45 days after the entity learns of the acquisition"',
    breach({ 'US-WI': 3 }),
    'us-wi/individuals',
    plusDays(DISCOVERED, 45),
  ],
  // Maine, 10 M.R.S. § 1348(1) (LD 696 S-364 words) and § 1348(5) (P.L. 2005, c. 583).
  [
    '10 M.R.S. § 1348(1): "no more than 30 days after ... becomes aware of a breach of security and identifies its scope"',
    breach({ 'US-ME': 3 }, { scopeIdentifiedAt: '2026-03-06T15:00:00Z' }),
    'us-me/individuals',
    plusDays('2026-03-06T15:00:00Z', 30),
  ],
  [
    '10 M.R.S. § 1348(5): "When notice ... is required under subsection 1, the person shall notify the appropriate state regulators ... or ... the Attorney General" (one resident)',
    breach({ 'US-ME': 1 }),
    'us-me/regulator',
    null,
  ],
  // Oklahoma, SB 626 (2025): the AG notice from 2026-01-01, 60 days after notifying residents.
  [
    '24 O.S. § 163 (SB 626): the AG "in no event more than 60 days after providing notice to impacted Oklahoma residents" (500 or more)',
    breach({ 'US-OK': 500 }, { individualNoticeSentAt: '2026-03-10T12:00:00Z' }),
    'us-ok/regulator',
    plusDays('2026-03-10T12:00:00Z', 60),
  ],
  [
    '24 O.S. § 163 (SB 626): fewer than 500 residents are exempt',
    breach({ 'US-OK': 499 }),
    'us-ok/regulator',
    'absent',
  ],
];

describe.each(ROWS)('%s', (_source, facts, id, due) => {
  it(due === 'absent' ? 'is not owed' : 'is owed by the time the words give', () => {
    expectDueAsRead(facts, id, due);
  });
});

describe('the notes that say how a conditional federal-law exemption was encoded', () => {
  it('Hawaii (g)(2): a HIPAA covered entity keeps the notice, told of the "subject to and in compliance with" clause', () => {
    const o = find(breach({ 'US-HI': 3 }, { entityTypes: ['hipaa_covered_entity'] }), 'us-hi/individuals');
    expect(o).toBeDefined();
    expect(o?.notes.join(' ')).toMatch(/487N-2\(g\)\(2\)/);
  });

  it('D.C. (g): the bank sees why its notice to residents is still listed, and that the OAG notice is owed in all cases', () => {
    const o = find(breach({ 'US-DC': 3 }, { entityTypes: ['us_bank'] }), 'us-dc/individuals');
    expect(o?.notes.join(' ')).toMatch(/28-3852\(g\)/);
    expect(o?.notes.join(' ')).toMatch(/in all cases/);
  });

  it('D.C. (c): the bureau notice names its GLBA clause, still listed', () => {
    const o = find(breach({ 'US-DC': 1001 }, { entityTypes: ['us_bank'] }), 'us-dc/credit_bureaus');
    expect(o).toBeDefined();
    expect(o?.notes.join(' ')).toMatch(/28-3852\(c\)/);
  });

  it('D.C.: the OAG consultation before a no-harm determination cites § 28-3851(1), not (a-1) (the content of the notice)', () => {
    const o = find(
      breach({ 'US-DC': 3 }, { judgments: { riskOfHarm: false } }),
      'us-dc/regulator/no-harm-consultation',
    );
    expect(o?.citation).toMatch(/28-3851\(1\)/);
  });
});

describe('Maine § 1349(4), Oklahoma § 166 and Arkansas Act 262: what is said rather than encoded', () => {
  it('10 M.R.S. § 1349(4): deemed compliance through federal rules "at least as protective" is a note, the notices stay', () => {
    const facts = breach({ 'US-ME': 1001 }, { entityTypes: ['us_bank'] });
    for (const id of ['us-me/individuals', 'us-me/regulator', 'us-me/credit_bureaus']) {
      const o = find(facts, id);
      expect(o).toBeDefined();
      expect(o?.notes.join(' ')).toMatch(/1349\(4\)/);
    }
  });

  it('24 O.S. § 166 (SB 626): a breach discovered in December 2025 is told that a 2026 determination or notice brings the AG notice', () => {
    const o = find(breach({ 'US-OK': 600 }, { discoveredAt: '2025-12-20T15:00:00Z' }), 'us-ok/individuals');
    expect(o?.notes.join(' ')).toMatch(/SB 626.*2026-01-01/);
  });

  it('SB 626: the HIPAA exception to the notice to residents needs HIPAA notice and the AG notice: listed, with a note', () => {
    const o = find(breach({ 'US-OK': 3 }, { entityTypes: ['hipaa_covered_entity'] }), 'us-ok/individuals');
    expect(o).toBeDefined();
    expect(o?.notes.join(' ')).toMatch(/HIPAA or the Oklahoma Hospital Cybersecurity Protection Act/);
  });

  it('Arkansas Act 262 of 2025 is the Fair Mortgage Lending Act amendment, not § 4-110-105: the rule says so', () => {
    const rule = CATALOG.find((r) => r.id === 'us-ar/regulator');
    expect(rule?.verification.unverified).toMatch(/Act 262 of 2025 \(HB 1466\) amends the Fair Mortgage Lending Act/);
  });
});

describe('law-enforcement delay clauses read in the text, not in hand-written copies', () => {
  it.each(Object.entries(STATE_LAW_ENFORCEMENT_DELAY))('%s: a V reading cites no hand-written copy', (_code, entry) => {
    const { verification } = entry.individuals;
    const handWritten = verification.sources.some((s) =>
      HAND_WRITTEN_COPIES.some((h) => s.includes(`data/seed/states/${h}.json`)),
    );
    if (handWritten) expect(verification.confidence).not.toBe('V');
  });

  it('AS 45.48.010(b) sends the delay to AS 45.48.020, not to .010(c) (the no-harm determination)', () => {
    expect(STATE_LAW_ENFORCEMENT_DELAY.ak.individuals.citation).toBe('AS 45.48.020');
  });

  it('HRS § 487N-2(c): a request "made in writing, or ... documents the request contemporaneously in writing", read', () => {
    const tolling = STATE_LAW_ENFORCEMENT_DELAY.hi.individuals;
    expect(tolling.kind === 'tolls' && tolling.request).toBe('written_or_documented');
    expect(tolling.verification.confidence).toBe('V');
  });

  it('10 M.R.S. § 1348(3) "for no longer than 7 business days", read in a bill that quotes the 2009 text', () => {
    const { verification } = STATE_LAW_ENFORCEMENT_DELAY.me.individuals;
    expect(verification.confidence).toBe('V');
    expect(verification.sources.join(' ')).toMatch(/no longer than 7 business days/);
  });
});
