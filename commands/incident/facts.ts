import { z } from 'zod';
import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
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

/**
 * Law enforcement's request to delay notices. A new request: `--le-agency`, `--le-form` and `--le-requested`
 * together (with `--le-until` and `--le-notices` optional); later, any of `--le-until`, `--le-notices` and
 * `--le-lifted` alone changes the recorded request.
 */
const LE_FLAGS = ['le-agency', 'le-form', 'le-requested', 'le-until', 'le-notices', 'le-lifted'] as const;
const LE_NEW_REQUEST = ['le-agency', 'le-form', 'le-requested'] as const;

const FACTS_FLAGS: FlagSpec = {
  data: 'value',
  affected: 'value',
  entity: 'value',
  encrypted: 'value',
  judgment: 'value',
  ...Object.fromEntries(Object.keys(INSTANT_FLAGS).map((f) => [f, 'value' as const])),
  ...Object.fromEntries(LE_FLAGS.map((f) => [f, 'value' as const])),
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

/** An agency, not a person: no mentions, e-mail addresses, or 7 or more digits (phone, badge or case numbers). */
const agencyName = z
  .string()
  .trim()
  .min(1, { message: 'must name the agency' })
  .max(120, { message: 'must be at most 120 characters' })
  .refine((s) => !/<@|@/.test(s) && (s.match(/\d/g) ?? []).length < 7, {
    message: 'must name the agency only (no people, e-mail addresses or phone, badge or case numbers)',
  });

/** `all`, or regime ids and obligation ids: `hipaa,us-me,sec-8k/regulator`. */
const noticeList = z.union([
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.literal('all')),
  commaList.pipe(
    z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+(\/[a-z0-9_/-]+)?$/, {
            message: 'entries must be regime or obligation ids, e.g. hipaa,us-me',
          })
          .refine((id) => catalogRegimes().includes(id.split('/')[0] ?? ''), {
            message: 'names a regime that is not in the catalog (e.g. hipaa, sec-8k, us-me)',
          }),
      )
      .min(1, { message: 'must be `all` or regime ids' }),
  ),
]);

const factsFlagsSchema = z.strictObject({
  data: commaList.pipe(z.array(dataTypeSchema)).optional(),
  entity: commaList.pipe(z.array(entityTypeSchema)).optional(),
  affected: commaList.pipe(z.array(affectedEntry)).optional(),
  judgment: commaList.pipe(z.array(judgmentEntry)).optional(),
  encrypted: yesNo.optional(),
  ...Object.fromEntries(Object.keys(INSTANT_FLAGS).map((f) => [f, typedInstant.optional()])),
  'le-agency': agencyName.optional(),
  'le-form': z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(['written', 'oral'], { message: 'must be written or oral' }))
    .optional(),
  'le-requested': typedInstant.optional(),
  'le-until': typedInstant.optional(),
  'le-lifted': typedInstant.optional(),
  'le-notices': noticeList.optional(),
});

type LeValues = Partial<{
  'le-agency': string;
  'le-form': 'written' | 'oral';
  'le-requested': string;
  'le-until': string;
  'le-lifted': string;
  'le-notices': 'all' | string[];
}>;

/** The law-enforcement flags as a facts change, or nothing when none was typed. */
function lawEnforcementPatch(values: LeValues, now: Date): FactsPatch['lawEnforcementDelay'] {
  if (!LE_FLAGS.some((f) => values[f] !== undefined)) return undefined;
  const given = LE_NEW_REQUEST.filter((f) => values[f] !== undefined);
  if (given.length > 0 && given.length < LE_NEW_REQUEST.length) {
    const missing = LE_NEW_REQUEST.filter((f) => values[f] === undefined).map((f) => `\`--${f}\``);
    throw new UsageError(
      `A law-enforcement delay request needs \`--le-agency\`, \`--le-form\` and \`--le-requested\` together; missing ${missing.join(' and ')}.`,
    );
  }
  const iso = (v: string) => new Date(v).toISOString();
  for (const flag of ['le-requested', 'le-lifted'] as const) {
    const v = values[flag];
    if (v !== undefined && Date.parse(v) > now.getTime()) {
      throw new UsageError(`\`--${flag}\` cannot lie in the future; got \`${v}\`.`);
    }
  }
  const requested = values['le-requested'];
  if (requested !== undefined) {
    for (const flag of ['le-until', 'le-lifted'] as const) {
      const v = values[flag];
      if (v !== undefined && Date.parse(v) < Date.parse(requested)) {
        throw new UsageError(`\`--${flag}\` cannot come before \`--le-requested\`; got \`${v}\`.`);
      }
    }
  }
  const notices = values['le-notices'];
  return {
    ...(values['le-agency'] !== undefined ? { agency: values['le-agency'] } : {}),
    ...(values['le-form'] !== undefined ? { form: values['le-form'] } : {}),
    ...(requested !== undefined ? { requestedAt: iso(requested) } : {}),
    ...(values['le-until'] !== undefined ? { until: iso(values['le-until']) } : {}),
    ...(values['le-lifted'] !== undefined ? { liftedAt: iso(values['le-lifted']) } : {}),
    ...(notices !== undefined ? { notices: notices === 'all' ? 'all' : [...new Set(notices)] } : {}),
  };
}

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
    Partial<Record<keyof typeof INSTANT_FLAGS, string>> &
    LeValues;
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
  const lawEnforcementDelay = lawEnforcementPatch(values, now);
  if (lawEnforcementDelay) patch.lawEnforcementDelay = lawEnforcementDelay;
  return { name: 'facts', patch };
}
