import { CATALOG } from './catalog';
import type { Rule } from './rule';
import type { Judgment } from './vocabulary';

/**
 * The regimes whose rules read each judgment (a rule's own condition or one of its alternatives), from the
 * catalog: what recording that judgment decides. Help and the facts form say it next to each judgment.
 */
export function regimesDecidedBy(catalog: readonly Rule[] = CATALOG): Map<Judgment, string[]> {
  const out = new Map<Judgment, Set<string>>();
  for (const rule of catalog) {
    for (const v of rule.versions) {
      const keys = [v.applies.judgment?.key, ...(v.applies.anyOf ?? []).map((c) => c.judgment?.key)];
      for (const key of keys) if (key) out.set(key, (out.get(key) ?? new Set()).add(rule.regime));
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
