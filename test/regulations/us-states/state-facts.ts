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

/** When the statute-reading tables' breach was discovered: a Wednesday in March, clear of holidays and clock changes. */
export const READING_DISCOVERED = '2026-03-04T15:00:00Z';

/** The statute-reading tables' breach: names with SSNs of the residents given, harm likely. */
export function readingBreach(affected: Record<string, number>, overrides: Partial<FactsInput> = {}): FactsInput {
  return {
    discoveredAt: READING_DISCOVERED,
    dataTypes: ['name', 'ssn'],
    affected,
    judgments: { riskOfHarm: true },
    ...overrides,
  };
}

/** The same breach of three residents of one state. */
export const readingStateBreach = (state: string, overrides: Partial<FactsInput> = {}): FactsInput =>
  readingBreach({ [state]: 3 }, overrides);

/** The same breach, told to a service provider that maintains the data for its owner. */
export const readingMaintainer = (state: string, overrides: Partial<FactsInput> = {}): FactsInput =>
  readingStateBreach(state, { entityTypes: ['data_maintainer'], ...overrides });
