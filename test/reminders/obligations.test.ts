import { applyFactsPatch, describeFactsChange } from '../../src/domain/obligations/facts-patch';
import { forceRegimes, obligationsWithNamedRegimes, unknownRegimes } from '../../src/domain/obligations/named-regimes';
import { diffObligations } from '../../src/domain/obligations/obligation-diff';
import { markDone, mergeRecomputed } from '../../src/domain/obligations/obligation-record';
import { CATALOG } from '../../src/domain/regulations/catalog';
import { computeObligations } from '../../src/domain/regulations/engine';
import type { Facts } from '../../src/domain/regulations/facts';
import { obligation, record } from './fixtures';

const T0 = '2026-03-02T10:00:00.000Z';
const H = 3_600_000;

describe('diff of obligations', () => {
  it('reports added, removed and moved, and only those as affected', () => {
    const before = [
      record('a/regulator', T0, 72 * H),
      record('b/regulator', T0, 24 * H),
      record('c/regulator', T0, 10 * H),
    ];
    const after = [
      record('a/regulator', T0, 72 * H),
      record('b/regulator', T0, 30 * H),
      record('d/regulator', T0, 5 * H),
    ];
    const diff = diffObligations(before, after);
    expect(diff.added.map((o) => o.id)).toEqual(['d/regulator']);
    expect(diff.removed.map((o) => o.id)).toEqual(['c/regulator']);
    expect(diff.moved.map((m) => m.after.id)).toEqual(['b/regulator']);
    expect(diff.affectedIds.sort()).toEqual(['b/regulator', 'c/regulator']);
  });

  it('ignores done obligations', () => {
    const done = { ...record('a/regulator', T0, 72 * H), doneAt: T0, doneBy: 'U1' };
    expect(diffObligations([done], [{ ...done, dueAt: T0 }]).moved).toEqual([]);
  });
});

describe('recomputation and marking done', () => {
  it('keeps progress of done obligations, and keeps done ones the facts no longer list', () => {
    const done = { ...record('a/regulator', T0, 72 * H), doneAt: T0, doneBy: 'U1', doneNote: 'ref 1' };
    const merged = mergeRecomputed([done, record('b/regulator', T0, H)], [obligation('a/regulator', T0, 80 * H)]);
    expect(merged.find((r) => r.id === 'a/regulator')).toMatchObject({ doneAt: T0, doneBy: 'U1', current: true });
    expect(merged.find((r) => r.id === 'b/regulator')).toBeUndefined();
    const withdrawn = mergeRecomputed([done], []);
    expect(withdrawn).toEqual([{ ...done, current: false }]);
  });

  it('marks a regime, or one recipient of it, and says when nothing matches', () => {
    const records = [
      record('gdpr/regulator', T0, 72 * H),
      record('gdpr/individuals', T0, null),
      record('us-ca/individuals', T0, 30 * 24 * H),
    ];
    const at = new Date(T0);
    const one = markDone(records, { regime: 'gdpr', recipient: 'regulator' }, { by: 'U1', at, note: 'portal ref 9' });
    expect(one.ok && one.marked.map((o) => [o.id, o.doneBy, o.doneNote])).toEqual([
      ['gdpr/regulator', 'U1', 'portal ref 9'],
    ]);
    const all = markDone(records, { regime: 'gdpr' }, { by: 'U1', at });
    expect(all.ok && all.marked.map((o) => o.id)).toEqual(['gdpr/regulator', 'gdpr/individuals']);
    expect(markDone(records, { regime: 'hipaa' }, { by: 'U1', at })).toMatchObject({ ok: false, reason: 'unknown' });
    if (!all.ok) throw new Error('expected ok');
    expect(markDone(all.records, { regime: 'gdpr' }, { by: 'U2', at })).toMatchObject({
      ok: false,
      reason: 'already_done',
    });
  });
});

