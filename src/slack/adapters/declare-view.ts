import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { INCIDENT_TITLE_MAX, SEVERITIES, type Severity } from '../../domain/incidents/incident';
import { TITLE_NEEDS_A_WORD, titleAsStored, titleHasWord } from '../../domain/incidents/title-words';
import { catalogRegimes } from '../../domain/obligations/catalog-engine';
import { formatInTimeZone } from '../../domain/time/format-in-zone';
import { tryParseJson } from '../../store/json-record';
import type { ListenerDeps } from '../listener-deps';
import {
  DECLARE_ACTION_ID,
  DECLARE_BLOCKS,
  type DeclarePrefill,
  DRILL_OPTION_VALUE,
  declareModal,
} from '../messages/declare-modal';
import { pickedInstant, TOO_OLD_PICKED } from '../messages/picked-time';
import { slackErrorCode } from './slack-errors';

/** What travels with the form (`private_metadata`): where `/incident open` wants its answer, if it came from there. */
export const declareMetadataSchema = z.strictObject({ responseUrl: z.url().optional() });
export type DeclareMetadata = z.infer<typeof declareMetadataSchema>;

/** How long the person's zone may take before the form opens without naming it (the trigger lasts 3 s). */
const ZONE_WAIT_MS = 400;

/** The zone if Slack (or the adapter's cache) says within `ms`; otherwise null, and nothing waits on it. */
export async function zoneWithin(deps: ListenerDeps, userId: string, ms: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
    timer.unref();
  });
  try {
    return await Promise.race([deps.ctx.chat.userTimeZone(userId).catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the declare modal on the interaction's trigger (valid for 3 s, once). Called right after the
 * acknowledgement; the only thing it waits for first is the person's zone, briefly (cached after the first).
 * Returns Slack's error code when the modal did not open, for the caller to tell the person.
 */
export async function openDeclareModal(
  deps: ListenerDeps,
  client: WebClient,
  request: { triggerId: string; userId: string; prefill?: DeclarePrefill; metadata: DeclareMetadata },
): Promise<string | null> {
  const timeZone = await zoneWithin(deps, request.userId, ZONE_WAIT_MS);
  const view = declareModal({
    now: deps.ctx.now(),
    timeZone,
    ...(request.prefill ? { prefill: request.prefill } : {}),
    metadata: JSON.stringify(declareMetadataSchema.parse(request.metadata)),
  });
  try {
    await client.views.open({ trigger_id: request.triggerId, view });
    return null;
  } catch (error) {
    const code = slackErrorCode(error);
    deps.ctx.log.warn('declare_modal_not_opened', { code });
    return code;
  }
}

const selected = z.object({ value: z.string() });
const block = <T extends z.ZodType>(element: T) => z.object({ [DECLARE_ACTION_ID]: element }).optional();

/** The submission's `view.state.values`, as Slack sends them (an optional input left empty may be absent). */
export const declareValuesSchema = z.object({
  [DECLARE_BLOCKS.title]: block(z.object({ value: z.string().nullish() })),
  [DECLARE_BLOCKS.severity]: block(z.object({ selected_option: selected.nullish() })),
  [DECLARE_BLOCKS.discovered]: block(z.object({ selected_date_time: z.number().int().nullish() })),
  [DECLARE_BLOCKS.drill]: block(z.object({ selected_options: z.array(selected).nullish() })),
  [DECLARE_BLOCKS.speed]: block(z.object({ value: z.string().nullish() })),
  [DECLARE_BLOCKS.regimes]: block(z.object({ selected_options: z.array(selected).nullish() })),
  [DECLARE_BLOCKS.responders]: block(z.object({ selected_users: z.array(z.string()).nullish() })),
  [DECLARE_BLOCKS.groups]: block(z.object({ selected_options: z.array(selected).nullish() })),
});

/** The form read: what `/incident open <title> …` would have parsed, plus the people to bring in. */
export interface DeclareFields {
  title: string;
  severity: Severity;
  discoveredAt: string;
  regimes: string[];
  drill: boolean;
  speed: number;
  /** User ids, then user-group ids. */
  responders: string[];
}

export type DeclareReading = { ok: true; fields: DeclareFields } | { ok: false; errors: Record<string, string> };

/**
 * The submission, checked as `/incident open` checks its flags; every problem is reported on its own field
 * (`response_action: errors`) so the person fixes them all at once, and nothing is created meanwhile.
 */
export function readDeclareSubmission(values: unknown, now: Date, timeZone: string | null): DeclareReading {
  const parsed = declareValuesSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, errors: { [DECLARE_BLOCKS.title]: 'This form could not be read; close it and try again.' } };
  }
  const v = parsed.data;
  const errors: Record<string, string> = {};
  const title = titleAsStored(v[DECLARE_BLOCKS.title]?.[DECLARE_ACTION_ID].value ?? '');
  if (!title) errors[DECLARE_BLOCKS.title] = 'Give the breach a title, e.g. "Customer database exfiltration".';
  else if (!titleHasWord(title)) errors[DECLARE_BLOCKS.title] = TITLE_NEEDS_A_WORD;
  else if (title.length > INCIDENT_TITLE_MAX) {
    errors[DECLARE_BLOCKS.title] = `The title is ${title.length} characters; keep it within ${INCIDENT_TITLE_MAX}.`;
  }
  const severity = SEVERITIES.find((s) => s === v[DECLARE_BLOCKS.severity]?.[DECLARE_ACTION_ID].selected_option?.value);
  if (!severity) errors[DECLARE_BLOCKS.severity] = 'Choose a severity.';
  const epoch = v[DECLARE_BLOCKS.discovered]?.[DECLARE_ACTION_ID].selected_date_time;
  let discoveredAt = now.toISOString();
  if (epoch === null || epoch === undefined) errors[DECLARE_BLOCKS.discovered] = 'Pick when the breach was discovered.';
  else {
    const picked = pickedInstant(epoch, now);
    if (picked.future) {
      const zone = timeZone ?? 'UTC';
      errors[DECLARE_BLOCKS.discovered] =
        `Discovery cannot lie in the future: ${formatInTimeZone(new Date(epoch * 1000), zone, 'EEE d MMM HH:mm')} ${zone} ` +
        `is after now (${formatInTimeZone(now, zone, 'EEE d MMM HH:mm')}).`;
    } else if (picked.tooOld) errors[DECLARE_BLOCKS.discovered] = TOO_OLD_PICKED;
    else discoveredAt = picked.at.toISOString();
  }
  const drill = (v[DECLARE_BLOCKS.drill]?.[DECLARE_ACTION_ID].selected_options ?? []).some(
    (o) => o.value === DRILL_OPTION_VALUE,
  );
  const speedText = (v[DECLARE_BLOCKS.speed]?.[DECLARE_ACTION_ID].value ?? '').trim();
  let speed = 1;
  if (speedText) {
    const n = Number(speedText);
    if (!drill) errors[DECLARE_BLOCKS.speed] = 'Speed only applies to a drill: tick "This is a drill", or clear it.';
    else if (!Number.isInteger(n) || n < 1 || n > 10_000) {
      errors[DECLARE_BLOCKS.speed] = `Speed is a whole number from 1 to 10000; got ${speedText.slice(0, 20)}.`;
    } else speed = n;
  }
  const known = catalogRegimes();
  const regimes = (v[DECLARE_BLOCKS.regimes]?.[DECLARE_ACTION_ID].selected_options ?? []).map((o) => o.value);
  const unknown = regimes.filter((r) => !known.includes(r));
  if (unknown.length) {
    errors[DECLARE_BLOCKS.regimes] =
      `Not in the catalog: ${unknown.map((r) => r.slice(0, 40)).join(', ')}. Choose from the list.`;
  }
  const users = v[DECLARE_BLOCKS.responders]?.[DECLARE_ACTION_ID].selected_users ?? [];
  if (users.some((u) => !/^[UW][A-Z0-9]+$/.test(u))) errors[DECLARE_BLOCKS.responders] = 'Choose people from the list.';
  const groups = (v[DECLARE_BLOCKS.groups]?.[DECLARE_ACTION_ID].selected_options ?? []).map((o) => o.value);
  if (groups.some((g) => !/^S[A-Z0-9]+$/.test(g))) errors[DECLARE_BLOCKS.groups] = 'Choose user groups from the list.';
  if (Object.keys(errors).length > 0 || !severity) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title,
      severity,
      discoveredAt,
      regimes: [...new Set(regimes)],
      drill,
      speed,
      responders: [...new Set([...users, ...groups])],
    },
  };
}

/** The form's metadata, or an empty one when it cannot be read (the answer then goes by direct message). */
export function readDeclareMetadata(raw: string): DeclareMetadata {
  const parsed = declareMetadataSchema.safeParse(tryParseJson(raw));
  return parsed.success ? parsed.data : {};
}
