import { incidentForMember } from '../incident-access';
import { postSummary } from '../../flows/post-summary';
import { answerEphemeral, type SubcommandRequest } from '../subcommand';

/** `/incident summary`: posted in the channel with the full Markdown attached; a closed incident too. */
export async function incidentSummary(req: SubcommandRequest<{ name: 'summary' }>): Promise<void> {
  const access = await incidentForMember(req.services, req.client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const posted = await postSummary(req.services, req.client, access.incident, { actor: req.userId, final: false });
  req.services.log.info('summary_posted', { incident: access.incident.id, bytes: posted.markdownBytes, entries: posted.summary.timeline.length });
}
