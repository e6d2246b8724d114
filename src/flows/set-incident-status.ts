import { type IncidentPhase, PHASE_LABELS } from '../domain/incidents/incident';
import { withPhase } from '../domain/incidents/incident-lifecycle';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type LifecycleOutcome, showLifecycleChange } from './show-lifecycle-change';

/**
 * `/incident status set <status>` and the header's "Set status": any member. Stored with its timeline entry in one
 * write (refused once closed; the same status again changes nothing), then the header and the channel told. `closed` is
 * not handled here: it is `/incident close`, with its confirmation.
 */
export async function setIncidentStatus(
  ctx: FlowContext,
  actor: Actor,
  phase: IncidentPhase,
): Promise<LifecycleOutcome<IncidentPhase>> {
  const found = await incidentForMember(ctx, actor);
  // Record and timeline entry in one write (TimelineStore.appendWithRecord): never one without the other.
  const { incident, detail: previous } = await ctx.timeline.appendWithRecord(found.id, (current) => {
    const change = withPhase(current, phase);
    if (!change.changed) return { next: current, entry: null, detail: null };
    return {
      next: change.next,
      entry: {
        kind: 'status_changed',
        actor: actor.userId,
        at: ctx.now().toISOString(),
        summary: `Status ${PHASE_LABELS[change.previous].label} → ${PHASE_LABELS[phase].label}`,
        data: { from: change.previous, to: phase },
      },
      detail: change.previous,
    };
  });
  if (previous === null) return { changed: false, incident };
  ctx.log.info('status_changed', { incident: incident.id, from: previous, to: phase });
  const notPosted = await showLifecycleChange(
    ctx,
    incident,
    { what: 'status', from: previous, to: phase },
    actor.userId,
  );
  return { changed: true, incident, previous: previous, notPosted };
}
