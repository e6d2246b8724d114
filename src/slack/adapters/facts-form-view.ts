import type { WebClient } from '@slack/web-api';
import { closedRefusal } from '../../domain/refusals';
import type { Actor, FlowContext } from '../../flows/context';
import { readFacts } from '../../flows/read-facts';
import { factsForm } from '../messages/facts-form';

/**
 * Opens the facts form for a member of the incident's channel (views.open with the interaction's trigger_id,
 * which Slack honours for 3 seconds: the read before it is one Redis read and the membership check). The form
 * carries the version and fingerprint of the facts it shows, so a submission over someone else's change is
 * caught (update-facts.ts).
 */
export async function openFactsForm(
  ctx: FlowContext,
  client: WebClient,
  actor: Actor,
  triggerId: string,
  incidentId?: string,
): Promise<void> {
  const { incident, facts, version, fingerprint } = await readFacts(ctx, actor, incidentId);
  // A closed incident refuses facts: say so now rather than after the person has filled the form in.
  if (incident.status === 'closed') throw closedRefusal(incident.id, 'facts');
  await client.views.open({
    trigger_id: triggerId,
    view: factsForm(
      incident,
      facts,
      { incidentId: incident.id, channelId: incident.channelId, version, fingerprint },
      ctx.settings.profile.entityTypes,
    ),
  });
}
