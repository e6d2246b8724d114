import { CATALOG } from '../../src/domain/regulations/catalog';
import { computeObligations } from '../../src/domain/regulations/engine';
import { type FactsInput, factsSchema } from '../../src/domain/regulations/facts';
import { JURISDICTION_CODES } from '../../src/domain/regulations/jurisdiction-code';
import type { Condition, DataScope, Deadline, Rule, RuleVersion, Threshold } from '../../src/domain/regulations/rule';
import {
  DATA_TYPES,
  type DataType,
  ENTITY_TYPES,
  JUDGMENTS,
  RECIPIENTS,
  TRIGGERS,
  type Trigger,
} from '../../src/domain/regulations/vocabulary';

/**
 * Issue 13, class 5: no accepted vocabulary value may be silently ignored. For every entity type, data type,
 * judgment, trigger and recipient, some rule of the catalog must change what the user sees (an obligation appears
 * or goes, or its due time moves) when that value is added to or removed from otherwise identical facts.
 */

type Witness = { rule: Rule; version: RuleVersion };

const VALID_CODES: ReadonlySet<string> = new Set(JURISDICTION_CODES);

function place(rule: Rule, version: RuleVersion): string {
  const where = version.applies.residentsOf;
  if (where === 'EU_EEA') return 'DE';
  if (where && where !== 'ANY') return where;
  return VALID_CODES.has(rule.jurisdiction) ? rule.jurisdiction : 'US-CA';
}

function countFor(thresholds: Threshold[]): number {
  let n = 10;
  for (const t of thresholds) {
    if (t.op === '>') n = Math.max(n, t.count + 1);
    if (t.op === '>=') n = Math.max(n, t.count);
  }
  for (const t of thresholds) if (t.op === '<') n = Math.min(n, t.count - 1);
  return Math.max(n, 1);
}

/** Data that meets a scope: a name (or the scope's first identifier) with an element, or a standalone element. */
function dataFor(scope: DataScope | undefined): DataType[] {
  if (!scope || scope.any) return ['name', 'ssn'];
  if (scope.standalone?.length) return [scope.standalone[0] as DataType];
  return [(scope.identifiers ?? ['name'])[0] as DataType, (scope.withName ?? [])[0] as DataType];
}

/** Facts that bring `version` of `rule` in, with `alternative` the anyOf condition to satisfy. */
function witness({ rule, version }: Witness, alternative?: Condition): FactsInput {
  const at = `${version.inForceFrom}T12:00:00Z`;
  const a = version.applies;
  const thresholds = [...(a.thresholds ?? []), ...(alternative?.thresholds ?? [])];
  const facts: FactsInput = {
    discoveredAt: at,
    entityTypes: [...(a.entityTypes?.slice(0, 1) ?? []), ...(a.presumedEntityTypes?.types ?? [])],
    dataTypes: dataFor(alternative?.data ?? a.data),
    affected: { [place(rule, version)]: countFor(thresholds) } as FactsInput['affected'],
    judgments: Object.fromEntries(JUDGMENTS.map((j) => [j, true])),
  };
  for (const t of a.requiresFacts ?? []) (facts as Record<string, unknown>)[t] = at;
  if (alternative?.domicile && VALID_CODES.has(rule.jurisdiction))
    facts.domicile = [rule.jurisdiction] as FactsInput['domicile'];
  return facts;
}

/** What the user sees of one rule: absent, or its due time and conditions. */
function seen(input: FactsInput, ruleId: string): string {
  const o = computeObligations(factsSchema.parse(input)).find((x) => x.id === ruleId);
  return o ? `${o.dueAt} ${o.notes.filter((n) => n.startsWith('Only if')).join(' ')}` : 'absent';
}

const versions: Witness[] = CATALOG.flatMap((rule) => rule.versions.map((version) => ({ rule, version })));
const alternativesOf = (w: Witness): Array<Condition | undefined> =>
  w.version.applies.anyOf?.length ? w.version.applies.anyOf : [undefined];

