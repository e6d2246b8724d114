import { CATALOG } from '../../src/domain/regulations/catalog';
import { LAW_ENFORCEMENT_DELAY_KEYS } from '../../src/domain/regulations/catalog/law-enforcement-delay';
import { computeObligations } from '../../src/domain/regulations/engine';
import { type FactsInput, factsSchema } from '../../src/domain/regulations/facts';
import { US_JURISDICTIONS } from '../../src/domain/regulations/jurisdictions';
import type { Obligation } from '../../src/domain/regulations/obligation';

const DAY = 86_400_000;

function obligations(input: FactsInput): Obligation[] {
  return computeObligations(factsSchema.parse(input));
}
function one(input: FactsInput, id: string): Obligation {
  const found = obligations(input).find((o) => o.id === id);
  if (!found) throw new Error(`${id} not listed`);
  return found;
}
const ms = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

describe('every rule in the catalog has an explicit law-enforcement answer, with its citation', () => {
  test.each(CATALOG.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const answer = rule.lawEnforcementDelay;
    expect(answer).toBeDefined();
    expect(answer?.citation.length).toBeGreaterThan(3);
    expect(['V', 'S', 'M']).toContain(answer?.verification.confidence);
    expect(answer?.verification.sources.length).toBeGreaterThan(0);
    if (answer?.kind === 'none') expect(answer.words.length).toBeGreaterThan(10);
    if (answer?.kind === 'tolls') expect(answer.resumes).toContain(answer.citation);
  });

  test('every table entry names a regime or rule of the catalog', () => {
    const regimes = new Set(CATALOG.map((r) => r.regime));
    const ids = new Set(CATALOG.map((r) => r.id));
    for (const regime of LAW_ENFORCEMENT_DELAY_KEYS.regimes)
      expect([regime, regimes.has(regime)]).toEqual([regime, true]);
    for (const id of LAW_ENFORCEMENT_DELAY_KEYS.ids) expect([id, ids.has(id)]).toEqual([id, true]);
  });

  test.each(US_JURISDICTIONS.map((code) => [code] as const))(
    '%s: the notice to residents is paused by a delay, its regulator notices are not (conservative reading)',
    (code) => {
      const individuals = CATALOG.find((r) => r.id === `${code.toLowerCase()}/individuals`);
      expect(individuals?.lawEnforcementDelay?.kind).toBe('tolls');
      const others = CATALOG.filter((r) => r.regime === code.toLowerCase() && r.recipient !== 'individuals');
      for (const rule of others) expect([rule.id, rule.lawEnforcementDelay?.kind]).toEqual([rule.id, 'none']);
    },
  );

  test('GDPR and UK GDPR: no law-enforcement delay, said so', () => {
    for (const id of ['gdpr/regulator', 'gdpr/individuals', 'uk-gdpr/regulator', 'uk-gdpr/individuals']) {
      const rule = CATALOG.find((r) => r.id === id);
      expect([id, rule?.lawEnforcementDelay?.kind]).toEqual([id, 'none']);
    }
  });
});

describe('GDPR: a recorded delay does not move the 72 hours', () => {
  test('the regulator notice keeps its due time and says why', () => {
    const base: FactsInput = {
      discoveredAt: '2026-03-02T10:00:00Z',
      dataTypes: ['name', 'email'],
      affected: { DE: 100 },
    };
    const before = one(base, 'gdpr/regulator');
    const after = one(
      {
        ...base,
        lawEnforcementDelay: { agency: 'BKA', requestedAt: '2026-03-02T12:00:00Z', form: 'written', notices: 'all' },
      },
      'gdpr/regulator',
    );
    expect(after.dueAt).toBe('2026-03-05T10:00:00.000Z');
    expect(after.dueAt).toBe(before.dueAt);
    expect(after.tolled).toBeUndefined();
    expect(after.notes.join(' ')).toMatch(/not paused: the GDPR has no law-enforcement delay/);
  });
});

