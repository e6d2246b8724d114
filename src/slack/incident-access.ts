import type { WebClient } from '@slack/web-api';
import type { Incident } from '../domain/incidents/incident';
import type { BotServices } from './bot-services';
import { isChannelMember } from './channel-membership';

export type IncidentAccess = { ok: true; incident: Incident } | { ok: false; reason: string };

/**
 * The gate in front of every incident action: the channel must be an incident channel, and the person a
 * member of it. Only members act on an incident.
 */
export async function incidentForMember(
  services: BotServices,
  client: WebClient,
  channelId: string,
  userId: string,
): Promise<IncidentAccess> {
  const incident = await services.incidents.store.getByChannel(channelId);
  if (!incident) {
    return { ok: false, reason: 'This is not an incident channel. Run this in the incident’s channel, or open one with `/incident open <title>`.' };
  }
  if (!(await isChannelMember(client, channelId, userId))) {
    return { ok: false, reason: `Only members of the incident channel can act on ${incident.id}.` };
  }
  return { ok: true, incident };
}
