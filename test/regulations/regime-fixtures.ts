import { computeObligations } from '../../src/domain/regulations/engine';
import { type Facts, type FactsInput, factsSchema } from '../../src/domain/regulations/facts';
import type { Obligation } from '../../src/domain/regulations/obligation';
import type { Rule } from '../../src/domain/regulations/rule';

/** Facts as a team would type them, with schema defaults applied. */
export function facts(input: FactsInput): Facts {
  return factsSchema.parse(input);
}

export function obligations(input: FactsInput, catalog?: Rule[]): Obligation[] {
  return computeObligations(facts(input), catalog ? { catalog } : {});
}

/** The obligation with this id, or undefined when the rule does not apply. */
export function find(input: FactsInput, id: string, catalog?: Rule[]): Obligation | undefined {
  return obligations(input, catalog).find((o) => o.id === id);
}

/** What a statute's words give for one obligation: its due instant (ISO), no fixed period (null), or not owed. */
export type DueAsRead = string | null | 'absent';

/** The obligation is owed by the instant worked out by hand from the words (or, for 'absent', not owed). */
export function expectDueAsRead(input: FactsInput, id: string, due: DueAsRead): void {
  const o = find(input, id);
  if (due === 'absent') {
    expect(o).toBeUndefined();
    return;
  }
  expect(o).toBeDefined();
  expect(o?.dueAt ?? null).toBe(due);
}
