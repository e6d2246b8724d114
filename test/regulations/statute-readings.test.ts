import { CATALOG } from '../../src/domain/regulations/catalog';
import {
  NAIC_ADOPTIONS_NOT_ENCODED,
  NAIC_ADOPTIONS_WITHOUT_NOTICE,
} from '../../src/domain/regulations/catalog/us-insurance-data-security';
import type { FactsInput } from '../../src/domain/regulations/facts';
import { find } from './regime-fixtures';

/**
 * Issue 13, verification depth: rules read in the law's own text in the third pass, each asserted against the words
 * read (quoted in the rule's `sources`). Due instants worked out by hand from the period the text states.
 */

const insurer = (state: string, discoveredAt: string): FactsInput => ({
  entityTypes: ['insurance_licensee'],
  domicile: [state as 'US-IL'],
  discoveredAt,
});

// Wed 4 Mar 2026, 15:00 UTC: no holiday of any of these states in the following week.
const WED = '2026-03-04T15:00:00Z';

describe('insurance data-security adoptions after 2021: the commissioner notice, from each act', () => {
  test.each([
    // 215 ILCS 215/20(a) "no later than 3 business days": Thu 5, Fri 6, Mon 9 Mar, 17:00 CDT
    ['Illinois, 3 business days on Illinois holidays', 'US-IL', 'naic-il/regulator', WED, '2026-03-09T22:00:00.000Z'],
    // Md. Ins. § 33-105(a) "in no event later than 3 business days": no Maryland calendar, 3 calendar days (never later)
    ['Maryland, 3 business days shown as 72 h', 'US-MD', 'naic-md/regulator', WED, '2026-03-07T15:00:00.000Z'],
    // 36 O.S. § 675(A) "not later than three business days"
    ['Oklahoma, 3 business days shown as 72 h', 'US-OK', 'naic-ok/regulator', WED, '2026-03-07T15:00:00.000Z'],
    // AS 21.23.280(a) "not later than three business days"
    ['Alaska, 3 business days shown as 72 h', 'US-AK', 'naic-ak/regulator', WED, '2026-03-07T15:00:00.000Z'],
    // Pennsylvania Insurance Department: "in no event later than five business days"
    ['Pennsylvania, 5 business days shown as 5 days', 'US-PA', 'naic-pa/regulator', WED, '2026-03-09T15:00:00.000Z'],
    // KRS 304.3-760 not read: the model's 72 hours
    ["Kentucky, the model's 72 hours", 'US-KY', 'naic-ky/regulator', WED, '2026-03-07T15:00:00.000Z'],
  ])('%s', (_name, state, id, discoveredAt, dueAt) => {
    expect(find(insurer(state, discoveredAt), id)?.dueAt).toBe(dueAt);
  });

  test.each([
    // AS 21.23.280 "[Effective 1/1/2025]"; 31 Dec 2024 in Anchorage
    ['Alaska before 2025-01-01', 'US-AK', 'naic-ak/regulator', '2024-12-31T20:00:00Z'],
    // Illinois P.A. 103-142, effective 2024-01-01
    ['Illinois before 2024-01-01', 'US-IL', 'naic-il/regulator', '2023-12-31T12:00:00Z'],
    // 36 O.S. § 675 "[Effective 7/1/2024]"
    ['Oklahoma before 2024-07-01', 'US-OK', 'naic-ok/regulator', '2024-06-30T12:00:00Z'],
    // Act 2 of 2023 "becomes effective December 11, 2023"
    ['Pennsylvania before 2023-12-11', 'US-PA', 'naic-pa/regulator', '2023-12-10T12:00:00Z'],
    // KRS 304.3-758 history: "effective January 1, 2023"
    ['Kentucky before 2023-01-01', 'US-KY', 'naic-ky/regulator', '2022-12-31T12:00:00Z'],
    // SB 207: effective 2022-10-01
    ['Maryland before 2022-10-01', 'US-MD', 'naic-md/regulator', '2022-09-30T12:00:00Z'],
  ])('%s: not yet in force', (_name, state, id, discoveredAt) => {
    expect(find(insurer(state, discoveredAt), id)).toBeUndefined();
  });

  it("250 residents of the state bring the notice in without domicile (each act's prong (2))", () => {
    const o = find(
      {
        entityTypes: ['insurance_licensee'],
        domicile: ['US-TX'],
        affected: { 'US-MD': 250 },
        dataTypes: ['name', 'ssn'],
        judgments: { insuranceEventReportable: true },
        discoveredAt: WED,
      },
      'naic-md/regulator',
    );
    expect(o?.dueAt).toBe('2026-03-07T15:00:00.000Z');
  });

  it('lists an adoption that was not read nowhere, and every adoption read somewhere', () => {
    const regimes = new Set(
      CATALOG.map((r) => r.jurisdiction).filter((_j, i) => CATALOG[i]?.regime.startsWith('naic-')),
    );
    for (const code of [...NAIC_ADOPTIONS_NOT_ENCODED, ...NAIC_ADOPTIONS_WITHOUT_NOTICE]) {
      expect(regimes.has(code)).toBe(false);
    }
    for (const code of ['US-AK', 'US-IL', 'US-KY', 'US-MD', 'US-OK', 'US-PA']) expect(regimes.has(code)).toBe(true);
  });
});

