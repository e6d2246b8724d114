import type { AckFn, App, RespondArguments, ViewResponseAction, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { authorise, holdsAuthority } from '../../../domain/incidents/authority';
import { type Incident, incidentPhaseSchema, phaseOf, severitySchema } from '../../../domain/incidents/incident';
import { cleanReason, cleanTitle } from '../../../domain/incidents/incident-lifecycle';
import { Refusal } from '../../../domain/refusals';
import { changeSeverity } from '../../../flows/change-severity';
import { requestClose } from '../../../flows/close-incident';
import type { Actor } from '../../../flows/context';
import { renameIncident } from '../../../flows/rename-incident';
import { setIncidentStatus } from '../../../flows/set-incident-status';
import { tryParseJson } from '../../../store/json-record';
import { tellInChannel } from '../../adapters/register-view';
import type { ListenerDeps } from '../../listener-deps';
import { closeConfirmationBlocks } from '../../messages/close-confirmation';
import { storedNotPostedText } from '../../messages/command-replies';
import { alreadyWords, lifecycleAnswer } from '../../messages/lifecycle-message';
import {
  LIFECYCLE_FORM_BLOCKS,
  type LifecycleFormState,
  lifecycleFormStateSchema,
  RENAME_FORM_CALLBACK_ID,
  renameFormValuesSchema,
  SEVERITY_FORM_CALLBACK_ID,
  STATUS_FORM_CALLBACK_ID,
  severityFormValuesSchema,
  statusFormValuesSchema,
} from '../../messages/lifecycle-modals';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  view: z.object({ private_metadata: z.string(), state: z.object({ values: z.unknown() }) }),
});

type Ack = AckFn<void> | AckFn<ViewResponseAction>;

interface Submitted {
  userId: string;
  form: LifecycleFormState;
  values: unknown;
  /** The incident as stored now (Redis only: the answer must be within Slack's 3 seconds), or null. */
  incident: Incident | null;
}

/** Reads a submission; answers on `field` and returns null when the form cannot be read. */
async function read(deps: ListenerDeps, body: unknown, ack: Ack, field: string): Promise<Submitted | null> {
  const payload = payloadSchema.safeParse(body);
  const form = payload.success
    ? lifecycleFormStateSchema.safeParse(tryParseJson(payload.data.view.private_metadata))
    : null;
  if (!payload.success || !form?.success) {
    await fieldError(ack, field, 'This form could not be read; close it and try again.');
    return null;
  }
  const incident = await deps.ctx.incidents.get(form.data.incidentId).catch(() => null);
  // The form names one incident and the act changes its channel's: a form whose two disagree (never one the bot
  // wrote) is refused, rather than checked against one incident and applied to another.
  if (incident && incident.channelId !== form.data.channelId) {
    await fieldError(ack, field, 'This form could not be read; close it and try again.');
    return null;
  }
  return { userId: payload.data.user.id, form: form.data, values: payload.data.view.state.values, incident };
}

function fieldError(ack: Ack, field: string, message: string): Promise<void> {
  return (ack as AckFn<ViewResponseAction>)({ response_action: 'errors', errors: { [field]: message } });
}

/** What the person can fix, or cannot change, is said on the field before anything is stored. */
function closedError(incident: Incident | null): string | null {
  if (!incident) return 'This incident is no longer stored; nothing was changed.';
  if (incident.status === 'closed') return `${incident.id} is closed; reopen it first (\`/incident reopen\`).`;
  return null;
}

/**
 * The header's forms submitted (issue 12). What can be told without Slack (a closed incident, the same value
 * again, an empty or too long title, a severity the person may not change) is answered on the field
 * (`response_action: errors`) and nothing is stored; then the form closes and the same act as the command
 * runs, its answer sent privately in the incident channel.
 */
