import type { Incident } from '../domain/incidents/incident';
import { pinnedMessageEntry } from '../domain/timeline/decision-entry';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

export type PinOutcome =
  | { kind: 'not_incident' }
  | { kind: 'unreadable'; incident: Incident }
  | { kind: 'pinned'; incident: Incident; seq: number; appended: boolean };

/**
 * :pushpin: on a message in an incident channel adds it to the timeline (as context, not a decision). Keyed
 * on the message: a re-delivered event and a second pushpin by someone else append nothing. A channel that
 * is not an incident's is not this bot's business: the outcome says so and nothing is told to anyone.
 */
export async function pinMessage(ctx: FlowContext, actor: Actor, ts: string): Promise<PinOutcome> {
  if (!(await ctx.incidents.getByChannel(actor.channelId))) return { kind: 'not_incident' };
  const incident = await incidentForMember(ctx, actor);
  const message = await ctx.chat.readMessage(actor.channelId, ts);
  if (!message) {
    ctx.log.warn('pin_message_unreadable', { incident: incident.id });
    return { kind: 'unreadable', incident };
  }
  const result = await ctx.timeline.append(
    incident.id,
    pinnedMessageEntry({ pinnedBy: actor.userId, at: ctx.now(), message }),
    { whileOpen: 'pinned messages' },
  );
  ctx.log.info('message_pinned', { incident: incident.id, appended: result.appended });
  return { kind: 'pinned', incident, appended: result.appended, seq: result.appended ? result.entry.seq : result.seq };
}
