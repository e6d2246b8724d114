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
