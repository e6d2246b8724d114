import { CATALOG } from '../../src/domain/regulations/catalog';
import { deadlineAnchors } from '../../src/domain/regulations/rule';
import { find } from './regime-fixtures';

/**
 * Issue 13, class 4: notices a state law ties to another regime's notice. Found by reading each jurisdiction's
 * statute for a duty triggered by a notice to a federal body: N.Y. Gen. Bus. Law § 899-aa(9) and 815 ILCS 530/50
 * (both: within 5 business days of notifying the Secretary of HHS, whichever HIPAA notice that is); and Georgia's
 * banking rules, Ga. Comp. R. & Regs. r. 80-1-3-.03 and -.04 (a duplicate of the federal notice, simultaneously).
 */
const CROSS_REFERENCES: Record<string, string> = {
  'us-ny/regulator/hhs-notice-copy': 'hipaa/regulator/500-or-more',
  'us-ny/regulator/hhs-annual-log-copy': 'hipaa/regulator/annual-log',
  'us-il/regulator/hhs-notice-copy': 'hipaa/regulator/500-or-more',
  'us-il/regulator/hhs-annual-log-copy': 'hipaa/regulator/annual-log',
  'ga-dbf/regulator/computer-security-incident': 'bank-36h/regulator',
  'ga-dbf/regulator/customer-information': 'glba-guidance/regulator',
};

describe("notices counted from another regime's notice", () => {
  it('are exactly the cross-references read in the statutes', () => {
    const regimeOf = new Map(CATALOG.map((r) => [r.id, r.regime]));
    const found = Object.fromEntries(
      CATALOG.flatMap((rule) =>
        rule.versions.flatMap((v) =>
          deadlineAnchors(v.deadline)
            .filter((a) => regimeOf.get(a) !== rule.regime)
            .map((a) => [rule.id, a] as const),
        ),
      ),
    );
    expect(found).toEqual(CROSS_REFERENCES);
  });

  const CE = {
    entityTypes: ['hipaa_covered_entity' as const],
    dataTypes: ['health' as const],
    judgments: { hipaaBreach: true },
  };

  test.each([
    // HHS told on Wednesday 7 October 2026. Columbus Day (12 October) is a holiday in both states (N.Y. Gen. Constr.
    // Law § 24; 205 ILCS 630/17 and 80 Ill. Adm. Code 303.190): 8, 9, 13, 14, 15 October; 17:00 local.
    ['us-ny/regulator/hhs-notice-copy', 'US-NY', '2026-10-15T21:00:00.000Z'],
    ['us-il/regulator/hhs-notice-copy', 'US-IL', '2026-10-15T22:00:00.000Z'],
  ] as const)('%s: five business days after the HHS notice', (id, state, due) => {
    const o = find(
      {
        ...CE,
        discoveredAt: '2026-09-01T12:00:00Z',
        affected: { [state]: 600 },
        hhsNoticeSentAt: '2026-10-07T15:00:00Z',
      },
      id,
    );
    expect(o?.dueAt).toBe(due);
    expect(o?.trigger.name).toBe('hhsNoticeSentAt');
  });

  it("New York, the issue's example: a covered entity that files its annual log with HHS copies the AG 5 business days later", () => {
    // Fewer than 500 affected: HHS's log is due 60 days after the end of 2026, read at its earliest (midnight UTC,
    // 19:00 EST on Monday 1 March 2027; hipaa.ts). Until the filing is recorded the AG copy is counted from then:
    // 2, 3, 4, 5, 8 March 2027, 17:00 EST.
    const o = find(
      { ...CE, discoveredAt: '2026-05-01T12:00:00Z', affected: { 'US-NY': 40 } },
      'us-ny/regulator/hhs-annual-log-copy',
    );
    expect(o?.dueAt).toBe('2027-03-08T22:00:00.000Z');
    expect(o?.deadline).toMatch(
      /until hhsNoticeSentAt is recorded, counted from the hipaa\/regulator\/annual-log deadline/,
    );
    expect(
      find(
        { ...CE, discoveredAt: '2026-05-01T12:00:00Z', affected: { 'US-NY': 40 } },
        'us-ny/regulator/hhs-notice-copy',
      ),
    ).toBeUndefined();
  });

  it("reaches only covered entities with residents of the state, from the law's start", () => {
    const base = { ...CE, discoveredAt: '2026-05-01T12:00:00Z', affected: { 'US-NY': 600 } };
    expect(find(base, 'us-ny/regulator/hhs-notice-copy')).toBeDefined();
    expect(find({ ...base, entityTypes: [] }, 'us-ny/regulator/hhs-notice-copy')).toBeUndefined();
    expect(find({ ...base, affected: { 'US-NJ': 600 } }, 'us-ny/regulator/hhs-notice-copy')).toBeUndefined();
    expect(find({ ...base, judgments: { hipaaBreach: false } }, 'us-ny/regulator/hhs-notice-copy')).toBeUndefined();
    // § 899-aa(9) came with the SHIELD Act (2019-10-23); § 530/50 with P.A. 99-503 (2017-01-01).
    expect(find({ ...base, discoveredAt: '2019-10-22T16:00:00Z' }, 'us-ny/regulator/hhs-notice-copy')).toBeUndefined();
    expect(find({ ...base, discoveredAt: '2019-10-23T16:00:00Z' }, 'us-ny/regulator/hhs-notice-copy')).toBeDefined();
    expect(
      find(
        { ...base, affected: { 'US-IL': 600 }, discoveredAt: '2016-12-31T16:00:00Z' },
        'us-il/regulator/hhs-notice-copy',
      ),
    ).toBeUndefined();
  });
});
