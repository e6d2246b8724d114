import type { Incident } from '../domain/incidents/incident';
import { Refusal } from '../domain/refusals';
import type { Actor, FlowContext } from './context';

/**
 * The gate in front of every act on an incident: the channel must be an incident channel, and the person a
 * member of it. Only members act on an incident; anyone else is refused and nothing changes.
 */
export async function incidentForMember(ctx: FlowContext, actor: Actor): Promise<Incident> {
  const incident = await ctx.incidents.getByChannel(actor.channelId);
  if (!incident) {
    throw new Refusal(
      'not_incident_channel',
      'This is not an incident channel. Run this in the incident’s channel, or open one with `/incident open <title>`.',
    );
  }
  if (!(await ctx.chat.isMember(actor.channelId, actor.userId))) {
    throw new Refusal('not_member', `Only members of the incident channel can act on ${incident.id}.`);
  }
  return incident;
}

/** A button or payload naming one incident, pressed in another incident's channel. */
export function assertSameIncident(incident: Incident, namedId: string, refused: string): void {
  if (incident.id !== namedId)
    throw new Refusal('wrong_incident', `That button belongs to another incident; ${refused}.`);
}
