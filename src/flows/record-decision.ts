import type { DecisionCommand } from '../../commands/incident/decision';
import { typedDecisionEntry } from '../domain/timeline/decision-entry';
import { assertIncidentOpen } from '../domain/incidents/incident-lifecycle';
import { incidentForMember } from '../slack/incident-access';
import { answerEphemeral, type SubcommandRequest } from '../slack/subcommand';
import { decisionRecordedMessage } from '../slack/messages/decision-message';
import { drillMessage } from '../slack/messages/incident-header';

/** `/incident decision <text>`: stored on the timeline first, then confirmed in the channel for everyone. */
export async function recordDecision(req: SubcommandRequest<DecisionCommand>): Promise<void> {
  const { services, client } = req;
  const access = await incidentForMember(services, client, req.channelId, req.userId);
  if (!access.ok) return answerEphemeral(req.respond, access.reason);
  assertIncidentOpen(access.incident, 'decisions');
  const result = await services.timeline.append(access.incident.id, typedDecisionEntry({ actor: req.userId, at: services.now(), text: req.command.text }));
  if (!result.appended) return; // Only keyed appends can be duplicates; a typed decision has no key.
  services.log.info('decision_recorded', { incident: access.incident.id, seq: result.entry.seq, source: 'command' });
  await client.chat.postMessage({ channel: access.incident.channelId, ...drillMessage(access.incident, decisionRecordedMessage(result.entry)) });
}
