import { checklistProgress } from '../messages/checklist-message';
import { slackDate } from '../messages/slack-date';
import { incidentForMember } from '../incident-access';
import { answerEphemeral, type SubcommandRequest } from '../subcommand';

/** `/incident status`: the incident at a glance, to the person who asked. */
export async function incidentStatus(req: SubcommandRequest<{ name: 'status' }>): Promise<void> {
  const access = await incidentForMember(req.services, req.client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const { incident } = access;
  const items = req.services.incidents.checklistItems(incident);
  const progress = checklistProgress(items, await req.services.incidents.checklistStates(incident));
  const lines = [
    `*${incident.drill ? '[DRILL] ' : ''}${incident.id}: ${incident.title}*`,
    `Severity ${incident.severity.toUpperCase()} · ${incident.status === 'open' ? 'open' : 'closed'} · commander <@${incident.roles.commander ?? incident.openedBy}>`,
    `Opened ${slackDate(incident.openedAt)} · discovered ${slackDate(incident.discoveredAt)}`,
    `Checklist: ${progress.done} of ${progress.total} done`,
  ];
  await answerEphemeral(req.respond, lines.join('\n'));
}
