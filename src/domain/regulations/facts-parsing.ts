import type { z } from 'zod';
import { type Facts, factsSchema } from './facts';

export type ParseFactsResult = { ok: true; facts: Facts } | { ok: false; errors: string[] };

/** What an unknown key or enum value is called in messages, by the field it sits in. */
const VALUE_NOUNS: Record<string, string> = {
  affected: 'jurisdiction',
  judgments: 'judgment',
  entityTypes: 'entity type',
  dataTypes: 'data type',
};

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

function quoted(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

function describe(issue: z.core.$ZodIssue): string[] {
  const where = pathText(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const noun = VALUE_NOUNS[String(issue.path[0])] ?? 'field';
      return issue.keys.map((key) => `${where ? `${where}.` : ''}${key}: unknown ${noun} "${key}"`);
    }
    case 'invalid_value': {
      const noun = VALUE_NOUNS[String(issue.path[0])] ?? 'value';
      return [`${where}: unknown ${noun} ${quoted(input)}`];
    }
    case 'invalid_format':
      return [`${where}: ${quoted(input)} is not an ISO 8601 instant with a zone offset (e.g. 2026-03-01T14:00:00Z)`];
    case 'too_small':
      return [`${where}: must be 0 or more, got ${quoted(input)}`];
    case 'invalid_type':
      if (input === undefined) return [`${where || 'facts'}: required`];
      return [
        `${where || 'facts'}: expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${quoted(input)}`,
      ];
    default:
      return [`${where || 'facts'}: ${issue.message}${input === undefined ? '' : ` (got ${quoted(input)})`}`];
  }
}

/**
 * Checks an incident's facts (from a file, Slack or Redis) and says what is wrong in plain words, naming the
 * field and the bad value: `affected.US-XX: unknown jurisdiction "US-XX"`.
 */
export function parseFacts(input: unknown): ParseFactsResult {
  const result = factsSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, facts: result.data };
  return { ok: false, errors: result.error.issues.flatMap(describe) };
}
