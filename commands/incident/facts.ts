import { z } from 'zod';
import type { FactsPatch } from '../../src/domain/obligations/facts-patch';
import { jurisdictionCodeSchema } from '../../src/domain/regulations/jurisdiction-code';
import {
  dataTypeSchema,
  entityTypeSchema,
  judgmentSchema,
  type Trigger,
} from '../../src/domain/regulations/vocabulary';
import { commaList, parseFlags, typedInstant } from './flag-values';
import { type FlagSpec, splitFlags, UsageError } from './tokenize';

/** Flags that set a clock's trigger instant, by the facts field they fill. */
const INSTANT_FLAGS = {
  discovered: 'discoveredAt',
  aware: 'awareAt',
  determined: 'determinedAt',
  'harm-determined': 'harmDeterminedAt',
  'scope-identified': 'scopeIdentifiedAt',
  materiality: 'materialityDeterminedAt',
  'classified-major': 'classifiedMajorAt',
  'ransom-paid': 'ransomPaidAt',
  'individual-notice-sent': 'individualNoticeSentAt',
  'regulator-notice-sent': 'regulatorNoticeSentAt',
} as const satisfies Record<string, Trigger>;

const FACTS_FLAGS: FlagSpec = {
  data: 'value',
  affected: 'value',
  entity: 'value',
  encrypted: 'value',
  judgment: 'value',
  ...Object.fromEntries(Object.keys(INSTANT_FLAGS).map((f) => [f, 'value' as const])),
};

const yesNo = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(['yes', 'no', 'true', 'false'], { message: 'must be yes or no' }))
  .transform((s) => s === 'yes' || s === 'true');

const affectedEntry = z
  .string()
  .regex(/^[A-Za-z]{2}(-[A-Za-z]{2})?=\d+$/, { message: 'entries must look like US-CA=1200' })
  .transform((s) => {
    const [code = '', count = '0'] = s.split('=');
    return [code.toUpperCase(), Number(count)] as const;
  })
  .pipe(z.tuple([jurisdictionCodeSchema, z.number().int().nonnegative()]));

const judgmentEntry = z
  .string()
  .regex(/^[A-Za-z]+=(yes|no)$/i, { message: 'entries must look like riskOfHarm=yes' })
  .transform((s) => {
    const [key = '', value = ''] = s.split('=');
    return [key, value.toLowerCase() === 'yes'] as const;
  })
  .pipe(z.tuple([judgmentSchema, z.boolean()]));

const factsFlagsSchema = z.strictObject({
  data: commaList.pipe(z.array(dataTypeSchema)).optional(),
  entity: commaList.pipe(z.array(entityTypeSchema)).optional(),
  affected: commaList.pipe(z.array(affectedEntry)).optional(),
  judgment: commaList.pipe(z.array(judgmentEntry)).optional(),
  encrypted: yesNo.optional(),
  ...Object.fromEntries(Object.keys(INSTANT_FLAGS).map((f) => [f, typedInstant.optional()])),
});

export interface FactsCommand {
  name: 'facts';
  patch: FactsPatch;
}

export function parseFactsCommand(tokens: string[], now: Date): FactsCommand {
  const { words, flags } = splitFlags(tokens, FACTS_FLAGS, 'facts');
  if (words.length > 0) throw new UsageError(`\`facts\` takes flags only; got \`${words.join(' ')}\`.`);
  if (flags.size === 0) {
    throw new UsageError('`facts` needs at least one flag, e.g. `/incident facts --data ssn --affected US-CA=1200`.');
  }
  const values = parseFlags(factsFlagsSchema, Object.fromEntries(flags)) as z.infer<typeof factsFlagsSchema> &
    Partial<Record<keyof typeof INSTANT_FLAGS, string>>;
  const instants: Partial<Record<Trigger, string>> = {};
  for (const [flag, field] of Object.entries(INSTANT_FLAGS)) {
    const value = values[flag as keyof typeof INSTANT_FLAGS];
    if (value === undefined) continue;
    if (Date.parse(value) > now.getTime())
      throw new UsageError(`\`--${flag}\` cannot lie in the future; got \`${value}\`.`);
    instants[field] = new Date(value).toISOString();
  }
  const patch: FactsPatch = {
    ...(values.data ? { dataTypes: [...new Set(values.data)] } : {}),
    ...(values.entity ? { entityTypes: [...new Set(values.entity)] } : {}),
    ...(values.affected ? { affected: Object.fromEntries(values.affected) } : {}),
    ...(values.judgment ? { judgments: Object.fromEntries(values.judgment) } : {}),
    ...(values.encrypted !== undefined ? { encrypted: values.encrypted } : {}),
    ...(Object.keys(instants).length ? { instants } : {}),
  };
  return { name: 'facts', patch };
}
