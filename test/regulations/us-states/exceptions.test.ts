import { US_JURISDICTIONS } from '../../../src/domain/regulations/jurisdictions';
import { obligation, plusDays, stateFacts, stateObligations } from './state-facts';

/**
 * Issue 13, class 1: an exception drops only the notices its statute excuses, and lists the notices the exception
 * itself requires. Each jurisdiction's expected list is read from its statute: a regulator or bureau notice owed
 * "if notice is required / provided to more than N residents" falls with the resident notice; one owed for "any
 * breach affecting N residents" does not (Florida § 501.171(3), South Dakota § 22-40-20).
 */

/** Every notice still owed when the organisation takes each state's no-harm exception (100,000 residents). */
const EXCUSED: Record<string, string[]> = {
  'US-AK': ['regulator/no-harm-determination'], // AS 45.48.010(c): written notice to the AG
  'US-CA': ['individuals', 'regulator'], // no harm threshold
  'US-FL': ['regulator', 'regulator/no-harm-determination'], // § 501.171(3) Department notice; (4)(c) determination within 30 days
  'US-GA': ['credit_bureaus', 'individuals'], // no harm threshold (information brokers)
  'US-IL': ['individuals', 'regulator'],
  'US-MA': ['credit_bureaus', 'individuals', 'regulator'], // acquisition by an unauthorised person suffices (c. 93H § 3)
  'US-MN': ['credit_bureaus', 'individuals'],
  'US-NV': ['credit_bureaus', 'individuals'],
  'US-NY': ['regulator/no-harm-determination'], // § 899-aa(2)(a): to the AG within 10 days when over 500
  'US-ND': ['individuals', 'regulator'],
  'US-SD': ['regulator', 'regulator/no-harm-determination'], // § 22-40-20: AG over 250; notice to the AG before the determination
  'US-TN': ['credit_bureaus', 'individuals'],
  'US-TX': ['credit_bureaus', 'individuals', 'regulator'],
  'US-VT': ['regulator/no-harm-determination'], // § 2435(d)(1): the determination replaces the (b) notices
  'US-DC': ['regulator/no-harm-consultation'], // § 28-3851(1) (D.C. Law 23-98): consultation with the OAG
  'US-PR': ['individuals', 'regulator'],
  'US-VI': ['individuals'],
};

const lower = (code: string) => code.slice(3).toLowerCase();
const ids = (code: string, judgments: Record<string, boolean>) =>
  stateObligations(stateFacts(code, { affected: { [code]: 100_000 }, judgments }))
    .map((o) => o.id.slice(`us-${lower(code)}/`.length))
    .sort();

describe('what a no-harm exception drops and creates, in every jurisdiction', () => {
  const excused = { riskOfHarm: false, inadvertentDisclosureNoHarm: true, informationBroker: true };
  const notExcused = {
    riskOfHarm: true,
    inadvertentDisclosureNoHarm: false,
    informationBroker: true,
    relyingOnNoHarmException: false,
  };

  test.each([...US_JURISDICTIONS])('%s', (code) => {
    expect(ids(code, excused)).toEqual(EXCUSED[code] ?? []);
    const owed = ids(code, notExcused);
    expect(owed).toContain('individuals');
    expect(owed.filter((id) => /no-harm/.test(id))).toEqual([]);
  });

  it('an undecided exception lists the determination with its condition, beside the notices it would excuse', () => {
    const o = obligation(stateFacts('US-FL', { judgments: {} }), 'us-fl/regulator/no-harm-determination');
    expect(o?.notes.some((n) => n.includes('"riskOfHarm"') && n.includes('recorded as false'))).toBe(true);
    expect(obligation(stateFacts('US-FL', { judgments: {} }), 'us-fl/individuals')).toBeDefined();
  });
});

describe("the issue's examples", () => {
  const DETERMINED = '2026-03-10T15:00:00.000Z';

  it('Florida: riskOfHarm=false keeps the Department notice at 500 Floridians and adds the determination, due in 30 days', () => {
    const facts = (n: number) =>
      stateFacts('US-FL', {
        affected: { 'US-FL': n },
        judgments: { riskOfHarm: false },
        noHarmDeterminedAt: DETERMINED,
      });
    expect(obligation(facts(500), 'us-fl/individuals')).toBeUndefined();
    expect(obligation(facts(500), 'us-fl/credit_bureaus')).toBeUndefined();
    expect(obligation(facts(500), 'us-fl/regulator')?.dueAt).toBe(plusDays('2026-03-02T14:00:00Z', 30));
    expect(obligation(facts(499), 'us-fl/regulator')).toBeUndefined();
    const determination = obligation(facts(1), 'us-fl/regulator/no-harm-determination');
    expect(determination?.dueAt).toBe(plusDays(DETERMINED, 30));
    expect(determination?.trigger).toEqual({ name: 'noHarmDeterminedAt', at: DETERMINED, fallback: false });
  });

  it('New York: an inadvertent disclosure determined harmless goes to the AG within 10 days when over 500 New Yorkers', () => {
    const facts = (n: number) =>
      stateFacts('US-NY', {
        affected: { 'US-NY': n },
        judgments: { inadvertentDisclosureNoHarm: true },
        noHarmDeterminedAt: DETERMINED,
      });
    expect(obligation(facts(500), 'us-ny/regulator/no-harm-determination')).toBeUndefined();
    expect(obligation(facts(501), 'us-ny/regulator/no-harm-determination')?.dueAt).toBe(plusDays(DETERMINED, 10));
    expect(obligation(facts(501), 'us-ny/individuals')).toBeUndefined();
    // A general no-harm judgment excuses nothing in New York.
    expect(obligation(stateFacts('US-NY', { judgments: { riskOfHarm: false } }), 'us-ny/individuals')).toBeDefined();
  });

  it('New York: the exception exists only since the SHIELD Act (2019-10-23)', () => {
    const facts = (day: string) =>
      stateFacts('US-NY', {
        discoveredAt: `${day}T16:00:00Z`,
        affected: { 'US-NY': 501 },
        judgments: { inadvertentDisclosureNoHarm: true },
      });
    expect(obligation(facts('2019-10-22'), 'us-ny/individuals')).toBeDefined();
    expect(obligation(facts('2019-10-22'), 'us-ny/regulator/no-harm-determination')).toBeUndefined();
    expect(obligation(facts('2019-10-23'), 'us-ny/individuals')).toBeUndefined();
  });

  it('South Dakota: the AG hears of the determination before it is relied on, and of a breach over 250 either way', () => {
    const facts = stateFacts('US-SD', { affected: { 'US-SD': 251 }, judgments: { riskOfHarm: false } });
    expect(obligation(facts, 'us-sd/individuals')).toBeUndefined();
    expect(obligation(facts, 'us-sd/regulator')).toBeDefined();
    expect(obligation(facts, 'us-sd/regulator/no-harm-determination')?.dueAt).toBe(
      plusDays('2026-03-02T14:00:00Z', 60),
    );
  });

  it('Vermont: the determination goes to the AG no later than the 14-business-day preliminary notice would', () => {
    const o = obligation(
      stateFacts('US-VT', { judgments: { riskOfHarm: false } }),
      'us-vt/regulator/no-harm-determination',
    );
    expect(o?.dueAt).toBe('2026-03-23T20:30:00.000Z'); // Town Meeting Day (3 March) skipped
  });
});
