import { parseFacts } from '../../src/domain/regulations/engine';

const valid = { discoveredAt: '2026-03-02T15:00:00Z', affected: { 'US-CA': 3 } };

describe('refusing bad facts, naming the field and the value', () => {
  test.each([
    ['unknown key', { ...valid, discoverdAt: '2026-03-02T15:00:00Z' }, 'discoverdAt: unknown field "discoverdAt"'],
    ['unknown jurisdiction', { ...valid, affected: { 'US-XX': 3 } }, 'affected.US-XX: unknown jurisdiction "US-XX"'],
    [
      'a bare US count reaches no state law',
      { ...valid, affected: { US: 3 } },
      'affected.US: unknown jurisdiction "US"',
    ],
    ['unknown data type', { ...valid, dataTypes: ['name', 'sin'] }, 'dataTypes.1: unknown data type "sin"'],
    ['unknown entity type', { ...valid, entityTypes: ['bank'] }, 'entityTypes.0: unknown entity type "bank"'],
    ['unknown judgment', { ...valid, judgments: { harm: true } }, 'judgments.harm: unknown judgment "harm"'],
    [
      'unparseable instant',
      { ...valid, discoveredAt: 'last Tuesday' },
      'discoveredAt: "last Tuesday" is not an ISO 8601 instant',
    ],
    [
      'instant without a zone',
      { ...valid, awareAt: '2026-03-02T15:00:00' },
      'awareAt: "2026-03-02T15:00:00" is not an ISO 8601 instant',
    ],
    ['negative count', { ...valid, affected: { 'US-CA': -5 } }, 'affected.US-CA: must be 0 or more, got -5'],
    ['fractional count', { ...valid, affected: { 'US-CA': 2.5 } }, 'affected.US-CA: expected a whole number, got 2.5'],
    ['missing discoveredAt', { affected: {} }, 'discoveredAt: required'],
    [
      'judgment not a boolean',
      { ...valid, judgments: { gdprRisk: 'yes' } },
      'judgments.gdprRisk: expected boolean, got "yes"',
    ],
    ['not an object', 'facts', 'facts: expected object, got "facts"'],
  ])('%s', (_name, input, message) => {
    const result = parseFacts(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith(message))).toBe(true);
  });

  test('every problem is reported, not just the first', () => {
    const result = parseFacts({ discoveredAt: 'soon', affected: { 'US-XX': 1 }, extra: 1 });
    expect(result.ok ? [] : result.errors).toHaveLength(3);
  });

  test('good facts come back with defaults', () => {
    const result = parseFacts(valid);
    expect(result).toEqual({
      ok: true,
      facts: { ...valid, entityTypes: [], dataTypes: [], encrypted: false, judgments: {} },
    });
  });
});