function entityTypeInfluences(value: string): boolean {
  return versions.some((w) => {
    const a = w.version.applies;
    const named = [...(a.entityTypes ?? []), ...(a.excludedEntityTypes ?? []), ...(a.presumedEntityTypes?.types ?? [])];
    if (!named.includes(value as never)) return false;
    return alternativesOf(w).some((alt) => {
      const base = witness(w, alt);
      const presumed = a.presumedEntityTypes?.types.filter((t) => t !== value) ?? [];
      // Required types are compared against none of them (any one brings the rule in); an excluding or presumed
      // type is compared against the rule's first required type alone.
      const without = a.entityTypes?.includes(value as never)
        ? presumed
        : [...(a.entityTypes?.slice(0, 1) ?? []), ...presumed];
      const withIt = { ...base, entityTypes: [...without, value] } as FactsInput;
      return seen(withIt, w.rule.id) !== seen({ ...base, entityTypes: without }, w.rule.id);
    });
  });
}

function scopesOf(w: Witness): DataScope[] {
  return [w.version.applies.data, ...(w.version.applies.anyOf ?? []).map((c) => c.data)].filter(
    (s): s is DataScope => !!s && !s.any,
  );
}

function dataTypeInfluences(value: DataType): boolean {
  return versions.some((w) =>
    scopesOf(w).some((scope) => {
      const identifiers = scope.identifiers ?? ['name'];
      const pairs: Array<[DataType[], DataType[]]> = [];
      if (scope.standalone?.includes(value)) pairs.push([[value], []]);
      const element = (scope.withName ?? []).find((e) => !(scope.standalone ?? []).includes(e));
      if (identifiers.includes(value) && element) pairs.push([[value, element], [element]]);
      if (scope.withName?.includes(value)) {
        const id = identifiers.find((i) => i !== value);
        if (id) pairs.push([[id, value], [id]]);
      }
      const alt = w.version.applies.anyOf?.find((c) => c.data === scope);
      return pairs.some(([withIt, without]) => {
        const base = witness(w, alt);
        // A filler type keeps "no data recorded" (an open condition) out of the comparison.
        const filler: DataType =
          DATA_TYPES.find(
            (d) => d !== value && ![...identifiers, ...(scope.withName ?? []), ...(scope.standalone ?? [])].includes(d),
          ) ?? 'name';
        return (
          seen({ ...base, dataTypes: [...withIt, filler] }, w.rule.id) !==
          seen({ ...base, dataTypes: [...without, filler] }, w.rule.id)
        );
      });
    }),
  );
}

const meets = (n: number, t: Threshold): boolean =>
  t.op === '>' ? n > t.count : t.op === '>=' ? n >= t.count : n < t.count;

/**
 * The witness of `alt` made to miss its sibling alternatives where it can: a count that meets the version's and
 * `alt`'s thresholds but not a sibling's, and the siblings' judgments decided against. Without this a judgment
 * that is one of several alternatives looks inert whenever the default count already meets a sibling (Fannie Mae
 * A3-2-01: 10 or more borrowers, or a reportable breach; with 9 borrowers the judgment decides the notice).
 */
function isolatedWitness(w: Witness, alt: Condition): FactsInput {
  const base = witness(w, alt);
  const own = [...(w.version.applies.thresholds ?? []), ...(alt.thresholds ?? [])];
  const siblings = (w.version.applies.anyOf ?? []).filter((c) => c !== alt);
  const outside = siblings.flatMap((c) => (c.thresholds ?? []).map((t) => (t.op === '>=' ? t.count - 1 : t.count)));
  const missed = (n: number) => siblings.filter((c) => c.thresholds?.some((t) => !meets(n, t))).length;
  const counts = [countFor(own), ...outside].filter((n) => n >= 1 && own.every((t) => meets(n, t)));
  const count = counts.reduce((best, n) => (missed(n) > missed(best) ? n : best), counts[0] ?? countFor(own));
  const judgments = { ...base.judgments };
  for (const c of siblings) {
    if (c.judgment && c.judgment.key !== alt.judgment?.key) judgments[c.judgment.key] = !(c.judgment.when ?? true);
  }
  return { ...base, affected: { [place(w.rule, w.version)]: count } as FactsInput['affected'], judgments };
}

