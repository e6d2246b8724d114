import type { Incident } from '../domain/incidents/incident';
import { checklistOf } from './checklist-items';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

/** `/incident status`: the incident at a glance, to the person who asked. */
export async function incidentStatus(
  ctx: FlowContext,
  actor: Actor,
): Promise<{ incident: Incident; checklist: { done: number; total: number } }> {
  const incident = await incidentForMember(ctx, actor);
  const items = await checklistOf(ctx, incident);
  const states = await ctx.incidents.getChecklist(incident.id);
  return { incident, checklist: { done: items.filter((i) => states.get(i.id)?.done).length, total: items.length } };
}