export function registerLifecycleSubmit(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(SEVERITY_FORM_CALLBACK_ID, async ({ ack, body, client }) => {
    const field = LIFECYCLE_FORM_BLOCKS.severity;
    const got = await read(deps, body, ack, field);
    if (!got) return;
    const values = severityFormValuesSchema.safeParse(got.values);
    const severity = severitySchema.safeParse(values.data?.[field].value.selected_option?.value);
    if (!severity.success) return fieldError(ack, field, 'Choose a severity.');
    const closed = closedError(got.incident);
    if (closed || !got.incident) return fieldError(ack, field, closed ?? '');
    if (got.incident.severity === severity.data) {
      return fieldError(
        ack,
        field,
        `${got.incident.id} ${alreadyWords(got.incident, 'severity')}; choose another, or Cancel.`,
      );
    }
    const refusal = severityRefusal(deps, got.incident, got.userId);
    if (refusal) return fieldError(ack, field, refusal.replace(/<@(\w+)>/g, '@$1'));
    await ack();
    await run(deps, client, got, 'severity_form', async (actor) =>
      lifecycleAnswer(await changeSeverity(deps.ctx, actor, severity.data), 'severity'),
    );
  });

  app.view<ViewSubmitAction>(RENAME_FORM_CALLBACK_ID, async ({ ack, body, client }) => {
    const field = LIFECYCLE_FORM_BLOCKS.title;
    const got = await read(deps, body, ack, field);
    if (!got) return;
    const values = renameFormValuesSchema.safeParse(got.values);
    let title: string | null;
    try {
      title = cleanTitle(values.data?.[field].value.value ?? '');
    } catch (error) {
      if (error instanceof Refusal) return fieldError(ack, field, error.message);
      throw error;
    }
    if (!title) return fieldError(ack, field, 'A title needs some words.');
    const closed = closedError(got.incident);
    if (closed || !got.incident) return fieldError(ack, field, closed ?? '');
    if (got.incident.title === title) return fieldError(ack, field, 'That is the title already; change it, or Cancel.');
    await ack();
    await run(deps, client, got, 'rename_form', async (actor) =>
      lifecycleAnswer(await renameIncident(deps.ctx, actor, title), 'title'),
    );
  });

  app.view<ViewSubmitAction>(STATUS_FORM_CALLBACK_ID, async ({ ack, body, client }) => {
    const field = LIFECYCLE_FORM_BLOCKS.status;
    const got = await read(deps, body, ack, field);
    if (!got) return;
    const values = statusFormValuesSchema.safeParse(got.values);
    const chosen = values.data?.[field].value.selected_option?.value;
    const closed = closedError(got.incident);
    if (closed || !got.incident) return fieldError(ack, field, closed ?? '');
    if (chosen === 'closed') {
      let reason: string | undefined;
      try {
        reason = cleanReason(values.data?.[LIFECYCLE_FORM_BLOCKS.reason]?.value.value ?? undefined);
      } catch (error) {
        if (error instanceof Refusal) return fieldError(ack, LIFECYCLE_FORM_BLOCKS.reason, error.message);
        throw error;
      }
      await ack();
      await run(deps, client, got, 'status_form_close', (actor) => closeFromForm(deps, client, actor, reason));
      return;
    }
    const phase = incidentPhaseSchema.safeParse(chosen);
    if (!phase.success) return fieldError(ack, field, 'Choose a status.');
    if (phaseOf(got.incident) === phase.data) {
      return fieldError(
        ack,
        field,
        `${got.incident.id} ${alreadyWords(got.incident, 'status')}; choose another, or Cancel.`,
      );
    }
    await ack();
    await run(deps, client, got, 'status_form', async (actor) =>
      lifecycleAnswer(await setIncidentStatus(deps.ctx, actor, phase.data), 'status'),
    );
  });
}

/**
 * The commander's authority as far as it can be told from the record and the configured admin user ids; when
 * admins include user groups (expanding them is a Slack call) the act decides, after the form closes.
 */
function severityRefusal(deps: ListenerDeps, incident: Incident, userId: string): string | null {
  const admins = deps.ctx.settings.admins ?? [];
  if (holdsAuthority(incident, userId) || admins.includes(userId)) return null;
  if (admins.some((id) => id.startsWith('S'))) return null;
  return (
    authorise(
      incident,
      userId,
      'change_severity',
      { isAdmin: false, hasAdmins: admins.length > 0 },
      deps.ctx.settings.lifecycleAuthority,
    )?.message ?? null
  );
}

/** Runs the act after the form closed; its answer (or refusal) goes to the person privately in the channel. */
async function run(
  deps: ListenerDeps,
  client: WebClient,
  got: Submitted,
  act: string,
  work: (actor: Actor) => Promise<string | null>,
): Promise<void> {
  const tell = (text: string) => tellInChannel(client, got.form.channelId, got.userId, text);
  await afterAck(
    deps,
    act,
    async () => {
      const text = await work({ userId: got.userId, channelId: got.form.channelId });
      if (text) await tell(text);
    },
    tell,
  );
}

/** "Closed" chosen in the status form: the close flow itself, its confirmation asked privately in the channel. */
async function closeFromForm(
  deps: ListenerDeps,
  client: WebClient,
  actor: Actor,
  reason: string | undefined,
): Promise<string | null> {
  const outcome = await requestClose(deps.ctx, actor, reason);
  if (outcome.kind === 'already_closed') return `${outcome.incident.id} is already closed.`;
  if (outcome.kind === 'closed') {
    return outcome.notPosted.length
      ? storedNotPostedText(
          `${outcome.incident.id} is closed.`,
          outcome.notPosted,
          '`/incident summary` posts the summary again.',
        )
      : null;
  }
  const question: RespondArguments = {
    text: `${outcome.outstanding.length} notification obligation(s) are still open on ${outcome.incident.id}. Close anyway?`,
    blocks: closeConfirmationBlocks(outcome.incident.id, outcome.outstanding, undefined, {
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      reopens: outcome.incident.reopens ?? 0,
    }),
  };
  await client.chat.postEphemeral({
    channel: actor.channelId,
    user: actor.userId,
    text: question.text ?? '',
    blocks: question.blocks ?? [],
  });
  return null;
}