function judgmentInfluences(value: string): boolean {
  return versions.some((w) => {
    const a = w.version.applies;
    const alternatives: Array<Condition | undefined> = [];
    if (a.judgment?.key === value) alternatives.push(undefined);
    for (const alt of a.anyOf ?? []) if (alt.judgment?.key === value) alternatives.push(alt);
    return alternatives.some((alt) => {
      const bases = alt ? [witness(w, alt), isolatedWitness(w, alt)] : [witness(w, alt)];
      return bases.some((base) => {
        const judged = (b: boolean): FactsInput => ({ ...base, judgments: { ...base.judgments, [value]: b } });
        return seen(judged(true), w.rule.id) !== seen(judged(false), w.rule.id);
      });
    });
  });
}

function triggersOf(d: Deadline): Trigger[] {
  switch (d.kind) {
    case 'period':
    case 'no_fixed_period':
      return [d.from];
    case 'after_notice':
      return [d.sentAt];
    case 'relative_to_individual_notice':
      return ['individualNoticeSentAt'];
    case 'earliest_of':
      return d.deadlines.flatMap(triggersOf);
  }
}

function triggerInfluences(value: Trigger): boolean {
  return versions.some((w) => {
    const named = [...triggersOf(w.version.deadline), ...(w.version.applies.requiresFacts ?? [])];
    if (!named.includes(value)) return false;
    return alternativesOf(w).some((alt) => {
      const base = witness(w, alt);
      const later = new Date(new Date(base.discoveredAt).getTime() + 86_400_000).toISOString();
      const moved = { ...base, [value]: later } as FactsInput;
      const without = { ...base } as Record<string, unknown>;
      if (value !== 'discoveredAt') delete without[value];
      return seen(moved, w.rule.id) !== seen(without as FactsInput, w.rule.id);
    });
  });
}

function recipientProduced(value: string): boolean {
  return versions.some(
    (w) => w.rule.recipient === value && alternativesOf(w).some((alt) => seen(witness(w, alt), w.rule.id) !== 'absent'),
  );
}

describe('every vocabulary value can change an obligation', () => {
  test.each(ENTITY_TYPES.map((v) => [v]))('entity type %s', (value) => {
    expect(entityTypeInfluences(value)).toBe(true);
  });
  test.each(DATA_TYPES.map((v) => [v]))('data type %s', (value) => {
    expect(dataTypeInfluences(value)).toBe(true);
  });
  test.each(JUDGMENTS.map((v) => [v]))('judgment %s', (value) => {
    expect(judgmentInfluences(value)).toBe(true);
  });
  test.each(TRIGGERS.map((v) => [v]))('trigger %s', (value) => {
    expect(triggerInfluences(value)).toBe(true);
  });
  test.each(RECIPIENTS.map((v) => [v]))('recipient %s', (value) => {
    expect(recipientProduced(value)).toBe(true);
  });
});

describe("the issue's silent entity types now produce obligations", () => {
  test.each([
    ['texas_sml_licensee', 'tx-sml/regulator'],
    ['arkansas_fmla_licensee', 'ar-fmla/regulator'],
    ['phr_vendor', 'ftc-hbnr/individuals'],
    ['au_apra_regulated', 'apra-cps234/regulator'],
  ] as const)('%s alone brings in %s', (entityType, id) => {
    const input: FactsInput = {
      discoveredAt: '2026-03-02T14:00:00Z',
      entityTypes: [entityType],
      dataTypes: ['name', 'ssn', 'health'],
      affected: { 'US-TX': 10 },
    };
    const ids = computeObligations(factsSchema.parse(input)).map((o) => o.id);
    expect(ids).toContain(id);
    const without = computeObligations(factsSchema.parse({ ...input, entityTypes: [] })).map((o) => o.id);
    expect(without).not.toContain(id);
  });
});
