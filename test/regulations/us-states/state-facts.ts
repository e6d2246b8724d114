import { US_STATE_RULES } from '../../../src/domain/regulations/catalog/us-states';
import { computeObligations } from '../../../src/domain/regulations/engine';
import { type FactsInput, factsSchema } from '../../../src/domain/regulations/facts';
import type { Obligation } from '../../../src/domain/regulations/obligation';

/**
 * Facts for a breach of one jurisdiction's residents that every state statute reaches: a name with an SSN,
 * unencrypted, with every harm and scope judgment made in favour of notice. Tests override what they examine.
 */
export function stateFacts(code: string, overrides: Partial<FactsInput> = {}): FactsInput {
  return {
    discoveredAt: '2026-03-02T14:00:00Z',
    dataTypes: ['name', 'ssn'],
    affected: { [code]: 1 },
    judgments: { riskOfHarm: true, informationBroker: true, relyingOnNoHarmException: true },
    ...overrides,
  };
}

/** The state catalog alone, evaluated by the engine. */
export function stateObligations(input: FactsInput): Obligation[] {
  return computeObligations(factsSchema.parse(input), { catalog: US_STATE_RULES });
}

export function obligation(input: FactsInput, id: string): Obligation | undefined {
  return stateObligations(input).find((o) => o.id === id);
}

export const DAY_MS = 24 * 3600 * 1000;

export function plusDays(iso: string, n: number): string {
  return new Date(new Date(iso).getTime() + n * DAY_MS).toISOString();
}
