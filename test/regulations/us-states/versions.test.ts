import { obligation, plusDays, stateFacts } from './state-facts';

/** A law change applies to breaches whose clock starts on or after its in-force date (UTC); the day before gets the old rule. */
describe('version switches either side of in-force dates', () => {
  const at = (day: string) => `${day}T12:00:00.000Z`;

  it('California SB 446 (2026-01-01): 30-day individual notice; AG 15 days after', () => {
    const before = stateFacts('US-CA', { discoveredAt: at('2025-12-31'), affected: { 'US-CA': 501 } });
    const after = stateFacts('US-CA', { discoveredAt: at('2026-01-01'), affected: { 'US-CA': 501 } });
    expect(obligation(before, 'us-ca/individuals')?.dueAt).toBeNull();
    expect(obligation(after, 'us-ca/individuals')?.dueAt).toBe(plusDays(at('2026-01-01'), 30));
    expect(obligation(before, 'us-ca/regulator')?.dueAt).toBeNull();
    expect(obligation(after, 'us-ca/regulator')?.dueAt).toBe(plusDays(at('2026-01-01'), 45));
  });

  it('Oklahoma SB 626 (2026-01-01): AG notice only for breaches from 2026', () => {
    const facts = (day: string) =>
      stateFacts('US-OK', {
        discoveredAt: at(day),
        affected: { 'US-OK': 500 },
        individualNoticeSentAt: at('2026-02-01'),
      });
    expect(obligation(facts('2025-12-31'), 'us-ok/regulator')).toBeUndefined();
    expect(obligation(facts('2026-01-01'), 'us-ok/regulator')?.dueAt).toBe(plusDays(at('2026-02-01'), 60));
  });

  it('Oklahoma SB 626 widens personal information to biometric data', () => {
    const facts = (day: string) => stateFacts('US-OK', { discoveredAt: at(day), dataTypes: ['name', 'biometric'] });
    expect(obligation(facts('2025-12-31'), 'us-ok/individuals')).toBeUndefined();
    expect(obligation(facts('2026-01-01'), 'us-ok/individuals')).toBeDefined();
  });

  it('New York S2659B (2024-12-21): 30 days after discovery', () => {
    expect(obligation(stateFacts('US-NY', { discoveredAt: at('2024-12-20') }), 'us-ny/individuals')?.dueAt).toBeNull();
    expect(obligation(stateFacts('US-NY', { discoveredAt: at('2024-12-21') }), 'us-ny/individuals')?.dueAt).toBe(
      plusDays(at('2024-12-21'), 30),
    );
  });

  it('New York S2659B (2024-12-21): the regulator notice names DFS for DFS-covered entities (earlier reading)', () => {
    const dfs = (day: string) =>
      obligation(stateFacts('US-NY', { discoveredAt: at(day) }), 'us-ny/regulator')?.notes.some((n) =>
        n.includes('Department of Financial Services'),
      );
    expect(dfs('2024-12-20')).toBe(false);
    expect(dfs('2024-12-21')).toBe(true);
  });

  it('New York S2376B (2025-03-21): medical information becomes private information', () => {
    const facts = (day: string) => stateFacts('US-NY', { discoveredAt: at(day), dataTypes: ['name', 'health'] });
    expect(obligation(facts('2025-03-20'), 'us-ny/individuals')).toBeUndefined();
    expect(obligation(facts('2025-03-21'), 'us-ny/individuals')).toBeDefined();
  });

  it('Texas: AG notice none before HB 4390 (2020-01-01), 60 days after determination, 30 days from SB 768 (2023-09-01)', () => {
    const facts = (day: string) =>
      stateFacts('US-TX', { discoveredAt: at(day), determinedAt: at(day), affected: { 'US-TX': 250 } });
    expect(obligation(facts('2019-12-31'), 'us-tx/regulator')).toBeUndefined();
    expect(obligation(facts('2019-12-31'), 'us-tx/individuals')?.dueAt).toBeNull();
    expect(obligation(facts('2020-01-01'), 'us-tx/regulator')?.dueAt).toBe(plusDays(at('2020-01-01'), 60));
    expect(obligation(facts('2023-08-31'), 'us-tx/regulator')?.dueAt).toBe(plusDays(at('2023-08-31'), 60));
    expect(obligation(facts('2023-09-01'), 'us-tx/regulator')?.dueAt).toBe(plusDays(at('2023-09-01'), 30));
  });

  it('Pennsylvania Act 33 (2024-09-26): AG notice and bureaus above 500 (bureaus were above 1,000)', () => {
    const facts = (day: string, n: number) => stateFacts('US-PA', { discoveredAt: at(day), affected: { 'US-PA': n } });
    expect(obligation(facts('2024-09-25', 501), 'us-pa/regulator')).toBeUndefined();
    expect(obligation(facts('2024-09-26', 501), 'us-pa/regulator')).toBeDefined();
    expect(obligation(facts('2024-09-25', 500), 'us-pa/credit_bureaus')).toBeUndefined();
    expect(obligation(facts('2024-09-25', 1001), 'us-pa/credit_bureaus')).toBeDefined();
    expect(obligation(facts('2024-09-26', 500), 'us-pa/credit_bureaus')).toBeUndefined();
    expect(obligation(facts('2024-09-26', 501), 'us-pa/credit_bureaus')).toBeDefined();
  });

  it('Connecticut PA 21-59 (2021-10-01): 90 → 60 days', () => {
    expect(obligation(stateFacts('US-CT', { discoveredAt: at('2021-09-30') }), 'us-ct/individuals')?.dueAt).toBe(
      plusDays(at('2021-09-30'), 90),
    );
    expect(obligation(stateFacts('US-CT', { discoveredAt: at('2021-10-01') }), 'us-ct/individuals')?.dueAt).toBe(
      plusDays(at('2021-10-01'), 60),
    );
  });

  it('Washington HB 1071 (2020-03-01): 45 → 30 days, for residents and the AG', () => {
    const facts = (day: string) => stateFacts('US-WA', { discoveredAt: at(day), affected: { 'US-WA': 501 } });
    expect(obligation(facts('2020-02-29'), 'us-wa/individuals')?.dueAt).toBe(plusDays(at('2020-02-29'), 45));
    expect(obligation(facts('2020-03-01'), 'us-wa/individuals')?.dueAt).toBe(plusDays(at('2020-03-01'), 30));
    expect(obligation(facts('2020-02-29'), 'us-wa/regulator')?.dueAt).toBe(plusDays(at('2020-02-29'), 45));
    expect(obligation(facts('2020-03-01'), 'us-wa/regulator')?.dueAt).toBe(plusDays(at('2020-03-01'), 30));
  });

  it('Indiana P.L. 171-2022 (2022-07-01): 45-day outer limit', () => {
    expect(obligation(stateFacts('US-IN', { discoveredAt: at('2022-06-30') }), 'us-in/individuals')?.dueAt).toBeNull();
    expect(obligation(stateFacts('US-IN', { discoveredAt: at('2022-07-01') }), 'us-in/individuals')?.dueAt).toBe(
      plusDays(at('2022-07-01'), 45),
    );
  });

  it('Maryland: no fixed period before HB 974 (2018-01-01); 45 days counted from discovery since, leaving no gap at HB 962 (2022-10-01)', () => {
    // Issue 13, class 6: HB 974 of 2017 took effect 2018-01-01 (not 2019-01-01, the date of HB 1154's unrelated change).
    const determinedAt = at('2022-10-20');
    const o = (day: string) =>
      obligation(stateFacts('US-MD', { discoveredAt: at(day), determinedAt }), 'us-md/individuals');
    expect(o('2017-12-31')?.dueAt).toBeNull();
    expect(o('2018-01-01')?.dueAt).toBe(plusDays(at('2018-01-01'), 45));
    expect(o('2018-01-01')?.citation).toMatch(/HB 974/);
    expect(o('2018-12-31')?.dueAt).toBe(plusDays(at('2018-12-31'), 45));
    expect(o('2022-09-30')?.dueAt).toBe(plusDays(at('2022-09-30'), 45));
    expect(o('2022-10-01')?.dueAt).toBe(plusDays(at('2022-10-01'), 45));
  });

  it('a breach before a state first legislated gets no rule (Alabama, 2018-06-01)', () => {
    expect(obligation(stateFacts('US-AL', { discoveredAt: at('2018-05-31') }), 'us-al/individuals')).toBeUndefined();
    expect(obligation(stateFacts('US-AL', { discoveredAt: at('2018-06-01') }), 'us-al/individuals')).toBeDefined();
  });
});
