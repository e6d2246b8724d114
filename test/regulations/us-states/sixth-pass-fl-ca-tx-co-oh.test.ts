import { CATALOG } from '../../../src/domain/regulations/catalog';
import type { FactsInput } from '../../../src/domain/regulations/facts';
import { find } from '../regime-fixtures';
import { plusDays } from './state-facts';

/**
 * Issue 13, sixth verification pass: Florida, California, Texas, Colorado and Ohio against the words found for them.
 * Each test names the words it follows; due instants are worked out by hand from the trigger.
 */

const breach = (affected: Record<string, number>, overrides: Partial<FactsInput> = {}): FactsInput => ({
  discoveredAt: '2026-03-04T15:00:00Z',
  dataTypes: ['name', 'ssn'],
  affected,
  judgments: { riskOfHarm: true },
  ...overrides,
});

const rule = (id: string) => {
  const r = CATALOG.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

describe('Florida, § 501.171(1)(g)1.a. as amended by SB 262 (2023): biometric data and geolocation', () => {
  // Thu 1 Aug 2024 11:00 EDT: a month after SB 262 took effect; 30 days later is Sat 31 Aug, 11:00 EDT.
  const after = '2024-08-01T15:00:00Z';
  // Mon 3 Jun 2024 11:00 EDT: before it.
  const before = '2024-06-03T15:00:00Z';

  it('(VI) "An individual\'s biometric data as defined in s. 501.702": a name with biometric data is notifiable from 2024-07-01', () => {
    const o = find(
      breach({ 'US-FL': 3 }, { discoveredAt: after, dataTypes: ['name', 'biometric'] }),
      'us-fl/individuals',
    );
    expect(o?.dueAt).toBe(plusDays(after, 30));
    expect(o?.dueAt).toBe('2024-08-31T15:00:00.000Z');
    expect(o?.citation).toMatch(/SB 262/);
  });

  it('(VII) "Any information regarding an individual\'s geolocation": recorded geolocation with a name is notifiable too', () => {
    const facts = breach({ 'US-FL': 600 }, { discoveredAt: after, dataTypes: ['name', 'precise_geolocation'] });
    expect(find(facts, 'us-fl/individuals')?.dueAt).toBe(plusDays(after, 30));
    // § 501.171(3): the Department, 500 or more Floridians, the same 30 days.
    expect(find(facts, 'us-fl/regulator')?.dueAt).toBe(plusDays(after, 30));
  });

  it('before SB 262 the 2014 definition applies: neither element, alone with a name, is personal information', () => {
    for (const element of ['biometric', 'precise_geolocation'] as const) {
      const facts = breach({ 'US-FL': 600 }, { discoveredAt: before, dataTypes: ['name', element] });
      expect(find(facts, 'us-fl/individuals')).toBeUndefined();
      expect(find(facts, 'us-fl/regulator')).toBeUndefined();
    }
  });

  it('the version is picked by the date in Florida: 30 Jun 2024 22:00 EDT is before the amendment though 1 Jul in UTC', () => {
    const lateJune = '2024-07-01T02:00:00Z';
    expect(
      find(breach({ 'US-FL': 3 }, { discoveredAt: lateJune, dataTypes: ['name', 'biometric'] }), 'us-fl/individuals'),
    ).toBeUndefined();
  });

  it('(4)(c) the no-harm determination and (5) the bureaus follow the same definition', () => {
    const noHarmDeterminedAt = '2024-08-05T15:00:00Z';
    const determination = find(
      breach(
        { 'US-FL': 3 },
        { discoveredAt: after, dataTypes: ['name', 'biometric'], judgments: { riskOfHarm: false }, noHarmDeterminedAt },
      ),
      'us-fl/regulator/no-harm-determination',
    );
    expect(determination?.dueAt).toBe(plusDays(noHarmDeterminedAt, 30));
    const bureaus = find(
      breach({ 'US-FL': 1001 }, { discoveredAt: after, dataTypes: ['name', 'biometric'] }),
      'us-fl/credit_bureaus',
    );
    expect(bureaus).toBeDefined();
  });

  it('(6)(a) the third-party agent tells the covered entity within 10 days of a biometric breach from 2024-07-01', () => {
    const facts = breach(
      { 'US-FL': 3 },
      { discoveredAt: after, dataTypes: ['name', 'biometric'], entityTypes: ['data_maintainer'] },
    );
    expect(find(facts, 'us-fl/data_owner')?.dueAt).toBe(plusDays(after, 10));
    const earlier = breach(
      { 'US-FL': 3 },
      { discoveredAt: before, dataTypes: ['name', 'biometric'], entityTypes: ['data_maintainer'] },
    );
    expect(find(earlier, 'us-fl/data_owner')).toBeUndefined();
  });

  it('the rules name the words read and say that subsections (3) to (6) were not', () => {
    for (const id of ['us-fl/individuals', 'us-fl/regulator', 'us-fl/credit_bureaus']) {
      const v = rule(id).verification;
      expect(v.sources.join(' ')).toMatch(/\(VI\) An individual\\?'s biometric data as defined in s\. 501\.702/);
      expect(v.unverified).toMatch(/\(3\) to \(6\) were not read/);
    }
  });
});

describe('Ohio, § 1349.19: the federal exemptions are told, the notices stay listed', () => {
  it('a bank or a HIPAA covered entity still sees the Ohio notices, with the exemption it may rely on', () => {
    for (const entityTypes of [['us_bank'], ['hipaa_covered_entity']] as const) {
      const o = find(breach({ 'US-OH': 1001 }, { entityTypes: [...entityTypes] }), 'us-oh/individuals');
      expect(o?.dueAt).toBe(plusDays('2026-03-04T15:00:00Z', 45));
      expect(o?.notes.join(' ')).toMatch(/HIPAA covered entity/);
      expect(o?.notes.join(' ')).toMatch(/functional regulator/);
      expect(find(breach({ 'US-OH': 1001 }, { entityTypes: [...entityTypes] }), 'us-oh/credit_bureaus')).toBeDefined();
    }
  });

  it('(A)(1)(a) "a material risk of identity theft or other fraud": no notice when the organisation judges there is none', () => {
    expect(find(breach({ 'US-OH': 3 }, { judgments: { riskOfHarm: false } }), 'us-oh/individuals')).toBeUndefined();
    expect(rule('us-oh/individuals').verification.sources.join(' ')).toMatch(/material risk of identity theft/);
  });
});

describe('Colorado, § 6-1-716: the deemed-compliance clause is told, the notices stay listed', () => {
  it("a HIPAA covered entity still sees the residents' notice with the clause, and the Attorney General notice at 500", () => {
    const determinedAt = '2026-03-05T15:00:00Z';
    const facts = breach({ 'US-CO': 500 }, { entityTypes: ['hipaa_covered_entity'], determinedAt });
    const residents = find(facts, 'us-co/individuals');
    expect(residents?.dueAt).toBe(plusDays(determinedAt, 30));
    expect(residents?.notes.join(' ')).toMatch(/deemed to comply/);
    expect(find(facts, 'us-co/regulator')?.dueAt).toBe(plusDays(determinedAt, 30));
  });
});

describe('the maintainers of Florida and Ohio data', () => {
  it('Ohio (C): "in an expeditious manner", no period; the clause is sourced (S), not left as a recollection (M)', () => {
    const o = find(breach({ 'US-OH': 3 }, { entityTypes: ['data_maintainer'] }), 'us-oh/data_owner');
    expect(o?.dueAt ?? null).toBeNull();
    expect(o?.deadline).toMatch(/expeditious/);
    expect(rule('us-oh/data_owner').verification.confidence).toBe('S');
  });

  it('Florida (6)(a): "no later than 10 days following the determination of the breach ... or reason to believe"', () => {
    // The discovery gives reason to believe before the determination does: the earlier counts.
    const discoveredAt = '2026-03-02T15:00:00Z';
    const determinedAt = '2026-03-05T15:00:00Z';
    const facts = breach({ 'US-FL': 3 }, { entityTypes: ['data_maintainer'], discoveredAt, determinedAt });
    const o = find(facts, 'us-fl/data_owner');
    expect(o?.dueAt).toBe(plusDays(discoveredAt, 10));
    expect(rule('us-fl/data_owner').verification.unverified).toMatch(/501\.171\(6\)\(a\) were not read/);
  });
});

describe('Texas, § 521.053: the verification says what was read', () => {
  it('(b) read in the lawserver copy: 60 days from the determination', () => {
    const determinedAt = '2026-03-06T15:00:00Z';
    expect(find(breach({ 'US-TX': 3 }, { determinedAt }), 'us-tx/individuals')?.dueAt).toBe(plusDays(determinedAt, 60));
  });

  it('(h) "more than 10,000 persons": every person notified under (b) counts, not only Texans (the broader reading)', () => {
    expect(find(breach({ 'US-TX': 5, 'US-CA': 9996 }), 'us-tx/credit_bureaus')).toBeDefined();
    expect(find(breach({ 'US-TX': 5, 'US-CA': 9995 }), 'us-tx/credit_bureaus')).toBeUndefined();
    expect(find(breach({ 'US-TX': 10001 }), 'us-tx/credit_bureaus')?.deadline).toMatch(/without unreasonable delay/);
  });

  it('(i) as amended by SB 768 from 2023-09-01 in Texas: a determination at 22:00 CDT on 31 Aug keeps the 60th day', () => {
    const facts = (determinedAt: string) =>
      breach({ 'US-TX': 300 }, { discoveredAt: '2023-08-20T15:00:00Z', determinedAt });
    // Thu 31 Aug 2023 22:00 CDT: HB 4390's "not later than the 60th day", 60 × 24 h later, Mon 30 Oct 22:00 CDT.
    const before = find(facts('2023-09-01T03:00:00Z'), 'us-tx/regulator');
    expect(before?.dueAt).toBe('2023-10-31T03:00:00.000Z');
    expect(before?.citation).toMatch(/HB 4390/);
    // Fri 1 Sep 2023 01:00 CDT: SB 768's "not later than the 30th day", Sun 1 Oct 01:00 CDT.
    const after = find(facts('2023-09-01T06:00:00Z'), 'us-tx/regulator');
    expect(after?.dueAt).toBe('2023-10-01T06:00:00.000Z');
    expect(after?.citation).toMatch(/SB 768/);
  });

  it('(h), the bureau notice, was not read: the rule does not claim V', () => {
    const v = rule('us-tx/credit_bureaus').verification;
    expect(v.confidence).toBe('S');
    expect(v.unverified).toMatch(/521\.053\(h\) were not read/);
  });
});

describe('California, § 1798.82(f) and SB 446 (Ch. 319, Stats. 2025)', () => {
  it('"more than 500 California residents" (the Attorney General\'s quotation of (f)): 500 do not trigger it, 501 do', () => {
    const sent = '2026-03-20T17:00:00Z';
    expect(find(breach({ 'US-CA': 500 }, { individualNoticeSentAt: sent }), 'us-ca/regulator')).toBeUndefined();
    // SB 446: 15 calendar days after notifying consumers, Fri 20 Mar 10:00 PDT to Sat 4 Apr 10:00 PDT.
    expect(find(breach({ 'US-CA': 501 }, { individualNoticeSentAt: sent }), 'us-ca/regulator')?.dueAt).toBe(
      plusDays(sent, 15),
    );
  });

  it('(a)(2)(A) "within 30 calendar days of discovery" from 2026-01-01 in California, not in UTC', () => {
    // Wed 31 Dec 2025 21:00 PST: before SB 446, "the most expedient time possible", no fixed period.
    const lateDecember = find(breach({ 'US-CA': 3 }, { discoveredAt: '2026-01-01T05:00:00Z' }), 'us-ca/individuals');
    expect(lateDecember?.dueAt ?? null).toBeNull();
    expect(lateDecember?.deadline).toMatch(/most expedient time possible/);
    // Thu 1 Jan 2026 01:00 PST: 30 days, Sat 31 Jan 01:00 PST.
    expect(find(breach({ 'US-CA': 3 }, { discoveredAt: '2026-01-01T09:00:00Z' }), 'us-ca/individuals')?.dueAt).toBe(
      '2026-01-31T09:00:00.000Z',
    );
  });

  it('the 30 days end with the 30th day in California across the spring change: 23:30 PST on 2 Mar to end of 1 Apr PDT', () => {
    // 30 × 24 h would be 00:30 PDT on 2 April, after the 30th day; the end of 1 April PDT is 06:59:59.999Z on 2 April.
    const o = find(breach({ 'US-CA': 3 }, { discoveredAt: '2026-03-03T07:30:00Z' }), 'us-ca/individuals');
    expect(o?.dueAt).toBe('2026-04-02T06:59:59.999Z');
  });

  it('the sources name the chaptering and the 2026-01-01 operative date under the Constitution', () => {
    expect(rule('us-ca/regulator').verification.sources.join(' ')).toMatch(/Chapter 319, Statutes of 2025/);
  });
});