describe('HIPAA 45 CFR 164.412', () => {
  const base: FactsInput = {
    discoveredAt: '2026-01-05T15:00:00Z',
    entityTypes: ['hipaa_covered_entity'],
    dataTypes: ['name', 'health'],
    affected: { 'US-CA': 100 },
    judgments: { hipaaBreach: true },
  };
  const baseline = ms(one(base, 'hipaa/individuals').dueAt);

  test('the 60 days without a delay (the baseline the cases below move)', () => {
    expect(baseline).toBeLessThanOrEqual(Date.parse('2026-01-05T15:00:00Z') + 60 * DAY);
    expect(baseline).toBeGreaterThan(Date.parse('2026-01-05T15:00:00Z') + 59 * DAY);
  });

  test('written statement naming a period: delayed for that period (164.412(a))', () => {
    const o = one(
      {
        ...base,
        lawEnforcementDelay: {
          agency: 'FBI Los Angeles',
          requestedAt: '2026-01-20T15:00:00Z',
          form: 'written',
          notices: 'all',
          until: '2026-04-15T16:00:00Z',
        },
      },
      'hipaa/individuals',
    );
    expect(o.dueAt).toBe('2026-04-15T16:00:00.000Z');
    expect(o.tolled).toEqual({ until: '2026-04-15T16:00:00.000Z', resumes: expect.stringContaining('45 CFR 164.412') });
    // The media and HHS notices are "notification, notice, or posting required under this subpart" too.
    expect(
      one(
        {
          ...base,
          affected: { 'US-CA': 600 },
          lawEnforcementDelay: {
            agency: 'FBI Los Angeles',
            requestedAt: '2026-01-20T15:00:00Z',
            form: 'written',
            notices: 'all',
            until: '2026-04-15T16:00:00Z',
          },
        },
        'hipaa/regulator/500-or-more',
      ).dueAt,
    ).toBe('2026-04-15T16:00:00.000Z');
  });

  test('oral statement: at most 30 days from it (164.412(b)), so a long stated end is cut to 30 days', () => {
    const requested = Date.parse('2026-02-20T15:00:00Z');
    const o = one(
      {
        ...base,
        lawEnforcementDelay: {
          agency: 'FBI Los Angeles',
          requestedAt: '2026-02-20T15:00:00Z',
          form: 'oral',
          notices: ['hipaa'],
          until: '2026-06-01T00:00:00Z',
        },
      },
      'hipaa/individuals',
    );
    expect(ms(o.dueAt)).toBeLessThanOrEqual(requested + 30 * DAY);
    expect(ms(o.dueAt)).toBeGreaterThan(requested + 29 * DAY);
    expect(ms(o.dueAt)).toBeGreaterThan(baseline);
    expect(o.tolled?.until).toBe(o.dueAt);
  });

  test('oral statement followed by a written one within the 30 days: the written period governs', () => {
    const o = one(
      {
        ...base,
        lawEnforcementDelay: {
          agency: 'FBI Los Angeles',
          requestedAt: '2026-02-20T15:00:00Z',
          form: 'written',
          notices: 'all',
          until: '2026-06-01T00:00:00Z',
        },
      },
      'hipaa/individuals',
    );
    expect(o.dueAt).toBe('2026-06-01T00:00:00.000Z');
  });

  test('an oral delay that ends before the 60 days leaves the 60 days as they were', () => {
    const o = one(
      {
        ...base,
        lawEnforcementDelay: { agency: 'FBI', requestedAt: '2026-01-06T15:00:00Z', form: 'oral', notices: 'all' },
      },
      'hipaa/individuals',
    );
    expect(ms(o.dueAt)).toBe(baseline);
  });

  test('lifted: the notice follows the rule, and is no longer marked paused', () => {
    const o = one(
      {
        ...base,
        lawEnforcementDelay: {
          agency: 'FBI',
          requestedAt: '2026-01-20T15:00:00Z',
          form: 'written',
          notices: 'all',
          until: '2026-06-01T00:00:00Z',
          liftedAt: '2026-04-01T12:00:00Z',
        },
      },
      'hipaa/individuals',
    );
    expect(o.dueAt).toBe('2026-04-01T12:00:00.000Z');
    expect(o.tolled).toBeUndefined();
  });
});

