import type { App } from '@slack/bolt';
import { z } from 'zod';
import { parseIncidentCommand, type IncidentCommand } from '../../../../commands/incident/grammar';
import { USAGE } from '../../../../commands/incident/usage';
import { IncidentRefusal } from '../../../flows/incident-service';
import type { BotServices } from '../../bot-services';
import { openIncident } from '../../../flows/open-incident';
import { incidentStatus } from '../../subcommands/status';
import { closeIncidentCommand } from '../../subcommands/close';
import { recordDecision } from '../../../flows/record-decision';
import { assignIncidentRole } from '../../../flows/assign-role';
import { incidentSummary } from '../../subcommands/summary';
import { answerEphemeral, type SubcommandRequest } from '../../subcommand';
import { updateFacts } from '../../../flows/update-facts';
import { listDeadlines } from '../../subcommands/deadlines';
import { markNotified } from '../../../flows/mark-notified';
import { errorName } from '../../error-name';

/** The fields of Slack's slash-command payload the bot relies on. */
const slashCommandSchema = z.object({
  text: z.string().default(''),
  user_id: z.string().regex(/^[UW][A-Z0-9]+$/),
  channel_id: z.string().regex(/^[CGD][A-Z0-9]+$/),
  team_id: z.string().optional(),
});

type Handler = (req: SubcommandRequest<never>) => Promise<unknown>;

/**
 * Subcommand → handler. Later features register theirs here; a parsed subcommand without a handler is
 * answered as not available rather than silently ignored.
 */
export const SUBCOMMAND_HANDLERS: Partial<Record<IncidentCommand['name'], Handler>> = {
  open: openIncident as Handler,
  status: incidentStatus as Handler,
  decision: recordDecision as Handler,
  role: assignIncidentRole as Handler,
  summary: incidentSummary as Handler,
  close: closeIncidentCommand as Handler,
  // Deadlines and reminders (issue 4).
  facts: updateFacts as Handler,
  deadlines: listDeadlines as Handler,
  notified: markNotified as Handler,
};

/**
 * `/incident`: parse first and answer bad input in the acknowledgement itself (ephemeral, nothing
 * changed); otherwise acknowledge at once and do the work after, answering through response_url.
 */
export function registerIncidentCommand(app: App, services: BotServices): void {
  app.command('/incident', async ({ command: raw, ack, respond, client }) => {
    const payload = slashCommandSchema.safeParse(raw);
    if (!payload.success) {
      await ack({ response_type: 'ephemeral', text: 'This request is missing the user or channel; nothing was done.' });
      return;
    }
    const command = payload.data;
    const parsed = parseIncidentCommand(command.text, services.now());
    if (!parsed.ok) {
      await ack({ response_type: 'ephemeral', text: parsed.showUsage ? `${parsed.error}\n\n${USAGE}` : parsed.error });
      return;
    }
    if (parsed.command.name === 'help') {
      await ack({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    const handler = SUBCOMMAND_HANDLERS[parsed.command.name];
    if (!handler) {
      await ack({ response_type: 'ephemeral', text: `\`${parsed.command.name}\` is not available yet.` });
      return;
    }
    await ack();
    const request: SubcommandRequest<never> = {
      command: parsed.command as never,
      userId: command.user_id,
      channelId: command.channel_id,
      ...(command.team_id ? { teamId: command.team_id } : {}),
      client,
      respond,
      services,
    };
    await services.inFlight.track(runSubcommand(parsed.command.name, handler, request));
  });
}

async function runSubcommand(name: string, handler: Handler, request: SubcommandRequest<never>): Promise<void> {
  try {
    await handler(request);
  } catch (error) {
    if (error instanceof IncidentRefusal) {
      await answerEphemeral(request.respond, error.message);
      return;
    }
    const ref = Math.random().toString(36).slice(2, 8);
    request.services.log.error('subcommand_failed', { subcommand: name, ref, error: errorName(error) });
    await answerEphemeral(
      request.respond,
      `Something went wrong and nothing more was done (ref ${ref}). Try again, or ask an admin to check the logs.`,
    ).catch(() => undefined);
  }
}
