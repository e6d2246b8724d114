import { z } from 'zod';
import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
import type { FactsPatch } from '../../src/domain/obligations/facts-patch';
import {
  DATA_TYPES,
  ENTITY_TYPES,
  JUDGMENTS,
  type Judgment,
  type Trigger,
} from '../../src/domain/regulations/vocabulary';
import { DATA_TYPE_SYNONYMS } from '../../src/domain/regulations/vocabulary-labels';
import { didYouMean } from '../../src/domain/words/did-you-mean';
import {
  commaList,
  parseFlags,
  type ReadingContext,
  readAffected,
  readInstant,
  readList,
  readPlaceFlag,
  readWords,
  readYesNo,
} from './flag-values';
import { type FlagSpec, splitFlags, UsageError } from './tokenize';

/** Flags that set a clock's trigger instant, by the facts field they fill. */
export const INSTANT_FLAGS = {
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
  'no-harm-determined': 'noHarmDeterminedAt',
  'hhs-notice-sent': 'hhsNoticeSentAt',
  'assessed-notifiable': 'assessedNotifiableAt',
  'nis2-notification-sent': 'nis2NotificationSentAt',
  'dora-initial-sent': 'doraInitialNotificationSentAt',
  'dora-intermediate-sent': 'doraIntermediateReportSentAt',
  'cra-incident-notification-sent': 'craIncidentNotificationSentAt',
} as const satisfies Record<string, Trigger>;

/**
 * Law enforcement's request to delay notices. A new request: `--le-agency`, `--le-form` and `--le-requested`
 * together (with `--le-until` and `--le-notices` optional); later, any of `--le-until`, `--le-notices` and
 * `--le-lifted` alone changes the recorded request.
 */
export const LE_FLAGS = ['le-agency', 'le-form', 'le-requested', 'le-until', 'le-notices', 'le-lifted'] as const;
const LE_NEW_REQUEST = ['le-agency', 'le-form', 'le-requested'] as const;

const FACTS_FLAGS: FlagSpec = {
  data: 'value',
  affected: 'value',
  entity: 'value',
  encrypted: 'value',
  judgment: 'value',
  domicile: 'value',
  ...Object.fromEntries(Object.keys(INSTANT_FLAGS).map((f) => [f, 'value' as const])),
  ...Object.fromEntries(LE_FLAGS.map((f) => [f, 'value' as const])),
};

/** An agency, not a person: no mentions, e-mail addresses, or 7 or more digits (phone, badge or case numbers). */
export const agencyName = z
  .string()
  .trim()
  .min(1, { message: 'must name the agency' })
  .max(120, { message: 'must be at most 120 characters' })
  .refine((s) => !/<@|@/.test(s) && (s.match(/\d/g) ?? []).length < 7, {
    message: 'must name the agency only (no people, e-mail addresses or phone, badge or case numbers)',
  });

