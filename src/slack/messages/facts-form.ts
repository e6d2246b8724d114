import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import {
  affectedAsLines,
  describeLineProblems,
  placeAsTyped,
  readAffectedLines,
} from '../../../commands/incident/affected-lines';
import { agencyName, INSTANT_FLAGS, noticeList } from '../../../commands/incident/facts';
import { incidentIdSchema, slackChannelIdSchema } from '../../domain/ids';
import type { Incident } from '../../domain/incidents/incident';
import type { FactsPatch } from '../../domain/obligations/facts-patch';
import { describeLawEnforcementDelay } from '../../domain/obligations/facts-patch';
import { regimeLabel } from '../../domain/obligations/regime-label';
import type { Facts, LawEnforcementDelay } from '../../domain/regulations/facts';
import { regimesDecidedBy } from '../../domain/regulations/judgment-regimes';
import type { JurisdictionCode } from '../../domain/regulations/jurisdiction-code';
import { readPlace } from '../../domain/regulations/jurisdiction-names';
import {
  DATA_TYPES,
  type DataType,
  dataTypeSchema,
  ENTITY_TYPES,
  type EntityType,
  entityTypeSchema,
  JUDGMENTS,
  type Judgment,
  type Trigger,
} from '../../domain/regulations/vocabulary';
import {
  DATA_TYPE_LABELS,
  ENTITY_TYPE_LABELS,
  JUDGMENT_LABELS,
  TRIGGER_LABELS,
} from '../../domain/regulations/vocabulary-labels';
import { mrkdwn, plain } from './block-kit';
import { clip } from './budget';
import { escapeMrkdwn } from './escape';
import { pickedInstant, TOO_OLD_PICKED } from './picked-time';

/**
 * The facts form: `/incident facts` with no flags, and "Edit facts" on the header and the register. Every fact
 * `/incident facts` records, pre-filled with the stored ones; submitting records the form's picture through
 * the same act. One input per fact, one per judgment (yes / no / undecided, saying which notices it decides)
 * and one per clock's start: 60-odd blocks, within a modal's 100, whatever the facts (the people affected are
 * one multiline input, 54 places or 5).
 */

export const FACTS_FORM_CALLBACK_ID = 'facts_form_submit';
export const FACTS_FORM_ACTION_ID = 'value';

export const FACTS_FORM_BLOCKS = {
  dataTypes: 'data_types',
  entityTypes: 'entity_types',
  affected: 'affected',
  encrypted: 'encrypted',
  domicile: 'domicile',
} as const;
/** The law-enforcement delay's fields, as the `--le-…` flags record them. */
export const LE_BLOCKS = {
  agency: 'le_agency',
  form: 'le_form',
  requested: 'le_requested',
  until: 'le_until',
  notices: 'le_notices',
  lifted: 'le_lifted',
} as const;
export const judgmentBlockId = (j: Judgment) => `judgment_${j}`;
export const instantBlockId = (t: Trigger) => `instant_${t}`;

/** Slack's limits on the form's parts. */
const OPTION_TEXT = 75;
const AFFECTED_MAX = 3000;
const HINT_MAX = 2000;

