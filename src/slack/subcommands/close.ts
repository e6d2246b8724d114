import { incidentForMember } from '../incident-access';
import { closeIncident, outstandingObligations } from '../../flows/close-incident';
import { answerEphemeral, type SubcommandRequest } from '../subcommand';
import { closeConfirmationBlocks } from '../messages/close-confirmation';

/**
 * `/incident close`: closes at once when every notice is given (or none were computed); otherwise asks
 * the person, privately, to confirm over the list of open obligations. The ask is itself recorded.
 */
export async function closeIncidentCommand(req: SubcommandRequest<{ name: 'close' }>): Promise<void> {
  const { services, client } = req;
  const access = await incidentForMember(services, client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const { incident } = access;
  if (incident.status === 'closed') return answerEphemeral(req.respond, `${incident.id} is already closed. \`/incident summary\` posts its summary again.`);

  const open = await outstandingObligations(services, incident);
  if (open.length === 0) {
    const closed = await closeIncident(services, client, incident, req.userId);
    if (!closed) await answerEphemeral(req.respond, `${incident.id} is already closed.`);
    return;
  }
  await services.timeline.append(incident.id, {
    kind: 'close_requested',
    actor: req.userId,
    at: services.now().toISOString(),
    summary: `Close requested with ${open.length} obligation(s) open; confirmation asked`,
    data: { openObligations: open.map((o) => o.id) },
  });
  await req.respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: `${open.length} notification obligation(s) are still open on ${incident.id}. Close anyway?`,
    blocks: closeConfirmationBlocks(incident.id, open),
  });
}