describe('named regimes', () => {
  const facts: Facts = {
    discoveredAt: T0,
    entityTypes: [],
    dataTypes: [],
    encrypted: false,
    affected: {},
    judgments: {},
  };

  it('refuses ids the catalog does not know', () => {
    expect(unknownRegimes(CATALOG, ['gdpr', 'us-ca', 'us-zz', 'gpdr'])).toEqual(['us-zz', 'gpdr']);
  });

  it('lists a named regime before the facts select it, judgments still shown as conditions', () => {
    expect(computeObligations(facts).filter((o) => o.regime === 'gdpr')).toEqual([]);
    const listed = obligationsWithNamedRegimes(computeObligations, CATALOG, facts, ['gdpr']);
    const regulator = listed.find((o) => o.id === 'gdpr/regulator');
    expect(regulator?.dueAt).toBe(new Date(Date.parse(T0) + 72 * H).toISOString());
    expect(regulator?.notes.join(' ')).toMatch(/--regimes named gdpr/);
    expect(regulator?.notes.join(' ')).toMatch(/gdprRisk/);
    // A processor's duty stays with processors: naming GDPR does not make the organisation one.
    expect(listed.find((o) => o.id === 'gdpr/controller')).toBeUndefined();
  });

  it('drops a named regime only on a judgment recorded as no', () => {
    const no = obligationsWithNamedRegimes(computeObligations, CATALOG, { ...facts, judgments: { gdprRisk: false } }, [
      'gdpr',
    ]);
    expect(no.find((o) => o.id === 'gdpr/regulator')).toBeUndefined();
  });

  it('takes a regime whose every rule needs an entity type as saying the organisation is one', () => {
    const forced = forceRegimes(CATALOG, ['sec-8k']).filter((r) => r.regime === 'sec-8k');
    expect(forced.every((r) => r.versions.every((v) => !v.applies.entityTypes))).toBe(true);
  });

  it('adds what the facts select to the named regimes', () => {
    const listed = obligationsWithNamedRegimes(
      computeObligations,
      CATALOG,
      { ...facts, affected: { 'US-CA': 1200 }, dataTypes: ['name', 'ssn'] },
      ['gdpr'],
    );
    expect(listed.some((o) => o.regime === 'us-ca')).toBe(true);
    expect(listed.some((o) => o.regime === 'gdpr')).toBe(true);
  });
});

describe('facts patch', () => {
  const base: Facts = {
    discoveredAt: T0,
    entityTypes: ['sec_registrant'],
    dataTypes: ['email'],
    encrypted: false,
    affected: { 'US-CA': 10 },
    judgments: {},
  };

  it('replaces data types, keeps the organisation profile, merges counts and judgments', () => {
    const next = applyFactsPatch(
      base,
      {
        dataTypes: ['name', 'ssn'],
        entityTypes: ['data_processor'],
        affected: { 'US-TX': 300, 'US-CA': 0 },
        judgments: { riskOfHarm: true },
      },
      ['sec_registrant'],
    );
    expect(next.dataTypes).toEqual(['name', 'ssn']);
    expect(next.entityTypes).toEqual(['sec_registrant', 'data_processor']);
    expect(next.affected).toEqual({ 'US-TX': 300 });
    expect(next.judgments).toEqual({ riskOfHarm: true });
    expect(describeFactsChange(base, next)).toEqual([
      'data types: name, ssn',
      'entity types: sec_registrant, data_processor',
      'affected: US-CA 0 (was 10), US-TX 300',
      'judgments: riskOfHarm=yes',
    ]);
  });

  it('sets clock instants', () => {
    const next = applyFactsPatch(base, { instants: { awareAt: '2026-03-02T12:00:00.000Z' } }, []);
    expect(next.awareAt).toBe('2026-03-02T12:00:00.000Z');
    expect(describeFactsChange(base, next)).toEqual(['awareAt: 2026-03-02T12:00:00.000Z']);
  });
});
