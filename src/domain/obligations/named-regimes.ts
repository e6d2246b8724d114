import type { Facts } from '../regulations/facts';
import type { Obligation } from '../regulations/obligation';
import type { Applicability, Condition, Rule } from '../regulations/rule';

/** The regime ids a catalog knows (`gdpr`, `us-ca`, `sec-8k` …), sorted. */
export function catalogRegimeIds(catalog: readonly Rule[]): string[] {
  return [...new Set(catalog.map((r) => r.regime))].sort();
}

/** The named regimes the catalog does not know, in the order given. */
export function unknownRegimes(catalog: readonly Rule[], named: readonly string[]): string[] {
  const known = new Set(catalog.map((r) => r.regime));
  return named.filter((id) => !known.has(id));
}

/**
 * A regime named with `--regimes` is taken as applying: the team already knows it does. Its rules lose the
 * tests the incident's facts would make (where the people live, what data, how many, whether it was
 * encrypted). Who the organisation is (entity types) is kept where it only tells a regime's notices apart
 * (GDPR: a processor's notice to its controller is not a controller's duty); where every rule of the regime
 * requires an entity type (SEC 8-K, HIPAA, NYDFS), naming the regime says the organisation is one, and the
 * requirement is dropped too. The rules keep the two things facts cannot settle for the team:
 *   - judgments ("risk to the rights and freedoms"): still shown as open conditions until recorded, and a
 *     judgment recorded as "no" still drops the obligation;
 *   - events that may never happen (`requiresFacts`, e.g. a ransom payment): still listed only once recorded.
 * Facts given later only add: a regime the facts select is listed whether or not it was named.
 */
export function forceRegimes(catalog: readonly Rule[], named: readonly string[]): Rule[] {
  const forced = new Set(named);
  if (forced.size === 0) return [...catalog];
  const general = new Set(
    catalog.filter((r) => forced.has(r.regime) && r.versions.some((v) => !v.applies.entityTypes)).map((r) => r.regime),
  );
  return catalog.map((rule) =>
    forced.has(rule.regime)
      ? {
          ...rule,
          versions: rule.versions.map((v) => ({
            ...v,
            applies: forcedApplicability(v.applies, general.has(rule.regime)),
          })),
        }
      : rule,
  );
}

function forcedApplicability(applies: Applicability, keepEntityTypes: boolean): Applicability {
  const out: Applicability = {};
  if (keepEntityTypes && applies.entityTypes) out.entityTypes = applies.entityTypes;
  if (keepEntityTypes && applies.excludedEntityTypes) out.excludedEntityTypes = applies.excludedEntityTypes;
  if (applies.requiresFacts) out.requiresFacts = applies.requiresFacts;
  if (applies.judgment) out.judgment = applies.judgment;
  if (applies.anyOf) {
    const judgmentsOnly: Condition[] = applies.anyOf.map((c) => (c.judgment ? { judgment: c.judgment } : {}));
    // An alternative that hung on facts alone counts as met: the regime was named.
    if (judgmentsOnly.every((c) => c.judgment)) out.anyOf = judgmentsOnly;
  }
  return out;
}

export type Engine = (facts: Facts, options?: { catalog?: readonly Rule[] }) => Obligation[];

/**
 * The obligations for an incident: the engine over the catalog with the named regimes forced. An obligation
 * listed only because its regime was named carries a note saying so.
 */
export function obligationsWithNamedRegimes(
  engine: Engine,
  catalog: readonly Rule[],
  facts: Facts,
  named: readonly string[],
): Obligation[] {
  if (named.length === 0) return engine(facts, { catalog });
  const byFacts = new Set(engine(facts, { catalog }).map((o) => o.id));
  return engine(facts, { catalog: forceRegimes(catalog, named) }).map((o) =>
    byFacts.has(o.id)
      ? o
      : {
          ...o,
          notes: [
            `Listed because --regimes named ${o.regime}; the facts recorded so far would not select it.`,
            ...o.notes,
          ],
        },
  );
}
