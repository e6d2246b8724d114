import { type IncidentPhase, PHASE_LABELS } from '../domain/incidents/incident';
import { type FieldChange, withPhase } from '../domain/incidents/incident-lifecycle';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type LifecycleOutcome, showLifecycleChange } from './show-lifecycle-change';

/**
 * `/incident status set <status>` and the header's "Set status": any member. Stored (refused once closed;
 * the same status again changes nothing), on the timeline, then the header and the channel told. `closed` is
 * not handled here: it is `/incident close`, with its confirmation.
 */
export async function setIncidentStatus(
  ctx: FlowContext,
  actor: Actor,
  phase: IncidentPhase,
): Promise<LifecycleOutcome<IncidentPhase>> {
  const found = await incidentForMember(ctx, actor);
  let change: FieldChange<IncidentPhase> | null = null;
  const incident = await ctx.incidents.update(found.id, (current) => {
    change = withPhase(current, phase);
    return change.next;
  });
  const done = change as FieldChange<IncidentPhase> | null;
  if (!done?.changed) return { changed: false, incident };
  await ctx.timeline.append(incident.id, {
    kind: 'status_changed',
    actor: actor.userId,
    at: ctx.now().toISOString(),
    summary: `Status ${PHASE_LABELS[done.previous].label} → ${PHASE_LABELS[phase].label}`,
    data: { from: done.previous, to: phase },
  });
  ctx.log.info('status_changed', { incident: incident.id, from: done.previous, to: phase });
  const notPosted = await showLifecycleChange(
    ctx,
    incident,
    { what: 'status', from: done.previous, to: phase },
    actor.userId,
  );
  return { changed: true, incident, previous: done.previous, notPosted };
}