it("Vermont's H.515 sets no commissioner notice: a Vermont insurer's breach notice goes to DFR under 9 V.S.A. § 2435", () => {
  const o = find(
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-VT'],
      affected: { 'US-VT': 3 },
      dataTypes: ['name', 'ssn'],
      judgments: { riskOfHarm: true },
      discoveredAt: '2026-03-04T15:00:00Z',
    },
    'us-vt/regulator',
  );
  expect(o?.recipientName).toContain('Department of Financial Regulation');
});

describe('Va. Code § 18.2-186.6(M): employer or payroll provider, withheld-tax data, to the AG', () => {
  const PAYROLL: FactsInput = {
    affected: { 'US-VA': 40 },
    dataTypes: ['ssn'],
    judgments: { riskOfHarm: true },
    discoveredAt: '2026-03-04T15:00:00Z',
  };

  it('is listed without a fixed period ("without unreasonable delay")', () => {
    const o = find(PAYROLL, 'us-va/regulator/payroll');
    expect(o).toBeDefined();
    expect(o?.dueAt).toBeNull();
    expect(o?.deadline).toContain('federal employer identification number');
  });

  it('a taxpayer identification number alone brings it in (no name needed)', () => {
    expect(find({ ...PAYROLL, dataTypes: ['tax_id'] }, 'us-va/regulator/payroll')).toBeDefined();
  });

  it('drops when no identity theft or fraud is believed ("causes, or ... reasonably believes has caused or will cause")', () => {
    expect(find({ ...PAYROLL, judgments: { riskOfHarm: false } }, 'us-va/regulator/payroll')).toBeUndefined();
  });

  it('did not exist before 2017-07-01 (2017, cc. 419, 427)', () => {
    expect(find({ ...PAYROLL, discoveredAt: '2017-06-30T12:00:00Z' }, 'us-va/regulator/payroll')).toBeUndefined();
  });

  it("shows the GLBA and regulator deemed-compliance on Virginia's other notices and keeps them listed", () => {
    const o = find({ ...PAYROLL, entityTypes: ['us_bank'], dataTypes: ['name', 'ssn'] }, 'us-va/regulator');
    expect(o).toBeDefined();
    expect(o?.notes.join(' ')).toContain('Gramm-Leach-Bliley');
  });
});

describe('rules marked V in the third pass quote the operative words they were read in', () => {
  test.each([
    ['naic-ak/regulator', 'not later than three business days'],
    ['naic-il/regulator', 'no later than 3 business days'],
    ['naic-md/regulator', 'in no event later than 3 business days'],
    ['naic-ok/regulator', 'not later than three business days'],
    ['us-va/regulator/payroll', 'shall notify the Office of the Attorney General without unreasonable delay'],
  ])('%s: "%s"', (id, words) => {
    const rule = CATALOG.find((r) => r.id === id);
    expect(rule?.verification.confidence).toBe('V');
    expect(rule?.verification.sources.join(' ')).toContain(words);
  });
});

