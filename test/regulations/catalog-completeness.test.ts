import { CATALOG, NON_STATE_RULES } from '../../src/domain/regulations/catalog';
import { US_JURISDICTIONS } from '../../src/domain/regulations/jurisdictions';
import { type Deadline, deadlineAnchors } from '../../src/domain/regulations/rule';
import { RECIPIENTS, TRIGGERS } from '../../src/domain/regulations/vocabulary';

describe('catalog completeness', () => {
  test.each(CATALOG.map((r) => [r.id, r] as const))(
    '%s has a citation, in-force dates and verification',
    (_id, rule) => {
      expect(rule.citation.trim()).not.toBe('');
      expect(rule.versions.length).toBeGreaterThan(0);
      for (const version of rule.versions) {
        expect(version.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (version.inForceUntil) expect(version.inForceUntil > version.inForceFrom).toBe(true);
      }
      expect(['V', 'S', 'M']).toContain(rule.verification.confidence);
      expect(rule.verification.sources.length).toBeGreaterThan(0);
      expect(RECIPIENTS).toContain(rule.recipient);
      expect(rule.regime).toMatch(/^[a-z0-9-]+$/);
    },
  );

  test('ids are unique', () => {
    const ids = CATALOG.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('deadlines only reference rules that exist', () => {
    const ids = new Set(CATALOG.map((r) => r.id));
    const dangling = CATALOG.flatMap((r) => r.versions.flatMap((v) => deadlineAnchors(v.deadline))).filter(
      (id) => !ids.has(id),
    );
    expect(dangling).toEqual([]);
  });

  test('triggers are in the vocabulary', () => {
    const triggers = (d: Deadline): string[] =>
      d.kind === 'period' || d.kind === 'no_fixed_period'
        ? [d.from]
        : d.kind === 'earliest_of'
          ? d.deadlines.flatMap(triggers)
          : d.kind === 'after_notice'
            ? [d.sentAt]
            : [];
    const used = CATALOG.flatMap((r) => r.versions.flatMap((v) => triggers(v.deadline)));
    expect(used.filter((t) => !(TRIGGERS as readonly string[]).includes(t))).toEqual([]);
  });

  test.each([
    'gdpr',
    'uk-gdpr',
    'hipaa',
    'sec-8k',
    'nydfs',
    'ftc-safeguards',
    'bank-36h',
    'ncua',
    'circia',
    'nis2',
    'dora',
    'pipeda',
    'au-ndb',
    'sg-pdpa',
    'br-lgpd',
    'in-certin',
    'in-dpdp',
    'ginnie-mae',
    'fannie-mae',
    'freddie-mac',
    'hud-fha',
  ])('regime %s is in the catalog', (regime) => {
    expect(NON_STATE_RULES.some((r) => r.regime === regime)).toBe(true);
  });

  test('HIPAA media notice exists for every US jurisdiction', () => {
    for (const code of US_JURISDICTIONS)
      expect(CATALOG.some((r) => r.id === `hipaa/media/${code.toLowerCase()}`)).toBe(true);
  });

  // Passes once the per-state catalog (catalog/us-states) covers all 54 jurisdictions.
  test.each(US_JURISDICTIONS.map((c) => [c]))('%s has a state breach-law entry', (code) => {
    expect(CATALOG.some((r) => r.jurisdiction === code && r.regime === code.toLowerCase())).toBe(true);
  });
});
