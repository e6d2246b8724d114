import type { Incident } from '../domain/incidents/incident';
import { Refusal } from '../domain/refusals';
import { messageDecisionEntry, typedDecisionEntry } from '../domain/timeline/decision-entry';
import type { TimelineEntry } from '../domain/timeline/timeline-entry';
import { type Announced, announceStored } from './announce-stored';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

export type DecisionOutcome =
  | { recorded: true; incident: Incident; entry: TimelineEntry; announced: Announced }
  | { recorded: false; incident: Incident; seq: number };

/** `/incident decision <text>`: stored on the timeline first, then confirmed in the channel for everyone. */
export async function recordTypedDecision(ctx: FlowContext, actor: Actor, text: string): Promise<DecisionOutcome> {
  const incident = await incidentForMember(ctx, actor);
  const entry = typedDecisionEntry({ actor: actor.userId, at: ctx.now(), text });
  return storeAndAnnounce(ctx, incident, entry, 'command');
}

/**
 * "Record as decision" on a message: the message as Slack holds it in this channel now (its author, time,
 * text, link) becomes a decision, recorded by whoever used the shortcut. The payload's copy of the text and
 * author is never trusted: a forged payload naming another channel's message, or words the message does not
 * hold, records nothing. Keyed on the message, so using it twice (or Slack delivering it twice) records it
 * once.
 */
export async function recordMessageDecision(
  ctx: FlowContext,
  actor: Actor,
  messageTs: string,
): Promise<DecisionOutcome> {
  const incident = await incidentForMember(ctx, actor);
  const message = await ctx.chat.readMessage(actor.channelId, messageTs);
  if (!message) {
    throw new Refusal(
      'message_unreadable',
      'breachbot could not read that message in this channel, so nothing was recorded.',
    );
  }
  const entry = messageDecisionEntry({ recordedBy: actor.userId, at: ctx.now(), message });
  return storeAndAnnounce(ctx, incident, entry, 'shortcut');
}

async function storeAndAnnounce(
  ctx: FlowContext,
  incident: Incident,
  input: Parameters<FlowContext['timeline']['append']>[1],
  source: 'command' | 'shortcut',
): Promise<DecisionOutcome> {
  const result = await ctx.timeline.append(incident.id, input, { whileOpen: 'decisions' });
  if (!result.appended) return { recorded: false, incident, seq: result.seq };
  ctx.log.info('decision_recorded', { incident: incident.id, seq: result.entry.seq, source });
  // Stored on the timeline whatever happens to the post: a failed post is answered as such, never as nothing done.
  const announced = await announceStored(ctx, incident, { kind: 'decision_recorded', entry: result.entry });
  return { recorded: true, incident, entry: result.entry, announced };
}