/** `all`, or regime ids and obligation ids: `hipaa,us-me,sec-8k/regulator`. */
export const noticeList = z.union([
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

/** The law-enforcement flags that are not instants, checked with zod; the instants are read like the others. */
const leFlagsSchema = z.strictObject({
  'le-agency': agencyName.optional(),
  'le-form': z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(['written', 'oral'], { message: 'must be written or oral' }))
    .optional(),
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

/** The law-enforcement flags as a facts change, or nothing when none was typed. Instants arrive read (ISO, UTC). */
function lawEnforcementPatch(values: LeValues): FactsPatch['lawEnforcementDelay'] {
  if (!LE_FLAGS.some((f) => values[f] !== undefined)) return undefined;
  const given = LE_NEW_REQUEST.filter((f) => values[f] !== undefined);
  if (given.length > 0 && given.length < LE_NEW_REQUEST.length) {
    const missing = LE_NEW_REQUEST.filter((f) => values[f] === undefined).map((f) => `\`--${f}\``);
    throw new UsageError(
      `A law-enforcement delay request needs \`--le-agency\`, \`--le-form\` and \`--le-requested\` together; missing ${missing.join(' and ')}.`,
    );
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
    ...(requested !== undefined ? { requestedAt: requested } : {}),
    ...(values['le-until'] !== undefined ? { until: values['le-until'] } : {}),
    ...(values['le-lifted'] !== undefined ? { liftedAt: values['le-lifted'] } : {}),
    ...(notices !== undefined ? { notices: notices === 'all' ? 'all' : [...new Set(notices)] } : {}),
  };
}

export interface FactsCommand {
  name: 'facts';
  patch: FactsPatch;
}

/** `/incident facts` alone: the facts form (a modal pre-filled with the stored facts). */
export interface FactsFormCommand {
  name: 'facts_form';
}

/** `/incident facts show`: the stored facts, as the `/incident facts …` command that would recreate them. */
export interface FactsShowCommand {
  name: 'facts_show';
}

/** `facts` with flags changes the facts; alone it opens the form; `facts show` prints them. */
export function parseFactsSubcommand(
  tokens: string[],
  now: Date,
  ctx: ReadingContext,
): FactsCommand | FactsFormCommand | FactsShowCommand {
  if (tokens.length === 0) return { name: 'facts_form' };
  if (tokens.length === 1 && tokens[0]?.toLowerCase() === 'show') return { name: 'facts_show' };
  return parseFactsCommand(tokens, now, ctx);
}

/** Judgment names in any case (`riskofharm`, `RiskOfHarm`). */
const JUDGMENT_BY_FOLDED = new Map(JUDGMENTS.map((j) => [j.toLowerCase(), j]));

/** What a judgment is set back to when it is not decided (any more). */
const UNDECIDED = new Set(['undecided', 'open', 'unknown']);

/** `riskOfHarm=yes, gdprRisk: no, hipaaBreach=true, secMaterial=undecided` (null: undecided, forgotten). */
function readJudgments(value: string, ctx: ReadingContext): [Judgment, boolean | null][] {
  const entries = readList(value);
  if (entries.length === 0) throw new UsageError('`--judgment` needs entries like `riskOfHarm=yes`.');
  return entries.map((entry) => {
    const m = /^([A-Za-z0-9_]+)\s*[=:]\s*(\S+)$/.exec(entry);
    if (!m?.[1] || !m[2]) {
      throw new UsageError(`\`--judgment\` entries look like \`riskOfHarm=yes\`; got \`${entry}\`.`);
    }
    const judgment = JUDGMENT_BY_FOLDED.get(m[1].toLowerCase());
    if (!judgment) {
      throw new UsageError(
        `\`--judgment\`: unknown judgment \`${m[1]}\`.${didYouMean(m[1], JUDGMENTS)} \`/incident help ${ctx.subcommand}\` lists them.`,
      );
    }
    if (UNDECIDED.has(m[2].toLowerCase())) return [judgment, null];
    return [judgment, readYesNo(`judgment ${judgment}`, m[2])];
  });
}

/**
 * `facts` flags → the change they make. `timeZone` reads instants typed without a zone; each such reading is
 * added to `saidBack`, so the person sees which instant was recorded.
 */
export function parseFactsCommand(
  tokens: string[],
  now: Date,
  ctx: ReadingContext = { timeZone: 'UTC', saidBack: [], subcommand: 'facts' },
): FactsCommand {
  const { words, flags } = splitFlags(tokens, FACTS_FLAGS, 'facts', 'all');
  if (words.length > 0) throw new UsageError(`\`facts\` takes flags only; got \`${words.join(' ')}\`.`);
  if (flags.size === 0) {
    throw new UsageError(
      '`facts` needs at least one flag, e.g. `/incident facts --data ssn --affected US-CA=1200`. `/incident help facts` lists them.',
    );
  }
  const text = (flag: string): string | undefined => {
    const v = flags.get(flag);
    return typeof v === 'string' ? v : undefined;
  };
  const instants: Partial<Record<Trigger, string>> = {};
  for (const [flag, field] of Object.entries(INSTANT_FLAGS)) {
    const value = text(flag);
    if (value !== undefined) instants[field] = readInstant(flag, value, now, ctx);
  }
  const data = text('data');
  const entity = text('entity');
  const affected = text('affected');
  const judgment = text('judgment');
  const encrypted = text('encrypted');
  const domicile = text('domicile');
  const patch: FactsPatch = {
    ...(data !== undefined
      ? { dataTypes: readWords('data', data, DATA_TYPES, 'data type', ctx, DATA_TYPE_SYNONYMS) }
      : {}),
    ...(entity !== undefined ? { entityTypes: readWords('entity', entity, ENTITY_TYPES, 'entity type', ctx) } : {}),
    ...(affected !== undefined ? { affected: Object.fromEntries(readAffected('affected', affected)) } : {}),
    ...(judgment !== undefined ? { judgments: Object.fromEntries(readJudgments(judgment, ctx)) } : {}),
    ...(encrypted !== undefined ? { encrypted: readYesNo('encrypted', encrypted) } : {}),
    ...(domicile !== undefined
      ? { domicile: [...new Set(readList(domicile).map((place) => readPlaceFlag('domicile', place)))] }
      : {}),
    ...(Object.keys(instants).length ? { instants } : {}),
  };
  const le = parseFlags(leFlagsSchema, {
    'le-agency': text('le-agency'),
    'le-form': text('le-form'),
    'le-notices': text('le-notices'),
  }) as LeValues;
  for (const flag of ['le-requested', 'le-until', 'le-lifted'] as const) {
    const value = text(flag);
    if (value === undefined) continue;
    le[flag] = readInstant(flag, value, now, ctx, { mayLieAhead: flag === 'le-until' });
  }
  const lawEnforcementDelay = lawEnforcementPatch(le);
  if (lawEnforcementDelay) patch.lawEnforcementDelay = lawEnforcementDelay;
  return { name: 'facts', patch };
}
