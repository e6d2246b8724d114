import type { Severity } from '../domain/incidents/incident';
import { withSeverity } from '../domain/incidents/incident-lifecycle';
import { assertMayAct } from './authority-gate';
import { checklistOf } from './checklist-items';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type LifecycleOutcome, showLifecycleChange } from './show-lifecycle-change';

/**
 * `/incident severity <sev>` and the header's "Change severity": the commander's act. Stored on the record
 * and the timeline in one write (refused inside it once closed; the same severity again changes nothing), then the header, the topic and the checklist are re-rendered: a higher severity adds its items,
 * a lower one drops only items nobody ticked or owns (src/domain/checklist/checklist.ts `itemsShown`).
 */
export async function changeSeverity(
  ctx: FlowContext,
  actor: Actor,
  severity: Severity,
): Promise<LifecycleOutcome<Severity>> {
  const found = await incidentForMember(ctx, actor);
  await assertMayAct(ctx, found, actor, 'change_severity');
  // The record and its timeline entry are written together (TimelineStore.appendWithRecord): a crash never
  // leaves the severity changed without the entry that says who changed it.
  const recorded = await ctx.timeline.appendWithRecord(found.id, async (current) => {
    const change = withSeverity(current, severity);
    if (!change.changed) return { next: current, entry: null, detail: null };
    const previous = change.previous;
    const before = new Set((await checklistOf(ctx, current)).map((i) => i.id));
    const afterIds = new Set((await checklistOf(ctx, change.next)).map((i) => i.id));
    const checklistAdded = [...afterIds].filter((id) => !before.has(id)).length;
    const checklistDropped = [...before].filter((id) => !afterIds.has(id)).length;
    return {
      next: change.next,
      entry: {
        kind: 'severity_changed',
        actor: actor.userId,
        at: ctx.now().toISOString(),
        summary: `Severity ${previous.toUpperCase()} → ${severity.toUpperCase()}${checklistWords(checklistAdded, checklistDropped)}`,
        data: { from: previous, to: severity, checklistAdded, checklistDropped },
      },
      detail: { previous, checklistAdded, checklistDropped },
    };
  });
  const { incident, detail } = recorded;
  if (!detail) return { changed: false, incident };
  const { previous, checklistAdded, checklistDropped } = detail;
  ctx.log.info('severity_changed', { incident: incident.id, from: previous, to: severity });
  const notPosted = await showLifecycleChange(
    ctx,
    incident,
    { what: 'severity', from: previous, to: severity, checklistAdded, checklistDropped },
    actor.userId,
    { topic: true, checklist: checklistAdded + checklistDropped > 0 },
  );
  return { changed: true, incident, previous, notPosted };
}

function checklistWords(added: number, dropped: number): string {
  const parts = [
    ...(added ? [`${added} checklist item(s) added`] : []),
    ...(dropped ? [`${dropped} untouched item(s) no longer asked for`] : []),
  ];
  return parts.length ? `; ${parts.join(', ')}` : '';
}
