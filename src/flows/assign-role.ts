import type { RoleCommand } from '../../commands/incident/role';
import { assertIncidentOpen, assignRole } from '../domain/incidents/incident-lifecycle';
import { ROLE_LABELS } from '../domain/incidents/incident';
import { isChannelMember } from '../slack/channel-membership';
import { incidentForMember } from '../slack/incident-access';
import { inviteAll } from '../slack/responders';
import { answerEphemeral, type SubcommandRequest } from '../slack/subcommand';
import { refreshHeaderMessage } from '../slack/messages/render-header';
import { drillMessage } from '../slack/messages/incident-header';

/**
 * `/incident role <role> <@user>`: stored on the incident record, then on the timeline, then the pinned
 * header is re-rendered and the channel told. Someone given a role who is not in the private channel is
 * invited: a role holder who cannot see the channel cannot do the job.
 */
export async function assignIncidentRole(req: SubcommandRequest<RoleCommand>): Promise<void> {
  const { services, client, command } = req;
  const access = await incidentForMember(services, client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  assertIncidentOpen(access.incident, 'roles');
  if (command.userId === services.botUserId) return answerEphemeral(req.respond, 'breachbot cannot hold an incident role; name a person.');

  const { incident, previous } = await assignRole(services.incidents.store, access.incident.id, command.role, command.userId);
  const label = ROLE_LABELS[command.role] ?? command.role;
  if (previous !== command.userId) {
    await services.timeline.append(incident.id, {
      kind: 'role_assigned',
      actor: req.userId,
      at: services.now().toISOString(),
      summary: `${label}: ${command.userId}${previous ? ` (was ${previous})` : ''}`,
      data: { role: command.role, userId: command.userId, previous },
    });
  }
  services.log.info('role_assigned', { incident: incident.id, role: command.role });

  const inviteFailures = (await isChannelMember(client, incident.channelId, command.userId))
    ? []
    : await inviteAll(client, incident.channelId, [command.userId]);
  await refreshHeaderMessage(client, incident);
  await client.chat.postMessage({
    channel: incident.channelId,
    ...drillMessage(incident, {
      text:
        `<@${command.userId}> is now *${label}*${previous && previous !== command.userId ? ` (was <@${previous}>)` : ''}, assigned by <@${req.userId}>.` +
        (inviteFailures.length ? ` :warning: Could not invite them to this channel (${inviteFailures[0]?.error}).` : ''),
    }),
  });
}
