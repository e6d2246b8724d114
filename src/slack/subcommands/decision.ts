import type { DecisionCommand } from '../../../commands/incident/decision';
import { typedDecisionEntry } from '../../decisions/decision-entry';
import { assertIncidentOpen } from '../../incidents/incident-lifecycle';
import { incidentForMember } from '../incident-access';
import { answerEphemeral, type SubcommandRequest } from '../subcommand';
import { decisionRecordedMessage } from '../views/decision-message';
import { drillMessage } from '../views/incident-header';

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
