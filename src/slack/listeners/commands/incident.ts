import type { AckFn, App, RespondArguments, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { type IncidentCommand, parseIncidentCommand } from '../../../../commands/incident/grammar';
import { USAGE } from '../../../../commands/incident/usage';
import { conversationIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { Refusal } from '../../../domain/refusals';
import { assignRole } from '../../../flows/assign-role';
import { requestClose } from '../../../flows/close-incident';
import type { Actor } from '../../../flows/context';
import { incidentStatus } from '../../../flows/incident-status';
import { listDeadlines } from '../../../flows/list-deadlines';
import { markNotified } from '../../../flows/mark-notified';
import { beginOpen, runOpen } from '../../../flows/open-incident';
import { summaryOnRequest } from '../../../flows/post-summary';
import { recordTypedDecision } from '../../../flows/record-decision';
import { updateFacts } from '../../../flows/update-facts';
import { errorName } from '../../../runtime/log';
import type { ListenerDeps } from '../../listener-deps';
import { closeConfirmationBlocks } from '../../messages/close-confirmation';
import {
  factsStoredNotPostedText,
  incidentStatusText,
  notifiedRefusalText,
  notifiedStoredNotPostedText,
  openingText,
  openRepeatText,
} from '../../messages/command-replies';
import { deadlinesReply } from '../../messages/obligations-message';
import { afterAck } from '../../middleware/after-ack';

/** The fields of Slack's slash-command payload the bot relies on. */
const slashCommandSchema = z.object({
  text: z.string().default(''),
  user_id: slackUserIdSchema,
  channel_id: conversationIdSchema,
  team_id: z.string().optional(),
  response_url: z.url().optional(),
});

interface CommandRequest {
  actor: Actor;
  teamId: string | undefined;
  respond: RespondFn;
  answer: (text: string) => Promise<unknown>;
}

/**
 * `/incident`: parse first and answer bad input in the acknowledgement itself (ephemeral, nothing changed);
 * otherwise acknowledge at once and run the act after, answering through response_url.
 */
export function registerIncidentCommand(app: App, deps: ListenerDeps): void {
  app.command('/incident', async ({ command: raw, ack, respond }) => {
    const payload = slashCommandSchema.safeParse(raw);
    if (!payload.success) {
      await ack({ response_type: 'ephemeral', text: 'This request is missing the user or channel; nothing was done.' });
      return;
    }
    const parsed = parseIncidentCommand(payload.data.text, deps.ctx.now());
    if (!parsed.ok) {
      await ack({ response_type: 'ephemeral', text: parsed.showUsage ? `${parsed.error}\n\n${USAGE}` : parsed.error });
      return;
    }
    const { command } = parsed;
    if (command.name === 'help') {
      await ack({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    if (command.name === 'open') {
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      await openCommand(deps, command, payload.data, ack, reply);
      return;
    }
    await ack();
    const answer = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const request: CommandRequest = {
      actor: { userId: payload.data.user_id, channelId: payload.data.channel_id },
      teamId: payload.data.team_id,
      respond,
      answer,
    };
    await afterAck(deps, `command_${command.name}`, () => runCommand(deps, command, request), answer);
  });
}

/**
 * `/incident open`: the intent is stored first (fast, Redis only) so the acknowledgement can name the incident
 * ("Opening INC-…; the channel will follow"); the act runs after the ack and answers on the response_url with
 * the result, or with what exists and what is still being finished. The same person opening the same title
 * again while it is unfinished or within a minute is told it is the same incident.
 */
async function openCommand(
  deps: ListenerDeps,
  command: Extract<IncidentCommand, { name: 'open' }>,
  payload: z.infer<typeof slashCommandSchema>,
  ack: AckFn<string | RespondArguments>,
  reply: (text: string) => Promise<unknown>,
): Promise<void> {
  const { ctx } = deps;
  const { name: _name, ...request } = command;
  let begun: Awaited<ReturnType<typeof beginOpen>>;
  try {
    begun = await beginOpen(
      ctx,
      {
        ...request,
        openedBy: payload.user_id,
        openedAt: ctx.now(),
        ...(payload.team_id ? { teamId: payload.team_id } : {}),
      },
      payload.response_url,
    );
  } catch (error) {
    if (error instanceof Refusal) {
      await ack({ response_type: 'ephemeral', text: error.message });
      return;
    }
    ctx.log.error('open_not_recorded', { error: errorName(error) });
    await ack({
      response_type: 'ephemeral',
      text: 'The open could not be recorded, so nothing was created. Try again.',
    });
    return;
  }
  const id = begun.incidentId;
  if (begun.kind === 'repeat') {
    await ack({ response_type: 'ephemeral', text: openRepeatText(id, begun.act, begun.incident) });
    if (begun.act?.status !== 'running') return;
  } else {
    await ack({ response_type: 'ephemeral', text: openingText(id, request.drill) });
  }
  const responseUrl = payload.response_url;
  const resumed = begun.kind === 'repeat';
  await afterAck(
    deps,
    'command_open',
    async () => {
      await runOpen(ctx, id, { ...(responseUrl ? { responseUrl } : {}), resumed });
    },
    reply,
    // Never "nothing was done": the intent is stored, so the open is finished by the resumer.
    (ref) =>
      `*${id}* could not be finished just now (ref ${ref}). Whatever was done stays done, and the bot finishes ` +
      'the rest on its own and answers here; do not open it again.',
  );
}

/** Each subcommand → its act → its answer. Exhaustive: a new subcommand does not compile until handled here. */
async function runCommand(
  { ctx }: ListenerDeps,
  command: Exclude<IncidentCommand, { name: 'help' }>,
  { actor, respond, answer }: CommandRequest,
): Promise<void> {
  switch (command.name) {
    case 'open':
      // Handled before the acknowledgement (openCommand): its id is in the ack.
      return;
    case 'status': {
      const { incident, checklist } = await incidentStatus(ctx, actor);
      await answer(incidentStatusText(incident, checklist));
      return;
    }
    case 'deadlines': {
      const { incident, records, now } = await listDeadlines(ctx, actor);
      await respond({ response_type: 'ephemeral', replace_original: false, ...deadlinesReply(incident, records, now) });
      return;
    }
    case 'facts': {
      const result = await updateFacts(ctx, actor, command.patch);
      if (!result.changed) await answer('Those facts are already recorded; nothing changed.');
      else if (!result.announced.posted) {
        await answer(factsStoredNotPostedText(result.incident, { ...result, code: result.announced.code }));
      }
      return;
    }
    case 'notified': {
      const target = { regime: command.regime, ...(command.recipient ? { recipient: command.recipient } : {}) };
      const result = await markNotified(ctx, actor, target, command.note);
      if (!result.ok) await answer(notifiedRefusalText(result, command));
      else if (!result.announced.posted) {
        await answer(notifiedStoredNotPostedText(result.incident, { ...result, code: result.announced.code }));
      }
      return;
    }
    case 'decision':
      await recordTypedDecision(ctx, actor, command.text);
      return;
    case 'role':
      await assignRole(ctx, actor, command.role, command.userId);
      return;
    case 'summary':
      await summaryOnRequest(ctx, actor);
      return;
    case 'close': {
      const outcome = await requestClose(ctx, actor);
      if (outcome.kind === 'already_closed') {
        await answer(`${outcome.incident.id} is already closed. \`/incident summary\` posts its summary again.`);
      } else if (outcome.kind === 'confirm') {
        const n = outcome.outstanding.length;
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `${n} notification obligation(s) are still open on ${outcome.incident.id}. Close anyway?`,
          blocks: closeConfirmationBlocks(outcome.incident.id, outcome.outstanding),
        });
      }
      return;
    }
  }
}
