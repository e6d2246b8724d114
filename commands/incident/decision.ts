import { UsageError } from './tokenize';

export interface DecisionCommand {
  name: 'decision';
  text: string;
}

export const MAX_DECISION_LENGTH = 3000;

/** The decision is the rest of the text as typed: flags are not parsed, a decision may mention "--force". */
export function parseDecision(rest: string): DecisionCommand {
  const text = rest.trim();
  if (!text)
    throw new UsageError('`decision` needs the decision itself, e.g. `/incident decision Engage outside counsel`.');
  if (text.length > MAX_DECISION_LENGTH) {
    throw new UsageError(`The decision is ${text.length} characters; keep it within ${MAX_DECISION_LENGTH}.`);
  }
  return { name: 'decision', text };
}
