import type { WebClient } from '@slack/web-api';
import type { Incident } from '../../domain/incidents/incident';
import type { IncidentService } from '../../flows/incident-service';
import { checklistBlocks, checklistProgress } from './checklist-message';
import { drillMarker } from './incident-header';

/**
 * Re-renders the checklist message from stored state. Two ticks on two replicas can render out of order;
 * re-reading after the update and rendering again until the state is unchanged means the message always
 * ends showing what is stored.
 */
export async function refreshChecklistMessage(client: WebClient, incidents: IncidentService, incident: Incident): Promise<void> {
  if (!incident.checklistMessageTs) return;
  const items = incidents.checklistItems(incident);
  let rendered = '';
  for (let pass = 0; pass < 3; pass += 1) {
    const states = await incidents.checklistStates(incident);
    const snapshot = JSON.stringify([...states.entries()].sort());
    if (snapshot === rendered) return;
    const { done, total } = checklistProgress(items, states);
    await client.chat.update({
      channel: incident.channelId,
      ts: incident.checklistMessageTs,
      text: `Breach response checklist: ${done} of ${total} done`,
      blocks: checklistBlocks(incident.id, items, states, { closed: incident.status === 'closed', drillNote: drillMarker(incident) }),
    });
    rendered = snapshot;
  }
}
