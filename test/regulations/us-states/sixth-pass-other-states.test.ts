import { CATALOG } from '../../../src/domain/regulations/catalog';
import type { FactsInput } from '../../../src/domain/regulations/facts';
import { find } from '../regime-fixtures';
import { readingBreach as breach } from './state-facts';

/**
 * Issue 13, sixth verification pass over the states no other pass owns: each rule read in the statute's own words
 * (the Justia mirrors kept in GitHub saint1415/us-statutes, the Illinois General Assembly's public acts). Each test
 * names the words it follows; the ones marked "fixed" failed before this pass.
 */

const confidence = (id: string): string | undefined => CATALOG.find((r) => r.id === id)?.verification.confidence;
const vendor = (code: string, overrides: Partial<FactsInput> = {}): FactsInput =>
  breach({ [`US-${code.toUpperCase()}`]: 3 }, { entityTypes: ['data_maintainer'], ...overrides });

describe('maintainer clauses read in the text: no period written, so no due instant is invented', () => {
  const rows: [string, RegExp, RegExp][] = [
    ['wa', /19\.255\.010\(2\)/, /immediately following discovery/],
    ['sc', /39-1-90\(B\)/, /immediately following discovery/],
    ['ct', /36a-701b\(c\)/, /immediately following its discovery/],
    ['id', /28-51-105\(2\)/, /immediately following discovery/],
    ['ia', /715C\.2\(2\)/, /immediately following discovery/],
    ['mo', /407\.1500\.2\(2\)/, /immediately following discovery/],
    ['il', /530\/10\(b\)/, /immediately following discovery/],
    ['va', /18\.2-186\.6\(D\)/, /without unreasonable delay following discovery/],
    ['mi', /445\.72\(2\)/, /read as immediately/],
    ['hi', /487N-2\(b\)/, /immediately following discovery/],
  ];
  it.each(rows)('%s: cites %s and says %s', (code, citation, words) => {
    const o = find(vendor(code), `us-${code}/data_owner`);
    expect(confidence(`us-${code}/data_owner`)).toBe('V');
    expect(o?.citation).toMatch(citation);
    expect(o?.deadline).toMatch(words);
    expect(o?.dueAt ?? null).toBeNull();
  });
});

describe('Nebraska, Neb. Rev. Stat. § 87-803 read in the Justia mirror', () => {
  it('fixed: the maintainer clause is (3) since LB 835 put the Attorney General in (2)', () => {
    const o = find(vendor('ne'), 'us-ne/data_owner');
    expect(o?.citation).toMatch(/87-803\(3\)/);
    expect(o?.deadline).toMatch(/when it becomes aware of a breach/);
  });
});

describe('Idaho, Idaho Code § 28-51-105(1) read in the Justia mirror', () => {
  it('residents "in the most expedient time possible and without unreasonable delay"; no AG notice for a business', () => {
    const o = find(breach({ 'US-ID': 3 }), 'us-id/individuals');
    expect(confidence('us-id/individuals')).toBe('V');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/most expedient time possible/);
    expect(find(breach({ 'US-ID': 3 }, { judgments: { riskOfHarm: false } }), 'us-id/individuals')).toBeUndefined();
  });
});

describe('Louisiana, LAC 16:III.701 as the Attorney General publishes it', () => {
  it('B.: the AG notice is timely "if received within 10 days of distribution of notice to Louisiana citizens"', () => {
    const sent = '2026-03-10T15:00:00Z';
    const o = find(breach({ 'US-LA': 3 }, { individualNoticeSentAt: sent }), 'us-la/regulator');
    expect(confidence('us-la/regulator')).toBe('V');
    expect(o?.citation).toMatch(/LAC 16:III\.701/);
    // 10 days after the residents' notice went out: 20 March, 10:00 CDT, inside the tenth day in Baton Rouge.
    expect(o?.dueAt).toBe('2026-03-20T15:00:00.000Z');
  });
});

