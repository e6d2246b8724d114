import { randomBytes } from 'node:crypto';
import type { AckFn, App, RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { INSTANT_FLAGS } from '../../../../commands/incident/facts';
import { factsAsCommands } from '../../../../commands/incident/facts-show';
import { type IncidentCommand, parseIncidentCommand } from '../../../../commands/incident/grammar';
import { helpFor, USAGE } from '../../../../commands/incident/usage';
import { conversationIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { Refusal } from '../../../domain/refusals';
import { assignRole } from '../../../flows/assign-role';
import { changeSeverity } from '../../../flows/change-severity';
import { requestClose } from '../../../flows/close-incident';
import type { Actor } from '../../../flows/context';
import { explainRegimeForIncident } from '../../../flows/explain-regime';
import { incidentStatus } from '../../../flows/incident-status';
import { listDeadlines } from '../../../flows/list-deadlines';
import { markNotified, reopenNotified } from '../../../flows/mark-notified';
import { beginOpen, runOpen } from '../../../flows/open-incident';
import { summaryOnRequest } from '../../../flows/post-summary';
import { readFacts } from '../../../flows/read-facts';
import { recordTypedDecision } from '../../../flows/record-decision';
import { renameIncident } from '../../../flows/rename-incident';
import { reopenIncident } from '../../../flows/reopen-incident';
import { setIncidentStatus } from '../../../flows/set-incident-status';
import { updateFacts } from '../../../flows/update-facts';
import { redisOutage } from '../../../store/connection';
import { openDeclareModal } from '../../adapters/declare-view';
import { openFactsForm } from '../../adapters/facts-form-view';
import type { ListenerDeps } from '../../listener-deps';
import { closeConfirmationBlocks } from '../../messages/close-confirmation';
import {
  decisionAlreadyRecordedText,
  decisionStoredNotPostedText,
  incidentStatusText,
  notifiedRefusalText,
  notifiedText,
  openingText,
  openRepeatText,
  reopenedText,
  roleAlreadyHeldText,
  storedNotPostedText,
} from '../../messages/command-replies';
import { slackTextAsTyped } from '../../messages/escape';
import { factsShowReply, factsUpdateAnswer } from '../../messages/facts-replies';
import { lifecycleAnswer, reopenAnswer } from '../../messages/lifecycle-message';
import { deadlinesReply } from '../../messages/obligations-message';
import { whyText } from '../../messages/why-message';
import { afterAck, NOT_RECORDED } from '../../middleware/after-ack';

/** The fields of Slack's slash-command payload the bot relies on. */
const slashCommandSchema = z.object({
  // As typed: Slack sends `&`, `<`, `>` escaped (escape.ts).
  text: z.string().default('').transform(slackTextAsTyped),
  user_id: slackUserIdSchema,
  channel_id: conversationIdSchema,
  team_id: z.string().optional(),
  response_url: z.url().optional(),
  trigger_id: z.string().min(1).optional(),
});

/** The `facts` flag that records each trigger, for the hints `why` gives. */
const TRIGGER_FLAGS = Object.fromEntries(Object.entries(INSTANT_FLAGS).map(([flag, trigger]) => [trigger, flag]));

interface CommandRequest {
  actor: Actor;
  /** The command's trigger_id: a modal (the facts form) opens with it, within 3 s of the command. */
  triggerId: string | undefined;
  client: WebClient;
  teamId: string | undefined;
  respond: RespondFn;
  answer: (text: string) => Promise<unknown>;
}

/**
 * `/incident`: parse first and answer bad input in the acknowledgement itself (ephemeral, nothing changed);
 * otherwise acknowledge at once and run the act after, answering through response_url.
 */
export function registerIncidentCommand(app: App, deps: ListenerDeps): void {
  app.command('/incident', async ({ command: raw, ack, respond, client }) => {
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
    if (command.name === 'declare') {
      // The trigger lasts 3 s: acknowledged, then the form at once (src/slack/adapters/declare-view.ts).
      await ack();
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      const { trigger_id: triggerId, response_url: responseUrl, user_id: userId } = payload.data;
      await afterAck(
        deps,
        'declare_modal',
        async () => {
          const refused = triggerId
            ? await openDeclareModal(deps, client, {
                triggerId,
                userId,
                prefill: command.prefill,
                metadata: responseUrl ? { responseUrl } : {},
              })
            : 'no_trigger';
          if (refused) {
            await reply(
              `The declare form could not be opened (Slack: ${refused}). Type \`/incident open <title>\` with the flags ` +
                'instead (`/incident help open`).',
            );
          }
        },
        reply,
      );
      return;
    }
    if (command.name === 'open') {
      const reply = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      await openCommand(deps, command, payload.data, ack, reply, parsed.saidBack);
      return;
    }
    await ack();
    const answer = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const request: CommandRequest = {
      actor: { userId: payload.data.user_id, channelId: payload.data.channel_id },
      triggerId: payload.data.trigger_id,
      client,
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
  saidBack?: readonly string[],
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
    const ref = randomBytes(3).toString('hex');
    ctx.log.error('open_not_recorded', { ref, err: error });
    await ack({
      response_type: 'ephemeral',
      text: redisOutage(error)
        ? NOT_RECORDED(ref)
        : `The open could not be recorded, so nothing was created (ref ${ref}). Try again.`,
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
      // How loosely typed values were read (a date in the person's zone), once the open is answered.
      if (saidBack?.length) await reply(`Read as: ${saidBack.join(' ')}`);
    },
    reply,
    // Never "nothing was done": the intent is stored, so the open is finished by the resumer.
    (ref) =>
      `*${id}* could not be finished just now (ref ${ref}). Whatever was done stays done, and the bot finishes ` +
      'the rest on its own and answers here; do not open it again.',
  );
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
  { actor, respond, answer, client, triggerId }: CommandRequest,
): Promise<void> {
  switch (command.name) {
    case 'open':
    case 'declare':
      // Handled before the acknowledgement (openCommand, the declare form): its id or form comes with the ack.
      return;
    case 'status': {
      if (command.set) {
        const text = lifecycleAnswer(await setIncidentStatus(ctx, actor, command.set), 'status');
        if (text) await answer(text);
        return;
      }
      const { incident, checklist } = await incidentStatus(ctx, actor);
      await answer(incidentStatusText(incident, checklist));
      return;
    }
    case 'severity': {
      const text = lifecycleAnswer(await changeSeverity(ctx, actor, command.severity), 'severity');
      if (text) await answer(text);
      return;
    }
    case 'title': {
      const text = lifecycleAnswer(await renameIncident(ctx, actor, command.title), 'title');
      if (text) await answer(text);
      return;
    }
    case 'reopen': {
      const text = reopenAnswer(await reopenIncident(ctx, actor, command.reason));
      if (text) await answer(text);
      return;
    }
    case 'deadlines': {
      const { incident, records, now } = await listDeadlines(ctx, actor);
      await respond({ response_type: 'ephemeral', replace_original: false, ...deadlinesReply(incident, records, now) });
      return;
    }
    case 'facts': {
      const text = factsUpdateAnswer(await updateFacts(ctx, actor, command.patch));
      if (text) await answer(text);
      return;
    }
    case 'facts_form': {
      if (!triggerId) {
        await answer('Slack sent no trigger for a form; use `/incident facts --data …` (`/incident help facts`).');
        return;
      }
      await openFactsForm(ctx, client, actor, triggerId);
      return;
    }
    case 'facts_show': {
      const { incident, facts } = await readFacts(ctx, actor);
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...factsShowReply(incident.id, factsAsCommands(facts)),
      });
      return;
    }
    case 'notified': {
      if (command.action === 'undo') {
        const result = await reopenNotified(ctx, actor, command.target, command.note);
        await answer(result.ok ? reopenedText(result) : notifiedRefusalText(result, command.target));
        return;
      }
      const result = await markNotified(ctx, actor, command.target, {
        ...(command.note ? { note: command.note } : {}),
        ...(command.at ? { at: command.at } : {}),
      });
      if (!result.ok) await answer(notifiedRefusalText(result, command.target));
      else {
        const text = notifiedText(result);
        if (text) await answer(text);
      }
      return;
    }
    case 'decision': {
      const outcome = await recordTypedDecision(ctx, actor, command.text);
      if (!outcome.recorded) await answer(decisionAlreadyRecordedText(outcome.seq));
      else if (!outcome.announced.posted) {
        await answer(decisionStoredNotPostedText(outcome.entry.seq, outcome.announced.code));
      }
      return;
    }
    case 'role': {
      const { incident, changed, notPosted } = await assignRole(ctx, actor, command.role, command.userId);
      if (!changed) await answer(roleAlreadyHeldText(incident, command.role, command.userId));
      else if (notPosted.length) {
        await answer(
          storedNotPostedText(
            `<@${command.userId}> holds the ${command.role} role on ${incident.id}; it is recorded on the timeline.`,
            notPosted,
            '`/incident status` shows the roles.',
          ),
        );
      }
      return;
    }
    case 'why': {
      const { incident, explanation } = await explainRegimeForIncident(ctx, actor, command.regime, TRIGGER_FLAGS);
      await answer(whyText(incident, explanation));
      return;
    }
    case 'summary': {
      const posted = await summaryOnRequest(ctx, actor);
      if (posted.fileError) {
        await answer(
          `The summary is posted in the channel, but Slack did not take its Markdown file (${posted.fileError}); \`/incident summary\` attaches it again.`,
        );
      }
      return;
    }
    case 'close': {
      const outcome = await requestClose(ctx, actor, command.reason);
      if (outcome.kind === 'closed' && outcome.notPosted.length) {
        await answer(
          storedNotPostedText(
            `${outcome.incident.id} is closed.`,
            outcome.notPosted,
            '`/incident summary` posts the summary again.',
          ),
        );
      } else if (outcome.kind === 'already_closed') {
        await answer(`${outcome.incident.id} is already closed. \`/incident summary\` posts its summary again.`);
      } else if (outcome.kind === 'confirm') {
        const n = outcome.outstanding.length;
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `${n} notification obligation(s) are still open on ${outcome.incident.id}. Close anyway?`,
          blocks: closeConfirmationBlocks(outcome.incident.id, outcome.outstanding, undefined, {
            ...(outcome.reason ? { reason: outcome.reason } : {}),
            reopens: outcome.incident.reopens ?? 0,
          }),
        });
      }
      return;
    }
  }
}
