import { incidentForMember } from '../incident-access';
import { answerEphemeral, type SubcommandRequest } from '../subcommand';
import { deadlinesListText } from '../messages/obligations-message';

/**
 * `/incident deadlines`: the open obligations by due time with time left, then the ones done; to the asker.
 * It also re-adds any reminder still to come that is missing from the queue (a process that died between
 * storing obligations and scheduling them): adding is idempotent and already-posted reminders never repost.
 */
export async function listDeadlines(req: SubcommandRequest<{ name: 'deadlines' }>): Promise<void> {
  const { services } = req;
  const access = await incidentForMember(services, req.client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const { incident } = access;
  const now = services.now();
  const state = await services.deadlines.get(incident);
  await answerEphemeral(req.respond, deadlinesListText(incident, state?.obligations ?? null, now));
  if (state && incident.status === 'open') {
    await services.reminders.scheduleIncident({ id: incident.id, openedAt: incident.openedAt, speed: incident.drillSpeed }, state.obligations, now);
  }
}