describe('Rhode Island, R.I. Gen. Laws § 11-49.3-4(a)(2) as enacted (effective 2016-07-02)', () => {
  it('"more than five hundred (500) Rhode Island residents": the attorney general and the bureaus are told', () => {
    for (const id of ['us-ri/regulator', 'us-ri/credit_bureaus']) {
      expect(confidence(id)).toBe('V');
      expect(find(breach({ 'US-RI': 501 }), id)).toBeDefined();
      expect(find(breach({ 'US-RI': 500 }), id)).toBeUndefined();
    }
  });
});

describe('Wyoming, Wyo. Stat. § 40-12-502', () => {
  it('(a) read in the text: residents "in the most expedient time possible and without unreasonable delay"', () => {
    const o = find(breach({ 'US-WY': 3 }), 'us-wy/individuals');
    expect(confidence('us-wy/individuals')).toBe('V');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/most expedient time possible/);
  });

  it('fixed: (g) the maintainer tells the owner "as soon as practicable following the determination", no period', () => {
    const o = find(vendor('wy'), 'us-wy/data_owner');
    expect(o?.deadline).toMatch(/as soon as practicable following the determination/);
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.notes.join(' ')).toMatch(/only one notice/);
  });
});

describe('Georgia, O.C.G.A. § 10-1-912(d)', () => {
  const broker = (n: number): FactsInput =>
    breach({ 'US-GA': n }, { judgments: { riskOfHarm: true, informationBroker: true } });

  it('"more than 10,000 residents of this state at one time": the bureaus "without unreasonable delay"', () => {
    expect(confidence('us-ga/credit_bureaus')).toBe('V');
    const o = find(broker(10001), 'us-ga/credit_bureaus');
    expect(o?.deadline).toMatch(/without unreasonable delay/);
    expect(o?.dueAt ?? null).toBeNull();
    expect(find(broker(10000), 'us-ga/credit_bureaus')).toBeUndefined();
  });
});

describe('Pennsylvania, 73 P.S. §§ 2303(a) and 2305 as FindLaw publishes them', () => {
  const after = '2026-03-04T15:00:00Z';

  it('fixed: § 2305 "more than 500 persons at one time": 500 Pennsylvanians do not call for the bureaus, 501 do', () => {
    expect(confidence('us-pa/credit_bureaus')).toBe('V');
    expect(find(breach({ 'US-PA': 500 }, { discoveredAt: after }), 'us-pa/credit_bureaus')).toBeUndefined();
    const o = find(breach({ 'US-PA': 501 }, { discoveredAt: after }), 'us-pa/credit_bureaus');
    expect(o?.deadline).toMatch(/without unreasonable delay/);
    expect(o?.dueAt ?? null).toBeNull();
  });

  it('§ 2303(a): residents "without unreasonable delay", no fixed period', () => {
    expect(confidence('us-pa/individuals')).toBe('V');
    const o = find(breach({ 'US-PA': 3 }), 'us-pa/individuals');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/without unreasonable delay/);
  });
});

describe('Mississippi, Miss. Code § 75-24-29 in quotations of the current text', () => {
  it('(3): residents "without unreasonable delay"; no notice when no harm is likely', () => {
    expect(confidence('us-ms/individuals')).toBe('V');
    const o = find(breach({ 'US-MS': 3 }), 'us-ms/individuals');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/without unreasonable delay/);
    expect(find(breach({ 'US-MS': 3 }, { judgments: { riskOfHarm: false } }), 'us-ms/individuals')).toBeUndefined();
  });

  it('(4): the maintainer tells the owner "as soon as practicable following" discovery', () => {
    expect(confidence('us-ms/data_owner')).toBe('V');
    const o = find(vendor('ms'), 'us-ms/data_owner');
    expect(o?.deadline).toMatch(/as soon as practicable following discovery/);
    expect(o?.dueAt ?? null).toBeNull();
  });
});
