import { CATALOG } from '../../src/domain/regulations/catalog';

/**
 * A rule marked 'V' claims its law was read in the law's own text: it must say where (a URL or a public repository
 * path), not only point at the research notes or at secondary summaries.
 */
describe('verification records', () => {
  const primary = (source: string): boolean => /https?:\/\/|GitHub [\w.-]+\/[\w.-]+/.test(source);

  it.each(CATALOG.filter((r) => r.verification.confidence === 'V').map((r) => [r.id, r] as const))(
    '%s (V) names the text it was read in',
    (_id, rule) => {
      expect(rule.verification.sources.some(primary)).toBe(true);
    },
  );

  it.each(CATALOG.map((r) => [r.id, r] as const))('%s has a confidence level and at least one source', (_id, rule) => {
    expect(['V', 'S', 'M']).toContain(rule.verification.confidence);
    expect(rule.verification.sources.length).toBeGreaterThan(0);
  });
});
