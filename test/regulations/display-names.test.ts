import { computeWithCatalog } from '../../src/domain/obligations/catalog-engine';
import { catalogRegimeIds } from '../../src/domain/obligations/named-regimes';
import { hasRegimeLabel, hasStageLabel, obligationTitle, regimeLabel } from '../../src/domain/obligations/regime-label';
import { CATALOG } from '../../src/domain/regulations/catalog';
import type { Facts } from '../../src/domain/regulations/facts';
import { caveatOf } from '../../src/domain/regulations/verification-caveat';
import { DATA_TYPES, ENTITY_TYPES, JUDGMENTS } from '../../src/domain/regulations/vocabulary';

/**
 * Words for people, catalog-wide: every regime and stage has a name a person reads, and what users read about a
 * rule's certainty is the plain caveat, never the catalog's internal review notes.
 */
const INTERNAL = /Unverified|from memory|this pass|this session/i;

describe('display names', () => {
  test.each(catalogRegimeIds(CATALOG).map((id) => [id]))('regime %s has a display name', (id) => {
    expect([id, hasRegimeLabel(id)]).toEqual([id, true]);
  });

  test('every stage of a multi-stage notice has a name of its own', () => {
    expect(CATALOG.filter((r) => !hasStageLabel(r.id)).map((r) => r.id)).toEqual([]);
  });

  test('names read as people say them', () => {
    expect(obligationTitle({ id: 'freddie-mac/counterparty', regime: 'freddie-mac' })).toBe('Freddie Mac');
    expect(obligationTitle({ id: 'dora/regulator/initial', regime: 'dora' })).toBe('DORA initial notification');
    expect(obligationTitle({ id: 'us-ca/regulator', regime: 'us-ca' })).toBe('California');
    expect(obligationTitle({ id: 'hipaa/media/us-ny', regime: 'hipaa' })).toBe('HIPAA (New York)');
    expect(regimeLabel('naic-me')).toBe('Maine insurance data security law');
    // Three DORA stages, three different names.
    const dora = CATALOG.filter((r) => r.regime === 'dora').map((r) => obligationTitle(r));
    expect(new Set(dora).size).toBe(dora.length);
  });
});

describe('caveats for users, review notes for maintainers', () => {
  test('the caveat follows the verification mark and never quotes the review note', () => {
    expect(caveatOf({ confidence: 'V' })).toBeNull();
    expect(caveatOf({ confidence: 'S' })).toBe('Period from secondary sources; confirm with counsel.');
    expect(caveatOf({ confidence: 'M', userNote: 'The 45-day period may apply instead.' })).toBe(
      'Not yet checked against the text of the law; confirm with counsel. The 45-day period may apply instead.',
    );
    for (const rule of CATALOG) expect(caveatOf(rule.verification) ?? '').not.toMatch(INTERNAL);
  });

  test('no obligation of any regime carries an internal review note in what users read', () => {
    const facts: Facts = {
      discoveredAt: '2026-11-29T10:00:00.000Z',
      entityTypes: [...ENTITY_TYPES],
      dataTypes: [...DATA_TYPES],
      encrypted: false,
      affected: {
        'US-CA': 14_690_284,
        EU: 5000,
        GB: 5000,
        CA: 5000,
        AU: 5000,
        SG: 5000,
        BR: 5000,
        IN: 5000,
        JP: 5000,
        KR: 5000,
      },
      judgments: Object.fromEntries(JUDGMENTS.map((j) => [j, true])),
    };
    const obligations = computeWithCatalog(facts, catalogRegimeIds(CATALOG));
    expect(new Set(obligations.map((o) => o.regime)).size).toBeGreaterThan(40);
    const leaks = obligations.flatMap((o) =>
      [o.recipientName, o.deadline, o.citation, o.caveat ?? '', ...o.notes]
        .filter((text) => INTERNAL.test(text))
        .map((text) => `${o.id}: ${text}`),
    );
    expect(leaks).toEqual([]);
    expect(obligations.some((o) => o.caveat)).toBe(true);
  });
});
