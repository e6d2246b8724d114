import type { FactsInput } from '../../../src/domain/regulations/facts';
import { find } from '../regime-fixtures';
import { readingBreach as breach, READING_DISCOVERED as DISCOVERED, plusDays } from './state-facts';

/**
 * Issue 13, fifth verification pass: rules read in code copies found outside the lawserver.com scrape (Arkansas in
 * getpocketlaw.com's copy of § 4-110-105, Kentucky in proteuscyber.com's reproduction of KRS § 365.732). Each test
 * names the words it follows.
 */

describe('Arkansas, Ark. Code § 4-110-105 read in a code copy', () => {
  const harmDeterminedAt = '2026-03-06T15:00:00Z';

  it('(b)(2) is where the Attorney General\'s notice is: the obligation cites it, not "(d)"', () => {
    const o = find(breach({ 'US-AR': 1001 }, { harmDeterminedAt }), 'us-ar/regulator');
    expect(o?.citation).toMatch(/4-110-105\(b\)\(2\)/);
    expect(o?.dueAt).toBe(plusDays(harmDeterminedAt, 45));
  });

  it('(b)(2) "more than one thousand (1,000) individuals": people outside Arkansas count too (the broader reading)', () => {
    const mixed = breach({ 'US-AR': 5, 'US-TX': 996 }, { harmDeterminedAt });
    expect(find(mixed, 'us-ar/regulator')).toBeDefined();
    expect(find(breach({ 'US-AR': 5, 'US-TX': 995 }, { harmDeterminedAt }), 'us-ar/regulator')).toBeUndefined();
  });

  it('(b)(2) "at the same time the security breach is disclosed to an affected individual", when that is first', () => {
    const sent = '2026-03-10T12:00:00Z';
    const o = find(breach({ 'US-AR': 1001 }, { harmDeterminedAt, individualNoticeSentAt: sent }), 'us-ar/regulator');
    expect(o?.dueAt).toBe(new Date(sent).toISOString());
  });

  it('(a)(2) residents: "in the most expedient time and manner possible and without unreasonable delay", no fixed period', () => {
    const o = find(breach({ 'US-AR': 3 }), 'us-ar/individuals');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/most expedient time and manner possible/);
  });

  it('(b)(1) the maintainer: "immediately following discovery", told that (b)(2) names it for the AG notice', () => {
    const o = find(breach({ 'US-AR': 3 }, { entityTypes: ['data_maintainer'] }), 'us-ar/data_owner');
    expect(o?.citation).toMatch(/4-110-105\(b\)\(1\)/);
    expect(o?.deadline).toMatch(/immediately/);
    expect(o?.notes.join(' ')).toMatch(/subdivision \(b\)\(1\)/);
  });
});

describe('Kentucky, KRS § 365.732 read in a reproduction', () => {
  it('(2): residents "in the most expedient time possible and without unreasonable delay", no fixed period', () => {
    const o = find(breach({ 'US-KY': 3 }), 'us-ky/individuals');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/most expedient time possible and without unreasonable delay/);
  });

  it("(1)(c): a name with a driver's licence number is notifiable; (1)(a): no notice without identity theft or fraud", () => {
    expect(find(breach({ 'US-KY': 3 }, { dataTypes: ['name', 'drivers_license'] }), 'us-ky/individuals')).toBeDefined();
    expect(find(breach({ 'US-KY': 3 }, { judgments: { riskOfHarm: false } }), 'us-ky/individuals')).toBeUndefined();
  });
});

describe('Oregon, ORS 646A.604(2) read in the 2021 code copy', () => {
  const vendor = (affected: Record<string, number>): FactsInput =>
    breach(affected, { entityTypes: ['data_maintainer'] });

  it('(2)(a): the vendor tells the covered entity "not later than 10 days after discovering the breach"', () => {
    expect(find(vendor({ 'US-OR': 3 }), 'us-or/data_owner')?.dueAt).toBe(plusDays(DISCOVERED, 10));
  });

  it('(2)(c) is the vendor\'s notice to the Attorney General: "more than 250 consumers"', () => {
    const o = find(vendor({ 'US-OR': 251 }), 'us-or/regulator/vendor');
    expect(o?.citation).toMatch(/646A\.604\(2\)\(c\)/);
    expect(o?.notes.join(' ')).toMatch(/cannot determine/);
    expect(find(vendor({ 'US-OR': 250 }), 'us-or/regulator/vendor')).toBeUndefined();
  });

  it('before SB 684: "immediately following discovery" (the 2007 words, the stricter of the two old texts)', () => {
    const o = find(
      breach({ 'US-OR': 3 }, { entityTypes: ['data_maintainer'], discoveredAt: '2019-06-03T15:00:00Z' }),
      'us-or/data_owner',
    );
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/immediately following discovery/);
  });
});

describe('California, Civ. Code § 1798.82(b) read in the current text', () => {
  it('the maintainer tells the owner "immediately following discovery"', () => {
    const o = find(breach({ 'US-CA': 3 }, { entityTypes: ['data_maintainer'] }), 'us-ca/data_owner');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/immediately/);
  });
});