describe('GLBA exemptions in state breach laws, modelled as data', () => {
  const BREACH = (state: string, entityTypes: FactsInput['entityTypes']): FactsInput => ({
    affected: { [state]: 1001 } as FactsInput['affected'],
    dataTypes: ['name', 'ssn'],
    judgments: { riskOfHarm: true },
    entityTypes,
    discoveredAt: '2026-03-04T15:00:00Z',
  });

  // MCL § 445.72(8)(b) "subject to 15 USC 6801 to 6809"; AS 45.48.040(c) "subject to the Gramm-Leach-Bliley ...":
  // unconditional, so the bureau notice goes for an organisation surely under Title V.
  test.each([
    ['US-MI', 'us-mi/credit_bureaus', 'us_bank'],
    ['US-MI', 'us-mi/credit_bureaus', 'credit_union'],
    ['US-MI', 'us-mi/credit_bureaus', 'ftc_financial_institution'],
    ['US-AK', 'us-ak/credit_bureaus', 'us_bank'],
    ['US-AK', 'us-ak/credit_bureaus', 'ftc_financial_institution'],
  ] as const)('%s bureau notice (%s) is not listed for a %s', (state, id, entityType) => {
    expect(find(BREACH(state, []), id)).toBeDefined();
    expect(find(BREACH(state, [entityType]), id)).toBeUndefined();
  });

  // Where being under the Act is not certain (an insurer), or the exemption needs compliance or the Act's own
  // procedures (Va. Code § 18.2-186.6(G); Arizona, Tennessee, Wisconsin), or was read only in secondary sources
  // (Colorado's bureau notice, Kentucky), the notice stays listed and the exemption is shown.
  test.each([
    ['US-MI', 'us-mi/credit_bureaus', 'insurance_licensee'],
    ['US-AK', 'us-ak/credit_bureaus', 'insurance_licensee'],
    ['US-VA', 'us-va/credit_bureaus', 'us_bank'],
    ['US-AZ', 'us-az/individuals', 'us_bank'],
    ['US-AZ', 'us-az/regulator', 'us_bank'],
    ['US-AZ', 'us-az/credit_bureaus', 'us_bank'],
    ['US-CO', 'us-co/credit_bureaus', 'us_bank'],
    ['US-TN', 'us-tn/individuals', 'us_bank'],
    ['US-TN', 'us-tn/credit_bureaus', 'credit_union'],
    ['US-WI', 'us-wi/individuals', 'us_bank'],
    ['US-WI', 'us-wi/credit_bureaus', 'ftc_financial_institution'],
    ['US-KY', 'us-ky/individuals', 'us_bank'],
    ['US-KY', 'us-ky/credit_bureaus', 'us_bank'],
  ] as const)('%s notice (%s) stays listed for a %s, with the exemption in a note', (state, id, entityType) => {
    const o = find(BREACH(state, [entityType]), id);
    expect(o).toBeDefined();
    expect(o?.notes.join(' ')).toContain('Gramm-Leach-Bliley');
  });
});

describe('Georgia Department of Banking and Finance: a duplicate of the federal notices, simultaneously', () => {
  const GA_BANK: FactsInput = {
    entityTypes: ['us_bank'],
    domicile: ['US-GA'],
    judgments: { bankNotificationIncident: true },
    discoveredAt: '2026-03-04T15:00:00Z',
  };

  it('r. 80-1-3-.04: due with the 36-hour federal notice until that is sent', () => {
    expect(find(GA_BANK, 'ga-dbf/regulator/computer-security-incident')?.dueAt).toBe(
      find(GA_BANK, 'bank-36h/regulator')?.dueAt,
    );
    expect(find(GA_BANK, 'bank-36h/regulator')?.dueAt).toBe('2026-03-06T03:00:00.000Z');
  });

  it('r. 80-1-3-.04: due the moment the federal notice goes out', () => {
    const sent = { ...GA_BANK, regulatorNoticeSentAt: '2026-03-05T10:00:00Z' } as FactsInput;
    expect(find(sent, 'ga-dbf/regulator/computer-security-incident')?.dueAt).toBe('2026-03-05T10:00:00.000Z');
  });

  it('r. 80-1-3-.04 did not exist before 2022-07-27', () => {
    expect(
      find({ ...GA_BANK, discoveredAt: '2022-07-26T15:00:00Z' }, 'ga-dbf/regulator/computer-security-incident'),
    ).toBeUndefined();
  });

  it('a bank chartered elsewhere sends no copy; an unrecorded charter leaves it as a condition', () => {
    expect(find({ ...GA_BANK, domicile: ['US-NY'] }, 'ga-dbf/regulator/computer-security-incident')).toBeUndefined();
    const { domicile: _omit, ...unrecorded } = GA_BANK;
    expect(find(unrecorded, 'ga-dbf/regulator/computer-security-incident')?.notes.join(' ')).toContain(
      'chartered by Georgia',
    );
  });

  it('r. 80-1-3-.03: the customer-information copy follows the federal guidance notice', () => {
    const customers = { ...GA_BANK, dataTypes: ['name', 'financial_account_with_access_code'] } as FactsInput;
    expect(find(customers, 'ga-dbf/regulator/customer-information')).toBeDefined();
  });
});
