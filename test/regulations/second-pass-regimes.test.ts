import type { FactsInput } from '../../src/domain/regulations/facts';
import { find } from './regime-fixtures';

/**
 * Issue 13, "Missing": the regimes added in the second pass, one row per notice, from the words of the law
 * (due instants worked out by hand from the period the law states), and service providers' own clocks.
 */
type Row = [string, FactsInput, string, string | null];

const TX = { affected: { 'US-TX': 10 }, dataTypes: ['name' as const, 'ssn' as const] };

const rows: Row[] = [
  // Reg S-P 248.30(a)(4): "as soon as practicable, but not later than 30 days after becoming aware"
  [
    'Reg S-P customers, larger entity',
    { entityTypes: ['sec_reg_sp_institution'], discoveredAt: '2026-01-02T10:00:00Z', awareAt: '2026-01-05T15:00:00Z' },
    'reg-sp/individuals',
    '2026-02-04T15:00:00.000Z',
  ],
  [
    'Reg S-P customers, smaller entity after 2026-06-03',
    { entityTypes: ['sec_reg_sp_smaller_entity'], discoveredAt: '2026-06-03T15:00:00Z' },
    'reg-sp/individuals',
    '2026-07-03T15:00:00.000Z',
  ],
  // 248.30(a)(5)(i): "no later than 72 hours after becoming aware of a breach in security"
  [
    'Reg S-P service provider, 72 h',
    { entityTypes: ['sec_reg_sp_service_provider'], discoveredAt: '2026-02-06T09:00:00Z' },
    'reg-sp/data_owner/service-provider',
    '2026-02-09T09:00:00.000Z',
  ],
  // State maintainer clauses
  [
    'Florida third-party agent, 10 days after the determination or reason to believe (the discovery, earlier)',
    {
      ...TX,
      affected: { 'US-FL': 3 },
      entityTypes: ['data_maintainer'],
      discoveredAt: '2026-03-01T12:00:00Z',
      determinedAt: '2026-03-04T12:00:00Z',
    },
    'us-fl/data_owner',
    '2026-03-11T12:00:00.000Z',
  ],
  [
    'Alabama third-party agent, 10 days after the determination or reason to believe (the discovery, earlier)',
    {
      ...TX,
      affected: { 'US-AL': 3 },
      entityTypes: ['data_maintainer'],
      discoveredAt: '2026-03-01T12:00:00Z',
      determinedAt: '2026-03-02T12:00:00Z',
    },
    'us-al/data_owner',
    '2026-03-11T12:00:00.000Z',
  ],
  [
    'Oregon vendor, 10 days after discovery',
    { ...TX, affected: { 'US-OR': 3 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-or/data_owner',
    '2026-03-11T12:00:00.000Z',
  ],
  [
    'Georgia, 24 hours of discovery',
    { ...TX, affected: { 'US-GA': 3 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-ga/data_owner',
    '2026-03-02T12:00:00.000Z',
  ],
  [
    'Maryland since HB 962, 10 days',
    { ...TX, affected: { 'US-MD': 3 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-md/data_owner',
    '2026-03-11T12:00:00.000Z',
  ],
  [
    'Maryland under HB 974, 45 days',
    { ...TX, affected: { 'US-MD': 3 }, entityTypes: ['data_maintainer'], discoveredAt: '2019-03-01T12:00:00Z' },
    'us-md/data_owner',
    '2019-04-15T12:00:00.000Z',
  ],
  [
    'California maintainer, immediately',
    { ...TX, affected: { 'US-CA': 3 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-ca/data_owner',
    null,
  ],
  [
    'Texas maintainer, immediately',
    { ...TX, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-tx/data_owner',
    null,
  ],
  // 7 TAC 57.210(b), (c), (d)
  [
    'Texas SML report, 30 days after becoming aware',
    { entityTypes: ['texas_sml_licensee'], discoveredAt: '2026-03-01T12:00:00Z', awareAt: '2026-03-02T15:00:00Z' },
    'tx-sml/regulator',
    '2026-04-01T15:00:00.000Z',
  ],
  [
    'Texas SML copy, when the other agency is notified',
    {
      entityTypes: ['texas_sml_licensee'],
      discoveredAt: '2026-03-01T12:00:00Z',
      regulatorNoticeSentAt: '2026-03-20T16:00:00Z',
    },
    'tx-sml/regulator/copy-of-agency-notice',
    '2026-03-20T16:00:00.000Z',
  ],
  [
    'Texas SML root cause analysis, 120 days',
    { entityTypes: ['texas_sml_licensee'], discoveredAt: '2026-03-01T12:00:00Z', awareAt: '2026-03-02T15:00:00Z' },
    'tx-sml/regulator/root-cause-analysis',
    '2026-06-30T15:00:00.000Z',
  ],
  // Rule 5010-1: "within two business days following the date ... discovered"; Fri 3 July 2026 is the observed
  // Independence Day, so Mon 6 and Tue 7 July; 5 p.m. Central (CDT, UTC-5).
  [
    'Arkansas FMLA, 2 business days',
    { entityTypes: ['arkansas_fmla_licensee'], dataTypes: ['ssn'], discoveredAt: '2026-07-02T14:00:00Z' },
    'ar-fmla/regulator',
    '2026-07-07T22:00:00.000Z',
  ],
  // 16 CFR 318.4(a): 60 calendar days; 318.5(c) before 2024: ten business days (Tue 4 June 2024 + 10: 18 June;
  // Juneteenth falls after), 5 p.m. New York (EDT)
  [
    'FTC HBNR individuals, 60 days',
    { entityTypes: ['phr_vendor'], dataTypes: ['health'], discoveredAt: '2026-01-10T15:00:00Z' },
    'ftc-hbnr/individuals',
    '2026-03-11T15:00:00.000Z',
  ],
  [
    'FTC HBNR, FTC for 500+ before the 2024 amendments',
    {
      entityTypes: ['phr_vendor'],
      dataTypes: ['health'],
      affected: { 'US-NY': 600 },
      discoveredAt: '2024-06-04T15:00:00Z',
    },
    'ftc-hbnr/regulator/500-or-more',
    '2024-06-18T21:00:00.000Z',
  ],
  [
    'FTC HBNR, FTC for 500+ contemporaneous with individuals',
    {
      entityTypes: ['phr_vendor'],
      dataTypes: ['health'],
      affected: { 'US-NY': 600 },
      discoveredAt: '2026-01-10T15:00:00Z',
    },
    'ftc-hbnr/regulator/500-or-more',
    '2026-03-11T15:00:00.000Z',
  ],
  [
    'FTC HBNR media, more than 500 in a State',
    {
      entityTypes: ['phr_vendor'],
      dataTypes: ['health'],
      affected: { 'US-NY': 501 },
      discoveredAt: '2026-01-10T15:00:00Z',
    },
    'ftc-hbnr/media/us-ny',
    '2026-03-11T15:00:00.000Z',
  ],
  // 16 CFR 318.5(b) "500 or more" (not read) against 42 U.S.C. 17932(e)(2) "more than 500" (read): the lower
  // threshold, so exactly 500 residents of a State bring the media notice in, 60 calendar days after discovery.
  [
    'FTC HBNR media, exactly 500 in a State (the lower of the rule and the statute)',
    {
      entityTypes: ['phr_vendor'],
      dataTypes: ['health'],
      affected: { 'US-NY': 500 },
      discoveredAt: '2026-01-10T15:00:00Z',
    },
    'ftc-hbnr/media/us-ny',
    '2026-03-11T15:00:00.000Z',
  ],
  // NAIC model § 6(A): 72 hours (South Carolina); Alabama 3 business days (Wed 4 Mar 2026 -> Mon 9 Mar, 17:00 CDT)
  [
    'South Carolina insurer domiciled there, 72 h',
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-SC'],
      discoveredAt: '2026-03-01T12:00:00Z',
      determinedAt: '2026-03-02T12:00:00Z',
    },
    'naic-sc/regulator',
    '2026-03-05T12:00:00.000Z',
  ],
  [
    'Alabama, 3 business days',
    { entityTypes: ['insurance_licensee'], domicile: ['US-AL'], discoveredAt: '2026-03-04T15:00:00Z' },
    'naic-al/regulator',
    '2026-03-09T22:00:00.000Z',
  ],
  // CPS 234 para 35: 72 hours after becoming aware
  [
    'APRA CPS 234, 72 h',
    { entityTypes: ['au_apra_regulated'], discoveredAt: '2026-03-01T12:00:00Z', awareAt: '2026-03-01T20:00:00Z' },
    'apra-cps234/regulator',
    '2026-03-04T20:00:00.000Z',
  ],
  // CRA Art 14(2)(a), (b): 24 h and 72 h, from 2026-09-11
  [
    'CRA early warning, 24 h',
    { entityTypes: ['eu_cra_manufacturer'], discoveredAt: '2026-09-11T08:00:00Z' },
    'eu-cra/regulator/vulnerability-early-warning',
    '2026-09-12T08:00:00.000Z',
  ],
  [
    'CRA vulnerability notification, 72 h',
    { entityTypes: ['eu_cra_manufacturer'], discoveredAt: '2026-09-11T08:00:00Z' },
    'eu-cra/regulator/vulnerability-notification',
    '2026-09-14T08:00:00.000Z',
  ],
  [
    'CRA severe incident final report, one month after the 72 h notification',
    { entityTypes: ['eu_cra_manufacturer'], discoveredAt: '2026-09-11T08:00:00Z' },
    'eu-cra/regulator/incident-final-report',
    '2026-10-14T08:00:00.000Z',
  ],
  // H&S 1280.15(b): 15 business days (Mon 2 Mar 2026 -> Mon 23 Mar, 17:00 PDT)
  [
    'California H&S 1280.15, 15 business days',
    {
      entityTypes: ['ca_health_facility'],
      dataTypes: ['health'],
      affected: { 'US-CA': 1 },
      discoveredAt: '2026-03-02T18:00:00Z',
    },
    'ca-hsc-1280/regulator',
    '2026-03-24T00:00:00.000Z',
  ],
  [
    'Japan APPI final report, 30 days',
    { affected: { JP: 1500 }, discoveredAt: '2026-03-01T12:00:00Z' },
    'jp-appi/regulator/final',
    '2026-03-31T12:00:00.000Z',
  ],
  [
    'Korea PIPA data subjects, 72 h',
    { affected: { KR: 3 }, discoveredAt: '2026-03-01T12:00:00Z' },
    'kr-pipa/individuals',
    '2026-03-04T12:00:00.000Z',
  ],
  [
    'UK PECR, 24 h',
    { entityTypes: ['uk_pecr_provider'], affected: { GB: 3 }, discoveredAt: '2026-03-01T12:00:00Z' },
    'uk-pecr/regulator',
    '2026-03-02T12:00:00.000Z',
  ],
  [
    'UK NIS operator of essential services, 72 h',
    { entityTypes: ['uk_nis_oes'], discoveredAt: '2026-03-01T12:00:00Z' },
    'uk-nis/regulator/oes',
    '2026-03-04T12:00:00.000Z',
  ],
  [
    'GLBA guidance, customers as soon as possible',
    { entityTypes: ['us_bank'], dataTypes: ['address', 'financial_account'], discoveredAt: '2026-03-01T12:00:00Z' },
    'glba-guidance/individuals',
    null,
  ],
  [
    'Quebec Law 25, promptly',
    { affected: { CA: 3 }, discoveredAt: '2026-03-01T12:00:00Z' },
    'qc-law25/regulator',
    null,
  ],
];

describe('second-pass regimes, from the words of their law', () => {
  test.each(rows)('%s', (_name, input, id, dueAt) => {
    const obligation = find(input, id);
    expect(obligation).toBeDefined();
    expect(obligation?.dueAt).toBe(dueAt);
    expect(obligation?.citation).not.toBe('');
  });
});

type Listed = [string, FactsInput, string, boolean];

const listed: Listed[] = [
  [
    'Reg S-P, larger entity, aware 2025-12-02',
    { entityTypes: ['sec_reg_sp_institution'], discoveredAt: '2025-12-02T12:00:00Z' },
    'reg-sp/individuals',
    false,
  ],
  [
    'Reg S-P, larger entity, aware 2025-12-03',
    { entityTypes: ['sec_reg_sp_institution'], discoveredAt: '2025-12-03T12:00:00Z' },
    'reg-sp/individuals',
    true,
  ],
  [
    'Reg S-P, smaller entity, aware 2026-06-02',
    { entityTypes: ['sec_reg_sp_institution', 'sec_reg_sp_smaller_entity'], discoveredAt: '2026-06-02T12:00:00Z' },
    'reg-sp/individuals',
    false,
  ],
  [
    'Reg S-P, smaller entity, aware 2026-06-03',
    { entityTypes: ['sec_reg_sp_institution', 'sec_reg_sp_smaller_entity'], discoveredAt: '2026-06-03T12:00:00Z' },
    'reg-sp/individuals',
    true,
  ],
  [
    'Reg S-P, no substantial harm determined',
    {
      entityTypes: ['sec_reg_sp_institution'],
      discoveredAt: '2026-03-03T12:00:00Z',
      judgments: { regSpSubstantialHarmRisk: false },
    },
    'reg-sp/individuals',
    false,
  ],
  [
    'Texas SML before 2024-11-23',
    { entityTypes: ['texas_sml_licensee'], discoveredAt: '2024-11-22T12:00:00Z' },
    'tx-sml/regulator',
    false,
  ],
  [
    'Texas SML copy needs a notice to another agency',
    { entityTypes: ['texas_sml_licensee'], discoveredAt: '2026-03-01T12:00:00Z' },
    'tx-sml/regulator/copy-of-agency-notice',
    false,
  ],
  [
    "a maintainer clause needs the state's own data definition",
    {
      affected: { 'US-FL': 3 },
      dataTypes: ['name', 'email'],
      entityTypes: ['data_maintainer'],
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'us-fl/data_owner',
    false,
  ],
  [
    "a maintainer clause is not the owner's: no data_maintainer, no notice",
    { ...TX, affected: { 'US-FL': 3 }, discoveredAt: '2026-03-01T12:00:00Z' },
    'us-fl/data_owner',
    false,
  ],
  [
    "a maintainer clause ignores the owner's harm judgment",
    {
      ...TX,
      affected: { 'US-FL': 3 },
      entityTypes: ['data_maintainer'],
      judgments: { riskOfHarm: false },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'us-fl/data_owner',
    true,
  ],
  [
    'Oregon vendor AG notice, 250 residents',
    { ...TX, affected: { 'US-OR': 250 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-or/regulator/vendor',
    false,
  ],
  [
    'Oregon vendor AG notice, 251 residents',
    { ...TX, affected: { 'US-OR': 251 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
    'us-or/regulator/vendor',
    true,
  ],
  // NAIC § 6(A)(1) domicile, (2) 250 residents with a reportable event
  [
    'NAIC: another state is the domicile, 249 SC residents',
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-OH'],
      dataTypes: ['name', 'ssn'],
      affected: { 'US-SC': 249 },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'naic-sc/regulator',
    false,
  ],
  [
    'NAIC: another state is the domicile, 250 SC residents',
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-OH'],
      dataTypes: ['name', 'ssn'],
      affected: { 'US-SC': 250 },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'naic-sc/regulator',
    true,
  ],
  [
    'NAIC: 250 residents but no reportable event',
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-OH'],
      dataTypes: ['name', 'ssn'],
      affected: { 'US-SC': 250 },
      judgments: { insuranceEventReportable: false },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'naic-sc/regulator',
    false,
  ],
  [
    'NAIC: an email address identifies the consumer',
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-OH'],
      dataTypes: ['email', 'ssn'],
      affected: { 'US-SC': 250 },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'naic-sc/regulator',
    true,
  ],
  [
    'NAIC: domicile state with no residents affected',
    {
      entityTypes: ['insurance_licensee'],
      domicile: ['US-SC'],
      affected: { 'US-NC': 3 },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'naic-sc/regulator',
    true,
  ],
  [
    'NAIC: domicile not recorded is listed as a condition',
    { entityTypes: ['insurance_licensee'], affected: { 'US-NC': 3 }, discoveredAt: '2026-03-01T12:00:00Z' },
    'naic-sc/regulator',
    true,
  ],
  [
    "NAIC: before South Carolina's act",
    { entityTypes: ['insurance_licensee'], domicile: ['US-SC'], discoveredAt: '2018-12-31T12:00:00Z' },
    'naic-sc/regulator',
    false,
  ],
  // GLBA Supplement A: name, address or telephone number with an account number
  [
    'GLBA: telephone number with an account number',
    { entityTypes: ['us_bank'], dataTypes: ['phone', 'financial_account'], discoveredAt: '2026-03-01T12:00:00Z' },
    'glba-guidance/regulator',
    true,
  ],
  [
    'GLBA: an e-mail address is not one of its identifiers',
    { entityTypes: ['us_bank'], dataTypes: ['email', 'financial_account'], discoveredAt: '2026-03-01T12:00:00Z' },
    'glba-guidance/regulator',
    false,
  ],
  [
    'GLBA: law enforcement only for an urgent federal crime',
    {
      entityTypes: ['us_bank'],
      dataTypes: ['name', 'ssn'],
      judgments: { glbaUrgentCriminalViolation: false },
      discoveredAt: '2026-03-01T12:00:00Z',
    },
    'glba-guidance/law_enforcement',
    false,
  ],
  [
    'CRA not before 2026-09-11',
    { entityTypes: ['eu_cra_manufacturer'], discoveredAt: '2026-09-10T08:00:00Z' },
    'eu-cra/regulator/vulnerability-early-warning',
    false,
  ],
  [
    'FCC CPNI: location data reaches law enforcement',
    { entityTypes: ['us_telecom_carrier'], dataTypes: ['precise_geolocation'], discoveredAt: '2026-03-01T12:00:00Z' },
    'fcc-cpni/law_enforcement',
    true,
  ],
  [
    'Japan: 1,000 people and no reportable category',
    { affected: { JP: 1000 }, judgments: { appiReportableCategory: false }, discoveredAt: '2026-03-01T12:00:00Z' },
    'jp-appi/regulator/final',
    false,
  ],
  [
    'Japan: 1,001 people',
    { affected: { JP: 1001 }, judgments: { appiReportableCategory: false }, discoveredAt: '2026-03-01T12:00:00Z' },
    'jp-appi/regulator/final',
    true,
  ],
  [
    'Korea: 999 people, no sensitive data or external access',
    { affected: { KR: 999 }, judgments: { krSensitiveOrExternalAccess: false }, discoveredAt: '2026-03-01T12:00:00Z' },
    'kr-pipa/regulator',
    false,
  ],
  [
    'Korea: 1,000 people',
    { affected: { KR: 1000 }, judgments: { krSensitiveOrExternalAccess: false }, discoveredAt: '2026-03-01T12:00:00Z' },
    'kr-pipa/regulator',
    true,
  ],
];

describe('reach, thresholds and versions of the second-pass regimes', () => {
  test.each(listed)('%s', (_name, input, id, expected) => {
    expect(find(input, id) !== undefined).toBe(expected);
  });

  test('an unrecorded domicile is shown as the open condition', () => {
    const sc = find(
      { entityTypes: ['insurance_licensee'], affected: { 'US-NC': 3 }, discoveredAt: '2026-03-01T12:00:00Z' },
      'naic-sc/regulator',
    );
    expect(sc?.notes.find((n) => n.startsWith('Only if any of'))).toMatch(/US-SC is the licensee's state of domicile/);
  });

  test('the Australian NDB notice asks for an APP entity until the type is recorded', () => {
    const base: FactsInput = {
      affected: { AU: 3 },
      discoveredAt: '2026-03-06T10:00:00Z',
      judgments: { likelySeriousHarm: true },
    };
    expect(find(base, 'au-ndb/regulator')?.notes.some((n) => n.includes('APP entity') && n.startsWith('Only if'))).toBe(
      true,
    );
    expect(
      find({ ...base, entityTypes: ['au_app_entity'] }, 'au-ndb/regulator')?.notes.some((n) => n.startsWith('Only if')),
    ).toBe(false);
  });

  test("a service provider's obligation says whom it tells and why", () => {
    const fl = find(
      { ...TX, affected: { 'US-FL': 3 }, entityTypes: ['data_maintainer'], discoveredAt: '2026-03-01T12:00:00Z' },
      'us-fl/data_owner',
    );
    expect(fl?.recipient).toBe('data_owner');
    expect(fl?.recipientName).toMatch(/covered entity/);
    expect(fl?.deadline).toMatch(/10 days following the determination/);
    expect(fl?.citation).toBe('Fla. Stat. § 501.171(6)(a)');
  });
});
