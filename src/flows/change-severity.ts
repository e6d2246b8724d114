import type { Severity } from '../domain/incidents/incident';
import { type FieldChange, withSeverity } from '../domain/incidents/incident-lifecycle';
import { assertMayAct } from './authority-gate';
import { checklistOf } from './checklist-items';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type LifecycleOutcome, showLifecycleChange } from './show-lifecycle-change';

/**
 * `/incident severity <sev>` and the header's "Change severity": the commander's act. Stored on the record
 * (refused inside the compare-and-set once closed; the same severity again changes nothing), then on the
 * timeline, then the header, the topic and the checklist are re-rendered: a higher severity adds its items,
 * a lower one drops only items nobody ticked or owns (src/domain/checklist/checklist.ts `itemsShown`).
 */
export async function changeSeverity(
  ctx: FlowContext,
  actor: Actor,
  severity: Severity,
): Promise<LifecycleOutcome<Severity>> {
  const found = await incidentForMember(ctx, actor);
  await assertMayAct(ctx, found, actor, 'change_severity');
  let change: FieldChange<Severity> | null = null;
  const incident = await ctx.incidents.update(found.id, (current) => {
    change = withSeverity(current, severity);
    return change.next;
  });
  const done = change as FieldChange<Severity> | null;
  if (!done?.changed) return { changed: false, incident };
  const previous = done.previous;
  const before = new Set((await checklistOf(ctx, { ...incident, severity: previous })).map((i) => i.id));
  const after = await checklistOf(ctx, incident);
  const afterIds = new Set(after.map((i) => i.id));
  const checklistAdded = after.filter((i) => !before.has(i.id)).length;
  const checklistDropped = [...before].filter((id) => !afterIds.has(id)).length;
  await ctx.timeline.append(incident.id, {
    kind: 'severity_changed',
    actor: actor.userId,
    at: ctx.now().toISOString(),
    summary: `Severity ${previous.toUpperCase()} → ${severity.toUpperCase()}${checklistWords(checklistAdded, checklistDropped)}`,
    data: { from: previous, to: severity, checklistAdded, checklistDropped },
  });
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
