import { z } from 'zod';
import { UsageError } from './tokenize';

/** Instants typed by people: ISO 8601 with a zone, e.g. 2026-11-02T14:30:00Z or 2026-11-02T09:30-05:00. */
export const typedInstant = z.iso.datetime({
  offset: true,
  local: false,
  message: 'must be an ISO 8601 instant with a zone, e.g. 2026-11-02T14:30:00Z',
});

export const commaList = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);

/** Parses flag values with a zod schema whose keys are the flag names, and words every issue for a person. */
export function parseFlags<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new UsageError('Invalid input.');
  const [flag, ...rest] = issue.path.map(String);
  const got = flag !== undefined ? values[flag] : undefined;
  const where = flag ? `\`--${flag}\`${rest.length ? ` (${rest.join('.')})` : ''}` : 'The command';
  const shown = typeof got === 'string' ? `; got \`${got}\`` : '';
  throw new UsageError(`${where} ${issue.message}${shown}.`);
}
