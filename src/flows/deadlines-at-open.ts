import type { Incident } from '../domain/incidents/incident';
import { IncidentRefusal } from './incident-service';
import type { BotServices } from '../slack/bot-services';
import { errorName } from '../slack/error-name';
import type { SubcommandRequest } from '../slack/subcommand';
import { obligationsAtOpenMessage } from '../slack/messages/obligations-message';

/** Refuses `--regimes` ids the catalog does not know, before anything is created. */
export function checkNamedRegimes(services: BotServices, regimes: readonly string[]): void {
  const unknown = services.deadlines.unknownRegimes(regimes);
  if (unknown.length === 0) return;
  const known = services.deadlines.knownRegimes();
  throw new IncidentRefusal(
    `Unknown regime${unknown.length > 1 ? 's' : ''} in \`--regimes\`: ${unknown.map((r) => `\`${r}\``).join(', ')}. Nothing was created. ` +
      `Known regimes: ${known.join(', ')}.`,
  );
}

/**
 * The open flow's last step: compute the obligations from the discovery time, the organisation's profile and
 * `--regimes`, store them, schedule their reminders and post them in the channel. A failure here does not undo
 * the open: the channel is told, and `/incident facts` computes them again.
 */
export async function startDeadlines(req: SubcommandRequest<unknown>, incident: Incident): Promise<void> {
  const { services, client } = req;
  const now = services.now();
  try {
    const state = await services.deadlines.begin(incident, req.userId, now);
    const open = state.obligations.filter((o) => o.current && o.doneAt === null);
    await services.timeline.append(incident.id, {
      kind: 'obligations_computed',
      actor: 'breachbot',
      at: now.toISOString(),
      summary: `Obligations computed at open: ${open.length}${open.length ? ` (${open.map((o) => o.id).join(', ')})` : ''}`,
      data: { version: state.version, obligations: open.map((o) => ({ id: o.id, dueAt: o.dueAt })), regimes: incident.regimes },
      dedupeKey: `obligations:v${state.version}`,
    });
    const scheduled = await services.reminders.scheduleIncident(
      { id: incident.id, openedAt: incident.openedAt, speed: incident.drillSpeed },
      state.obligations,
      now,
    );
    services.log.info('obligations_computed', { incident: incident.id, obligations: open.length, reminders: scheduled });
    await client.chat.postMessage({ channel: incident.channelId, ...obligationsAtOpenMessage(incident, state.obligations, now) });
  } catch (error) {
    services.log.error('obligations_at_open_failed', { incident: incident.id, error: errorName(error) });
    await client.chat
      .postMessage({
        channel: incident.channelId,
        text: ':warning: The notification deadlines could not be computed. Run `/incident facts` with what you know to compute them.',
      })
      .catch(() => undefined);
  }
}
