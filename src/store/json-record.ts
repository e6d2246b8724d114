import type { z } from 'zod';

/** A stored record that fails its schema: the data is not trusted, and nothing is written over it. */
export class CorruptRecordError extends Error {
  constructor(key: string, detail: string) {
    super(`stored record ${key} does not match its schema: ${detail}`);
    this.name = 'CorruptRecordError';
  }
}

/** JSON.parse that answers undefined instead of throwing, so the caller's zod schema reports the problem. */
export function tryParseJson(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Parses a record read from `key` with its schema, or throws CorruptRecordError naming the key. */
export function parseRecord<S extends z.ZodType>(key: string, raw: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(tryParseJson(raw));
  if (!parsed.success) throw new CorruptRecordError(key, parsed.error.message);
  return parsed.data;
}