export const factsFormStateSchema = z.strictObject({
  incidentId: incidentIdSchema,
  channelId: slackChannelIdSchema,
  /** The stored version and the fingerprint of the facts the form was filled from (read-facts.ts). */
  version: z.number().int().nonnegative(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
});
export type FactsFormState = z.infer<typeof factsFormStateSchema>;

const JUDGMENT_CHOICES = { yes: 'Yes', no: 'No', undecided: 'Undecided (an open condition)' } as const;
type JudgmentChoice = keyof typeof JUDGMENT_CHOICES;

const option = (value: string, text: string): PlainTextOption => ({ text: plain(text), value });

/** "Social Security number (ssn)": the label people know, clipped so the code always shows whole. */
function labelled(value: string, label: string): PlainTextOption {
  return option(value, `${clip(label, OPTION_TEXT - value.length - 3)} (${value})`);
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Decides California, Texas, … and 40 more": the regimes whose rules read the judgment. */
function decidesHint(regimes: readonly string[] | undefined): string {
  if (!regimes?.length) return 'No rule of the catalog reads it yet.';
  const names = regimes.map(regimeLabel).sort((a, b) => a.localeCompare(b));
  const shown = names.slice(0, 8).join(', ');
  const more = names.length > 8 ? ` and ${names.length - 8} more` : '';
  return clip(`Decides the notices of ${shown}${more}.`, HINT_MAX);
}

/** Where a value stands in a stored list; values not in it after every one that is. */
const rank = (list: readonly string[], value: string) => {
  const i = list.indexOf(value);
  return i === -1 ? list.length : i;
};

const toEpoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The form, filled from the stored facts. `profile`: the organisation's entity types, always kept. */
export function factsForm(
  incident: Pick<Incident, 'id' | 'title'>,
  facts: Facts,
  state: FactsFormState,
  profile: readonly EntityType[],
): ModalView {
  const dataOptions = DATA_TYPES.map((d) => labelled(d, DATA_TYPE_LABELS[d]));
  const entityOptions = ENTITY_TYPES.map((e) => labelled(e, ENTITY_TYPE_LABELS[e]));
  const chosen = <T extends string>(all: PlainTextOption[], values: readonly T[]) =>
    all.filter((o) => values.includes(o.value as T));
  const initialData = chosen(dataOptions, facts.dataTypes);
  const initialEntities = chosen(entityOptions, facts.entityTypes);
  const choices = Object.entries(JUDGMENT_CHOICES).map(([v, t]) => option(v, t));
  const decided = regimesDecidedBy();
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: 'intro',
      text: mrkdwn(
        clip(
          `*${incident.id}*: ${escapeMrkdwn(incident.title)}\nWhat you change here is recorded as \`/incident facts\` records it: the obligations are recomputed and the channel is told what changed.`,
          3000,
        ),
      ),
    },
    {
      type: 'input',
      block_id: FACTS_FORM_BLOCKS.dataTypes,
      optional: true,
      label: plain('Data taken'),
      element: {
        type: 'multi_static_select',
        action_id: FACTS_FORM_ACTION_ID,
        placeholder: plain('Kinds of data…'),
        options: dataOptions,
        ...(initialData.length ? { initial_options: initialData } : {}),
      },
    },
    {
      type: 'input',
      block_id: FACTS_FORM_BLOCKS.entityTypes,
      optional: true,
      label: plain('What the organisation is'),
      element: {
        type: 'multi_static_select',
        action_id: FACTS_FORM_ACTION_ID,
        placeholder: plain('Entity types…'),
        options: entityOptions,
        ...(initialEntities.length ? { initial_options: initialEntities } : {}),
      },
      ...(profile.length
        ? { hint: plain(clip(`The organisation’s profile is always kept: ${profile.join(', ')}.`, HINT_MAX)) }
        : {}),
    },
    {
      type: 'input',
      block_id: FACTS_FORM_BLOCKS.affected,
      optional: true,
      label: plain('People affected, one place a line'),
      element: {
        type: 'plain_text_input',
        action_id: FACTS_FORM_ACTION_ID,
        multiline: true,
        max_length: AFFECTED_MAX,
        placeholder: plain('California 1,749,623\nUS-TX 1200\nGermany 40'),
        ...(Object.keys(facts.affected).length ? { initial_value: affectedAsLines(facts.affected) } : {}),
      },
      hint: plain(
        'A place by name or code and its count: "California 1,749,623", "US-TX 1200", "Germany: 40". A code that is both a US state and a country (CA, DE, IN…) needs US-CA or the name. A line taken out removes that place.',
      ),
    },
    {
      type: 'input',
      block_id: FACTS_FORM_BLOCKS.encrypted,
      label: plain('Was all the data taken encrypted, and the key not taken?'),
      element: {
        type: 'radio_buttons',
        action_id: FACTS_FORM_ACTION_ID,
        options: [option('yes', 'Yes'), option('no', 'No')],
        initial_option: option(facts.encrypted ? 'yes' : 'no', facts.encrypted ? 'Yes' : 'No'),
      },
      hint: plain('Most statutes exempt encrypted data when the key was not taken.'),
    },
    {
      type: 'input',
      block_id: FACTS_FORM_BLOCKS.domicile,
      optional: true,
      label: plain('States of domicile or home-state licence'),
      element: {
        type: 'plain_text_input',
        action_id: FACTS_FORM_ACTION_ID,
        max_length: 1000,
        placeholder: plain('Texas, US-NY'),
        ...(facts.domicile?.length ? { initial_value: facts.domicile.map(placeAsTyped).join(', ') } : {}),
      },
      hint: plain('For the state insurance laws on the NAIC model. --domicile'),
    },
    { type: 'header', block_id: 'judgments', text: plain('Judgments') },
    {
      type: 'context',
      block_id: 'judgments-note',
      elements: [
        mrkdwn('Counsel’s calls. An undecided one keeps every notice that hangs on it listed, as an open condition.'),
      ],
    },
    ...JUDGMENTS.map((j): InputBlock => {
      const value = facts.judgments[j];
      const current: JudgmentChoice = value === undefined ? 'undecided' : value ? 'yes' : 'no';
      return {
        type: 'input',
        block_id: judgmentBlockId(j),
        label: plain(clip(capitalised(JUDGMENT_LABELS[j]), 2000)),
        element: {
          type: 'radio_buttons',
          action_id: FACTS_FORM_ACTION_ID,
          options: choices,
          initial_option: option(current, JUDGMENT_CHOICES[current]),
        },
        hint: plain(clip(`${j}. ${decidesHint(decided.get(j))}`, HINT_MAX)),
      };
    }),
    { type: 'header', block_id: 'instants', text: plain('When each clock started') },
    {
      type: 'context',
      block_id: 'instants-note',
      elements: [
        mrkdwn(
          'A clock whose start is not recorded counts from discovery, the earliest and so the safest reading. Times are in your Slack time zone.',
        ),
      ],
    },
    ...(Object.entries(INSTANT_FLAGS) as [string, Trigger][]).map(([flag, trigger]): InputBlock => {
      const at = facts[trigger];
      return {
        type: 'input',
        block_id: instantBlockId(trigger),
        optional: trigger !== 'discoveredAt',
        label: plain(clip(capitalised(TRIGGER_LABELS[trigger]), 2000)),
        element: {
          type: 'datetimepicker',
          action_id: FACTS_FORM_ACTION_ID,
          ...(at ? { initial_date_time: toEpoch(at) } : {}),
        },
        hint: plain(`--${flag}`),
      };
    }),
  ];
  blocks.push(...lawEnforcementBlocks(facts.lawEnforcementDelay));
  return {
    type: 'modal',
    callback_id: FACTS_FORM_CALLBACK_ID,
    title: plain('Incident facts'),
    submit: plain('Save facts'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify(state),
    blocks,
  };
}

/** The delay's fields, filled from the recorded request: a new one needs agency, form and time together. */
function lawEnforcementBlocks(le: LawEnforcementDelay | undefined): KnownBlock[] {
  const picker = (block_id: string, label: string, at: string | undefined, hint: string): InputBlock => ({
    type: 'input',
    block_id,
    optional: true,
    label: plain(label),
    element: {
      type: 'datetimepicker',
      action_id: FACTS_FORM_ACTION_ID,
      ...(at ? { initial_date_time: toEpoch(at) } : {}),
    },
    hint: plain(hint),
  });
  return [
    { type: 'header', block_id: 'law-enforcement', text: plain('Law-enforcement delay') },
    {
      type: 'context',
      block_id: 'law-enforcement-note',
      elements: [
        mrkdwn(
          clip(
            le
              ? `Recorded: ${escapeMrkdwn(describeLawEnforcementDelay(le))}. A different agency, form or time records a new request.`
              : 'None recorded. When law enforcement asks for notices to wait, give the agency, the form and when it was asked, together. Each rule says whether such a request pauses it.',
            3000,
          ),
        ),
      ],
    },
    {
      type: 'input',
      block_id: LE_BLOCKS.agency,
      optional: true,
      label: plain('Agency'),
      element: {
        type: 'plain_text_input',
        action_id: FACTS_FORM_ACTION_ID,
        max_length: 120,
        placeholder: plain('FBI Boston field office'),
        ...(le ? { initial_value: le.agency } : {}),
      },
      hint: plain('The agency, never the officer: it is shown in the channel. --le-agency'),
    },
    {
      type: 'input',
      block_id: LE_BLOCKS.form,
      optional: true,
      label: plain('How it was asked'),
      element: {
        type: 'radio_buttons',
        action_id: FACTS_FORM_ACTION_ID,
        options: [option('written', 'In writing'), option('oral', 'Orally')],
        ...(le ? { initial_option: option(le.form, le.form === 'written' ? 'In writing' : 'Orally') } : {}),
      },
      hint: plain('Some laws pause only for a written request; HIPAA holds an oral one at most 30 days. --le-form'),
    },
    picker(LE_BLOCKS.requested, 'When it was asked', le?.requestedAt, '--le-requested'),
    picker(LE_BLOCKS.until, 'The end it states (if any)', le?.until, '--le-until; may lie in the future'),
    {
      type: 'input',
      block_id: LE_BLOCKS.notices,
      optional: true,
      label: plain('The notices it names'),
      element: {
        type: 'plain_text_input',
        action_id: FACTS_FORM_ACTION_ID,
        max_length: 2000,
        placeholder: plain('all, or regimes: hipaa, us-me, sec-8k/regulator'),
        ...(le ? { initial_value: le.notices === 'all' ? 'all' : le.notices.join(', ') } : {}),
      },
      hint: plain('Empty: all notices. --le-notices'),
    },
    picker(
      LE_BLOCKS.lifted,
      'When it was lifted',
      le?.liftedAt,
      'When law enforcement said notice no longer impedes the investigation. --le-lifted',
    ),
  ];
}

/** The form as Slack submits it (view.state.values): block_id → action_id → the element's value. */
const selected = z.object({ value: z.string() });
const elementValue = <S extends z.ZodType>(schema: S) => z.object({ [FACTS_FORM_ACTION_ID]: schema });
export const factsFormValuesSchema = z.object({
  [FACTS_FORM_BLOCKS.dataTypes]: elementValue(z.object({ selected_options: z.array(selected).nullish() })).optional(),
  [FACTS_FORM_BLOCKS.entityTypes]: elementValue(z.object({ selected_options: z.array(selected).nullish() })).optional(),
  [FACTS_FORM_BLOCKS.affected]: elementValue(z.object({ value: z.string().max(AFFECTED_MAX).nullish() })).optional(),
  [FACTS_FORM_BLOCKS.encrypted]: elementValue(z.object({ selected_option: selected.nullish() })).optional(),
  [FACTS_FORM_BLOCKS.domicile]: elementValue(z.object({ value: z.string().max(1000).nullish() })).optional(),
  [LE_BLOCKS.agency]: elementValue(z.object({ value: z.string().max(500).nullish() })).optional(),
  [LE_BLOCKS.form]: elementValue(z.object({ selected_option: selected.nullish() })).optional(),
  [LE_BLOCKS.notices]: elementValue(z.object({ value: z.string().max(2000).nullish() })).optional(),
  ...Object.fromEntries(
    [LE_BLOCKS.requested, LE_BLOCKS.until, LE_BLOCKS.lifted].map((b) => [
      b,
      elementValue(z.object({ selected_date_time: z.number().int().nullish() })).optional(),
    ]),
  ),
  ...Object.fromEntries(
    JUDGMENTS.map((j) => [
      judgmentBlockId(j),
      elementValue(z.object({ selected_option: selected.nullish() })).optional(),
    ]),
  ),
  ...Object.fromEntries(
    Object.values(INSTANT_FLAGS).map((t) => [
      instantBlockId(t),
      elementValue(z.object({ selected_date_time: z.number().int().nullish() })).optional(),
    ]),
  ),
});

/** Errors for `response_action: 'errors'`, keyed by block_id. */
export type FormErrors = Record<string, string>;

type Values = Record<string, Record<string, Record<string, unknown>> | undefined>;

/**
 * The submitted form → the change to record: the whole picture the form shows (data and entity types
 * replaced, places left out of the lines set to 0, judgments set or made undecided, clocks set where a time
 * was picked that differs from the stored one), or the errors to show on the fields. Nothing is stored here.
 */
export function readFactsForm(
  raw: unknown,
  stored: Facts,
  now: Date,
): { ok: true; patch: FactsPatch } | { ok: false; errors: FormErrors } {
  const parsed = factsFormValuesSchema.safeParse(raw);
  if (!parsed.success) {
    const block = String(parsed.error.issues[0]?.path[0] ?? FACTS_FORM_BLOCKS.affected);
    return { ok: false, errors: { [block]: 'This field could not be read; close the form and open it again.' } };
  }
  const values = parsed.data as Values;
  const field = (block: string) => values[block]?.[FACTS_FORM_ACTION_ID];
  const errors: FormErrors = {};
  // Kept in the stored order, new ones after: the form lists them in the vocabulary's order.
  const picked = (block: string, recorded: readonly string[]) =>
    ((field(block)?.selected_options as { value: string }[] | null | undefined) ?? [])
      .map((o) => o.value)
      .sort((a, b) => rank(recorded, a) - rank(recorded, b));
  const data = z.array(dataTypeSchema).safeParse(picked(FACTS_FORM_BLOCKS.dataTypes, stored.dataTypes));
  if (!data.success) errors[FACTS_FORM_BLOCKS.dataTypes] = 'Pick data types from the list.';
  const entities = z.array(entityTypeSchema).safeParse(picked(FACTS_FORM_BLOCKS.entityTypes, stored.entityTypes));
  if (!entities.success) errors[FACTS_FORM_BLOCKS.entityTypes] = 'Pick entity types from the list.';

  const lines = readAffectedLines(String(field(FACTS_FORM_BLOCKS.affected)?.value ?? ''));
  const affected: Partial<Record<JurisdictionCode, number>> = {};
  if (!lines.ok) errors[FACTS_FORM_BLOCKS.affected] = describeLineProblems(lines.problems);
  else {
    for (const code of Object.keys(stored.affected)) affected[code as JurisdictionCode] = 0;
    for (const [code, n] of lines.affected) affected[code] = n;
  }

  const choice = (block: string) => (field(block)?.selected_option as { value: string } | null | undefined)?.value;
  const encrypted = choice(FACTS_FORM_BLOCKS.encrypted);
  if (encrypted !== 'yes' && encrypted !== 'no') errors[FACTS_FORM_BLOCKS.encrypted] = 'Choose yes or no.';

  const judgments: Partial<Record<Judgment, boolean | null>> = {};
  for (const j of JUDGMENTS) {
    const c = choice(judgmentBlockId(j)) ?? 'undecided';
    if (c === 'yes' || c === 'no') judgments[j] = c === 'yes';
    else if (c === 'undecided') judgments[j] = null;
    else errors[judgmentBlockId(j)] = 'Choose yes, no or undecided.';
  }

  const instants: Partial<Record<Trigger, string>> = {};
  for (const trigger of Object.values(INSTANT_FLAGS)) {
    const block = instantBlockId(trigger);
    const epoch = field(block)?.selected_date_time as number | null | undefined;
    const recorded = stored[trigger];
    if (epoch === null || epoch === undefined) {
      if (recorded) {
        errors[block] =
          trigger === 'discoveredAt'
            ? 'Pick when the breach was discovered.'
            : 'This clock’s start is recorded; it can be moved but not removed. Pick a time.';
      }
      continue;
    }
    const picked = pickedInstant(epoch, now);
    if (picked.future) {
      errors[block] = 'This cannot lie in the future.';
      continue;
    }
    if (picked.tooOld) {
      errors[block] = TOO_OLD_PICKED;
      continue;
    }
    // The picker shows minutes: a stored time it was filled from is not a change.
    if (recorded && Math.floor(epoch / 60) === Math.floor(toEpoch(recorded) / 60)) continue;
    instants[trigger] = picked.at.toISOString();
  }

  const domicile = readDomicile(String(field(FACTS_FORM_BLOCKS.domicile)?.value ?? ''), stored.domicile, errors);
  const lawEnforcementDelay = readLawEnforcement(field, stored.lawEnforcementDelay, now, errors);

  if (Object.keys(errors).length || !data.success || !entities.success) return { ok: false, errors };
  const patch: FactsPatch = {
    dataTypes: data.data as DataType[],
    entityTypes: entities.data as EntityType[],
    affected,
    encrypted: encrypted === 'yes',
    judgments,
    ...(Object.keys(instants).length ? { instants } : {}),
    ...(lawEnforcementDelay ? { lawEnforcementDelay } : {}),
    ...(domicile ? { domicile } : {}),
  };
  return { ok: true, patch };
}

/** Places of domicile, comma- or line-separated, each read as `--domicile` reads it; nothing when unchanged. */
function readDomicile(
  typed: string,
  recorded: readonly JurisdictionCode[] | undefined,
  errors: FormErrors,
): JurisdictionCode[] | undefined {
  const places = typed
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const codes: JurisdictionCode[] = [];
  const problems: string[] = [];
  for (const p of places) {
    const place = readPlace(p);
    if (place.ok) codes.push(place.code);
    else problems.push(place.error);
  }
  if (problems.length) {
    errors[FACTS_FORM_BLOCKS.domicile] = clip(problems.join(' '), 1500);
    return undefined;
  }
  const unique = [...new Set(codes)];
  const before = recorded ?? [];
  const same = unique.length === before.length && unique.every((c) => before.includes(c));
  return same ? undefined : unique;
}

const sameMinute = (epoch: number, iso: string | undefined) =>
  iso !== undefined && Math.floor(epoch / 60) === Math.floor(toEpoch(iso) / 60);

/**
 * The delay's fields → the change `--le-…` would make, or nothing. With nothing recorded, any field filled in
 * asks for a new request, which needs agency, form and time together. With one recorded, a different agency,
 * form or time is a new request (it replaces the record, as `--le-agency` does); otherwise the stated end, the
 * notices named and the lift are changes to it. A recorded value emptied is an error: the command cannot
 * remove one either.
 */
function readLawEnforcement(
  field: (block: string) => Record<string, unknown> | undefined,
  recorded: LawEnforcementDelay | undefined,
  now: Date,
  errors: FormErrors,
): FactsPatch['lawEnforcementDelay'] {
  const text = (block: string) => String(field(block)?.value ?? '').trim();
  const epochOf = (block: string) => field(block)?.selected_date_time as number | null | undefined;
  const agencyText = text(LE_BLOCKS.agency);
  const form = (field(LE_BLOCKS.form)?.selected_option as { value: string } | null | undefined)?.value;
  // A request or a lift a minute ahead of the bot's clock is read as now (picked-time.ts); the end may lie ahead.
  const pastOrNow = (epoch: number | null | undefined): number | null | undefined => {
    if (epoch === null || epoch === undefined) return epoch;
    const picked = pickedInstant(epoch, now);
    return picked.future || picked.tooOld ? epoch : picked.at.getTime() / 1000;
  };
  const requested = pastOrNow(epochOf(LE_BLOCKS.requested));
  const until = epochOf(LE_BLOCKS.until);
  const lifted = pastOrNow(epochOf(LE_BLOCKS.lifted));
  const noticesText = text(LE_BLOCKS.notices);
  const given = Boolean(agencyText || form || requested || until || lifted || noticesText);
  if (!recorded && !given) return undefined;

  const need = (block: string, words: string) => {
    errors[block] = words;
  };
  if (!agencyText) need(LE_BLOCKS.agency, 'Name the agency that asked (with how and when it asked).');
  if (form !== 'written' && form !== 'oral') need(LE_BLOCKS.form, 'Choose how the request was made.');
  if (!requested) need(LE_BLOCKS.requested, 'Pick when the request was made.');
  const agency = agencyName.safeParse(agencyText);
  if (agencyText && !agency.success)
    need(LE_BLOCKS.agency, `The agency ${agency.error.issues[0]?.message ?? 'is not valid'}.`);
  const notices = noticesText ? noticeList.safeParse(noticesText) : null;
  if (notices && !notices.success) {
    need(
      LE_BLOCKS.notices,
      `The notices ${notices.error.issues[0]?.message ?? 'are not valid'}: \`all\`, or regime ids such as hipaa, us-me.`,
    );
  }
  if (requested && requested * 1000 > now.getTime()) need(LE_BLOCKS.requested, 'This cannot lie in the future.');
  if (lifted && lifted * 1000 > now.getTime()) need(LE_BLOCKS.lifted, 'This cannot lie in the future.');
  if (requested && until && until < requested) need(LE_BLOCKS.until, 'The end cannot come before the request.');
  if (requested && lifted && lifted < requested) need(LE_BLOCKS.lifted, 'The lift cannot come before the request.');
  if (recorded?.until && !until) need(LE_BLOCKS.until, 'A recorded end can be moved but not removed.');
  if (recorded?.liftedAt && !lifted) need(LE_BLOCKS.lifted, 'A recorded lift can be moved but not removed.');
  if (!agency.success || (form !== 'written' && form !== 'oral') || !requested || (notices && !notices.success)) {
    return undefined;
  }
  const iso = (epoch: number) => new Date(epoch * 1000).toISOString();
  const scope = notices?.data === undefined ? 'all' : notices.data === 'all' ? 'all' : [...new Set(notices.data)];
  const isNew =
    !recorded ||
    recorded.agency !== agency.data ||
    recorded.form !== form ||
    !sameMinute(requested, recorded.requestedAt);
  if (isNew) {
    return {
      agency: agency.data,
      form,
      requestedAt: iso(requested),
      notices: scope,
      ...(until ? { until: iso(until) } : {}),
      ...(lifted ? { liftedAt: iso(lifted) } : {}),
    };
  }
  const change: NonNullable<FactsPatch['lawEnforcementDelay']> = {};
  if (until && !sameMinute(until, recorded.until)) change.until = iso(until);
  if (lifted && !sameMinute(lifted, recorded.liftedAt)) change.liftedAt = iso(lifted);
  if (JSON.stringify(scope) !== JSON.stringify(recorded.notices)) change.notices = scope;
  return Object.keys(change).length ? change : undefined;
}
