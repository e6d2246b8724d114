import { CATALOG } from '../../src/domain/regulations/catalog';

/**
 * Issue 13, class 6: every change in the law the catalog knows of is a version boundary of the rules it changed,
 * on the date it took effect. The table is the list of amendments read (statute, enrolled bill or secondary source
 * named in each rule's verification); a missing version fails here.
 */
const LAW_CHANGES: Array<[ruleId: string, inForceFrom: string, what: string]> = [
  [
    'fannie-mae/counterparty',
    '2024-09-04',
    'Selling Guide A3-2-01 (09/04/2024): Privacy Office within 72 hours, 10 or more borrowers',
  ],
  ['fannie-mae/counterparty', '2025-08-12', 'Information Security and Business Resiliency Supplement: 36 hours'],
  ['us-md/individuals', '2018-01-01', 'HB 974 (2017): 45 days after the investigation'],
  ['us-md/individuals', '2022-10-01', 'HB 962 (2022): 45 days after discovery'],
  ['us-ny/individuals', '2019-10-23', 'SHIELD Act: inadvertent-disclosure exception'],
  ['us-ny/individuals', '2024-12-21', 'S2659B: 30 days'],
  ['us-ny/individuals', '2025-03-21', 'S2376B: medical and health-insurance information'],
  ['us-ny/regulator/no-harm-determination', '2019-10-23', 'SHIELD Act § 899-aa(2)(a)'],
  ['us-ny/regulator/hhs-notice-copy', '2019-10-23', 'SHIELD Act § 899-aa(9)'],
  ['us-il/regulator/hhs-notice-copy', '2017-01-01', 'P.A. 99-503: 815 ILCS 530/50'],
  ['us-il/regulator', '2020-01-01', 'SB 1624: AG notice over 500'],
  ['us-ca/individuals', '2026-01-01', 'SB 446: 30 days'],
  ['us-ct/individuals', '2021-10-01', 'PA 21-59: 60 days'],
  ['us-tx/regulator', '2023-09-01', 'SB 768: 30 days'],
  ['us-wa/individuals', '2020-03-01', 'HB 1071: 30 days'],
  ['us-pa/regulator', '2024-09-26', 'Act 33 of 2024'],
  ['us-ok/regulator', '2026-01-01', 'SB 626'],
  ['us-dc/regulator', '2020-06-08', 'D.C. Law 23-98'],
];

describe('known changes in the law are versions of the catalog', () => {
  test.each(LAW_CHANGES)('%s from %s (%s)', (ruleId, date) => {
    const rule = CATALOG.find((r) => r.id === ruleId);
    expect(rule?.versions.map((v) => v.inForceFrom)).toContain(date);
  });
});

describe("every rule's versions follow one another without a gap", () => {
  test.each(CATALOG.filter((r) => r.versions.length > 1).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const versions = [...rule.versions].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
    versions.forEach((v, i) => {
      const next = versions[i + 1];
      // A version that ends before the next begins would leave breaches in between under no rule.
      if (v.inForceUntil && next) expect(v.inForceUntil >= next.inForceFrom).toBe(true);
    });
  });
});
