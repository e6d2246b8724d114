import { factsSchema } from '../../src/domain/regulations/facts';
import { explainRegime } from '../../src/domain/regulations/regime-explanation';

const facts = (input: Record<string, unknown>) => factsSchema.parse({ discoveredAt: '2026-11-02T15:00:00Z', ...input });

describe('why a regime does or does not apply, read from its rules', () => {
  test('HIPAA without a HIPAA entity type: the entity type decides it', () => {
    const why = explainRegime(facts({ dataTypes: ['health', 'name'], affected: { 'US-CA': 10 } }), 'hipaa');
    expect(why.rules.length).toBeGreaterThan(0);
    expect(why.rules.every((r) => !r.applies)).toBe(true);
    expect(why.rules[0]?.reasons.join(' ')).toContain('`hipaa_covered_entity`');
  });

  test('California with no Californians: the residents decide it; with them and an SSN it applies', () => {
    const none = explainRegime(facts({ dataTypes: ['ssn', 'name'], affected: { 'US-TX': 10 } }), 'us-ca');
    expect(none.rules.some((r) => r.applies)).toBe(false);
    expect(none.rules[0]?.reasons.join(' ')).toMatch(/Needs people affected in US-CA \(California\)/);
    const some = explainRegime(facts({ dataTypes: ['ssn', 'name'], affected: { 'US-CA': 10 } }), 'us-ca');
    expect(some.rules.some((r) => r.applies)).toBe(true);
  });

  test('a judgment recorded as no is named as what drops the notice', () => {
    const why = explainRegime(
      facts({ dataTypes: ['name'], affected: { DE: 40 }, judgments: { gdprRisk: false, gdprHighRisk: false } }),
      'gdpr',
    );
    const reasons = why.rules.flatMap((r) => r.reasons).join(' ');
    expect(reasons).toContain('`gdprRisk=no`');
  });

  test('encrypted data names the safe harbour', () => {
    const why = explainRegime(
      facts({ dataTypes: ['ssn', 'name'], affected: { 'US-CA': 10 }, encrypted: true }),
      'us-ca',
    );
    expect(why.rules.flatMap((r) => r.reasons).join(' ')).toContain('encrypted');
  });

  test('an SEC registrant: the 8-K notice waits on the materiality judgment, stated as an open condition', () => {
    const why = explainRegime(facts({ entityTypes: ['sec_registrant'] }), 'sec-8k');
    const text = JSON.stringify(why.rules);
    expect(text).toMatch(/secMaterial/);
  });
});
