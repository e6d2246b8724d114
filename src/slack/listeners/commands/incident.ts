import type { App, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { INSTANT_FLAGS } from '../../../../commands/incident/facts';
import { type IncidentCommand, parseIncidentCommand } from '../../../../commands/incident/grammar';
import { helpFor, USAGE } from '../../../../commands/incident/usage';
import { conversationIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { assignRole } from '../../../flows/assign-role';
import { requestClose } from '../../../flows/close-incident';
import type { Actor } from '../../../flows/context';
import { explainRegimeForIncident } from '../../../flows/explain-regime';
import { incidentStatus } from '../../../flows/incident-status';
import { listDeadlines } from '../../../flows/list-deadlines';
import { markNotified } from '../../../flows/mark-notified';
import { openIncident } from '../../../flows/open-incident';
import { summaryOnRequest } from '../../../flows/post-summary';
import { recordTypedDecision } from '../../../flows/record-decision';
import { updateFacts } from '../../../flows/update-facts';
import type { ListenerDeps } from '../../listener-deps';
import { closeConfirmationBlocks } from '../../messages/close-confirmation';
import {
  factsStoredNotPostedText,
  incidentStatusText,
  notifiedRefusalText,
  notifiedStoredNotPostedText,
  openedText,
} from '../../messages/command-replies';
import { deadlinesReply } from '../../messages/obligations-message';
import { whyText } from '../../messages/why-message';
import { afterAck } from '../../middleware/after-ack';

/** The fields of Slack's slash-command payload the bot relies on. */
const slashCommandSchema = z.object({
  text: z.string().default(''),
  user_id: slackUserIdSchema,
  channel_id: conversationIdSchema,
  team_id: z.string().optional(),
});

/** The `facts` flag that records each trigger, for the hints `why` gives. */
const TRIGGER_FLAGS = Object.fromEntries(Object.entries(INSTANT_FLAGS).map(([flag, trigger]) => [trigger, flag]));

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
    const parsed = await parseInPersonsZone(deps, payload.data.text, payload.data.user_id);
    if (!parsed.ok) {
      await ack({ response_type: 'ephemeral', text: parsed.showUsage ? `${parsed.error}\n\n${USAGE}` : parsed.error });
      return;
    }
    const { command } = parsed;
    if (command.name === 'help') {
      await ack({ response_type: 'ephemeral', text: command.topic ? helpFor(command.topic) : USAGE });
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
    await afterAck(
      deps,
      `command_${command.name}`,
      async () => {
        await runCommand(deps, command, request);
        // How loosely typed values were read (a date in the person's zone), once the act is done.
        if (parsed.saidBack) await answer(`Read as: ${parsed.saidBack.join(' ')}`);
      },
      answer,
    );
  });
}

/** A date typed without a zone (`2026-11-02`, `2026-11-02 09:30`, `2026-11-02T09:30`): the text needs the person's zone. */
const ZONELESS_DATE = /\b\d{4}-\d{2}-\d{2}\b(?!T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))/i;

/**
 * Only when an instant was typed without a zone is the person's own zone asked for (users.info, cached by the
 * adapter), so most commands are answered without a Web API call. Slack's zone unknown: UTC, and said back.
 */
async function parseInPersonsZone(deps: ListenerDeps, text: string, userId: string) {
  const now = deps.ctx.now();
  if (!ZONELESS_DATE.test(text)) return parseIncidentCommand(text, now);
  const zone = await withinAckTime(deps.ctx.chat.userTimeZone(userId));
  return parseIncidentCommand(text, now, zone ? { timeZone: zone } : {});
}

/** How long the zone may take: Slack wants the acknowledgement within 3 s, and the Web API client retries. */
const ZONE_LOOKUP_MS = 1500;

/** The zone, or null (read in UTC, and said back so) when Slack does not answer in time or at all. */
async function withinAckTime(lookup: Promise<string | null>): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ZONE_LOOKUP_MS);
    timer.unref();
  });
  try {
    return await Promise.race([lookup.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Each subcommand → its act → its answer. Exhaustive: a new subcommand does not compile until handled here. */
async function runCommand(
  { ctx }: ListenerDeps,
  command: Exclude<IncidentCommand, { name: 'help' }>,
  { actor, teamId, respond, answer }: CommandRequest,
): Promise<void> {
  switch (command.name) {
    case 'open': {
      const { name: _name, ...request } = command;
      const opened = await openIncident(ctx, {
        ...request,
        openedBy: actor.userId,
        openedAt: ctx.now(),
        ...(teamId ? { teamId } : {}),
      });
      await answer(openedText(opened.incident, opened.inviteFailures.length, opened.deadlines));
      return;
    }
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
    case 'why': {
      const { incident, explanation } = await explainRegimeForIncident(ctx, actor, command.regime, TRIGGER_FLAGS);
      await answer(whyText(incident, explanation));
      return;
    }
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
