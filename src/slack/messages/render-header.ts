import type { WebClient } from '@slack/web-api';
import type { Incident } from '../../domain/incidents/incident';
import { incidentHeaderBlocks, incidentHeaderText } from './incident-header';

/** Re-renders the pinned header from the stored record: after a role changes, and when the incident closes. */
export async function refreshHeaderMessage(client: WebClient, incident: Incident): Promise<void> {
  if (!incident.headerMessageTs) return;
  await client.chat.update({
    channel: incident.channelId,
    ts: incident.headerMessageTs,
    text: incidentHeaderText(incident),
    blocks: incidentHeaderBlocks(incident),
  });
}