describe('SEC Form 8-K Item 1.05(c): only the Attorney General, in writing, 30 days', () => {
  const base: FactsInput = {
    discoveredAt: '2026-03-02T14:00:00Z',
    materialityDeterminedAt: '2026-03-03T14:00:00Z',
    entityTypes: ['sec_registrant'],
    judgments: { secMaterial: true },
  };
  const baseline = ms(one(base, 'sec-8k/regulator').dueAt);
  const delay = (agency: string, form: 'written' | 'oral', until?: string) => ({
    ...base,
    lawEnforcementDelay: {
      agency,
      requestedAt: '2026-03-04T14:00:00Z',
      form,
      notices: 'all' as const,
      ...(until ? { until } : {}),
    },
  });

  test('an FBI request alone does not delay the 4 business days', () => {
    const o = one(delay('FBI Cyber Division', 'written'), 'sec-8k/regulator');
    expect(ms(o.dueAt)).toBe(baseline);
    expect(o.notes.join(' ')).toMatch(/only the US Attorney General/);
  });

  test('an oral word from DOJ does not either', () => {
    expect(ms(one(delay('US Department of Justice', 'oral'), 'sec-8k/regulator').dueAt)).toBe(baseline);
  });

  test("the Attorney General's written determination: the period it names, at most 30 days past the deadline", () => {
    const named = one(delay('US Attorney General', 'written', '2026-03-20T21:30:00Z'), 'sec-8k/regulator');
    expect(named.dueAt).toBe('2026-03-20T21:30:00.000Z');
    const long = one(delay('US Attorney General', 'written', '2026-06-30T00:00:00Z'), 'sec-8k/regulator');
    expect(ms(long.dueAt)).toBeLessThanOrEqual(baseline + 30 * DAY);
    expect(ms(long.dueAt)).toBeGreaterThan(baseline + 29 * DAY);
    expect(long.tolled?.resumes).toMatch(/Item 1\.05\(c\)/);
  });
});

describe('US states', () => {
  const maine = (delay?: FactsInput['lawEnforcementDelay']): FactsInput => ({
    discoveredAt: '2026-10-01T14:00:00Z',
    scopeIdentifiedAt: '2026-10-01T14:00:00Z',
    dataTypes: ['name', 'ssn'],
    affected: { 'US-ME': 40, 'US-FL': 600 },
    judgments: { riskOfHarm: true },
    ...(delay ? { lawEnforcementDelay: delay } : {}),
  });
  const request = {
    agency: 'Maine State Police',
    requestedAt: '2026-10-05T14:00:00Z',
    form: 'oral' as const,
    notices: 'all' as const,
  };

  test('Maine: paused until lifted, with what resumes it in its deadline words', () => {
    const o = one(maine(request), 'us-me/individuals');
    expect(o.dueAt).toBeNull();
    expect(o.tolled).toEqual({ until: null, resumes: expect.stringContaining('then 7 business days') });
    expect(o.deadline).toContain('paused at law enforcement');
    expect(o.deadline).toContain('10 M.R.S. § 1348(3)');
    // The AG notice is not read as paused.
    expect(one(maine(request), 'us-me/regulator').tolled).toBeUndefined();
  });

  test('Maine: lifted Mon 16 Nov 2026, after the 30 days ran: due 7 business days later, Wed 25 Nov 17:00 ET', () => {
    const o = one(maine({ ...request, liftedAt: '2026-11-16T14:00:00Z' }), 'us-me/individuals');
    expect(o.dueAt).toBe('2026-11-25T22:00:00.000Z');
    expect(o.tolled).toBeUndefined();
  });

  test('Maine: lifted early, the 30 days still bind if they end first', () => {
    const o = one(maine({ ...request, liftedAt: '2026-10-28T14:00:00Z' }), 'us-me/individuals');
    expect(o.dueAt).toBe(one(maine(), 'us-me/individuals').dueAt);
  });

  test('Florida needs the request in writing: an oral one pauses nothing, a written one pauses the notice', () => {
    const oral = one(maine(request), 'us-fl/individuals');
    expect(oral.dueAt).toBe(one(maine(), 'us-fl/individuals').dueAt);
    expect(oral.notes.join(' ')).toMatch(/oral request does not pause this notice: Fla\. Stat\. § 501\.171\(4\)\(b\)/);
    const written = one(maine({ ...request, form: 'written' }), 'us-fl/individuals');
    expect(written.dueAt).toBeNull();
    expect(written.tolled?.until).toBeNull();
  });

  test('a request for named notices only pauses those', () => {
    const o = obligations(maine({ ...request, form: 'written', notices: ['us-fl'] }));
    expect(o.find((x) => x.id === 'us-fl/individuals')?.tolled).toMatchObject({ until: null });
    expect(o.find((x) => x.id === 'us-me/individuals')?.tolled).toBeUndefined();
  });
});

describe('stored records', () => {
  test('facts and obligations stored before the delay existed still parse', () => {
    expect(factsSchema.safeParse({ discoveredAt: '2026-01-01T00:00:00Z' }).success).toBe(true);
  });
});
