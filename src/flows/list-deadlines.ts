import type { Incident } from '../domain/incidents/incident';
import type { ObligationRecord } from '../domain/obligations/obligation-record';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

/**
 * `/incident deadlines`: the stored obligations, for the asker. It also re-adds any reminder still to come
 * that is missing from the queue (a process that died between storing obligations and scheduling them):
 * adding is idempotent and already-posted reminders never repost.
 */
export async function listDeadlines(
  ctx: FlowContext,
  actor: Actor,
): Promise<{ incident: Incident; records: ObligationRecord[] | null; now: Date }> {
  const incident = await incidentForMember(ctx, actor);
  const now = ctx.now();
  const state = await ctx.deadlines.get(incident.id);
  if (state && incident.status === 'open') await ctx.reminders.scheduleIncident(incident, state.obligations, now);
  return { incident, records: state?.obligations ?? null, now };
}
