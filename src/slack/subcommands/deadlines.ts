import { incidentForMember } from '../incident-access';
import { answerEphemeral, type SubcommandRequest } from '../subcommand';
import { deadlinesListText } from '../views/obligations-message';

/** `/incident deadlines`: the open obligations by due time with time left, then the ones done; to the asker. */
export async function listDeadlines(req: SubcommandRequest<{ name: 'deadlines' }>): Promise<void> {
  const access = await incidentForMember(req.services, req.client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  const state = await req.services.deadlines.get(access.incident);
  await answerEphemeral(req.respond, deadlinesListText(access.incident, state?.obligations ?? null, req.services.now()));
}
