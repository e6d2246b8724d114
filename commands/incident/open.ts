import { z } from 'zod';
import { severitySchema } from '../../src/domain/incidents/incident';
import { commaList, parseFlags, typedInstant } from './flag-values';
import { type FlagSpec, splitFlags, UsageError } from './tokenize';

const OPEN_FLAGS: FlagSpec = {
  severity: 'value',
  discovered: 'value',
  regimes: 'value',
  drill: 'switch',
  speed: 'value',
};

const openFlagsSchema = z
  .strictObject({
    severity: severitySchema
      .default('sev1')
      .describe('sev1 (default: a declared breach gets the full checklist until someone downgrades it)'),
    discovered: typedInstant.optional(),
    regimes: commaList
      .pipe(z.array(z.string().regex(/^[a-z0-9-]+$/, { message: 'must be regime ids such as gdpr,us-ca,sec-8k' })))
      .default([]),
    drill: z.boolean().default(false),
    speed: z.coerce
      .number({ message: 'must be a number' })
      .min(1, { message: 'must be at least 1' })
      .max(10_000, { message: 'must be at most 10000' })
      .optional(),
  })
  .refine((f) => f.speed === undefined || f.drill, {
    path: ['speed'],
    message: 'only applies to a drill (add --drill)',
  });

export interface OpenCommand {
  name: 'open';
  title: string;
  severity: z.infer<typeof severitySchema>;
  discoveredAt?: string;
  regimes: string[];
  drill: boolean;
  speed: number;
}

export function parseOpen(tokens: string[], now: Date): OpenCommand {
  const { words, flags } = splitFlags(tokens, OPEN_FLAGS, 'open');
  const title = words.join(' ').trim();
  if (!title)
    throw new UsageError('`open` needs a title, e.g. `/incident open Customer data exfiltration --severity sev1`.');
  if (title.length > 200) throw new UsageError(`The title is ${title.length} characters; keep it within 200.`);
  const values = parseFlags(openFlagsSchema, Object.fromEntries(flags));
  if (values.discovered && Date.parse(values.discovered) > now.getTime()) {
    throw new UsageError(`\`--discovered\` cannot lie in the future; got \`${values.discovered}\`.`);
  }
  return {
    name: 'open',
    title,
    severity: values.severity,
    ...(values.discovered ? { discoveredAt: new Date(values.discovered).toISOString() } : {}),
    regimes: [...new Set(values.regimes)],
    drill: values.drill,
    speed: values.speed ?? 1,
  };
}
