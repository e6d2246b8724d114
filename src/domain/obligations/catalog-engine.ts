import { CATALOG } from '../regulations/catalog';
import { computeObligations } from '../regulations/engine';
import type { Facts } from '../regulations/facts';
import type { Obligation } from '../regulations/obligation';
import { catalogRegimeIds, obligationsWithNamedRegimes } from './named-regimes';

/** The deadline engine over the built-in catalog, with `--regimes` taken as applying (named-regimes.ts). */
export function computeWithCatalog(facts: Facts, namedRegimes: readonly string[]): Obligation[] {
  return obligationsWithNamedRegimes(computeObligations, CATALOG, facts, namedRegimes);
}

let regimeIds: readonly string[] | null = null;
export function catalogRegimes(): readonly string[] {
  regimeIds ??= catalogRegimeIds(CATALOG);
  return regimeIds;
}
