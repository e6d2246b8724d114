import { cleanTitle, type FieldChange, withTitle } from '../domain/incidents/incident-lifecycle';
import { Refusal } from '../domain/refusals';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type LifecycleOutcome, showLifecycleChange } from './show-lifecycle-change';

/**
 * `/incident title <new title>` and the header's "Rename": any member. Stored (refused once closed; the same
 * title again changes nothing), on the timeline with the old and new title, then the header, the topic and
 * the channel told. The channel keeps its name: Slack links and bookmarks point at it.
 */
export async function renameIncident(ctx: FlowContext, actor: Actor, typed: string): Promise<LifecycleOutcome<string>> {
  const title = cleanTitle(typed);
  if (!title) throw new Refusal('invalid_title', 'A title needs some words; nothing was changed.');
  const found = await incidentForMember(ctx, actor);
  let change: FieldChange<string> | null = null;
  const incident = await ctx.incidents.update(found.id, (current) => {
    change = withTitle(current, title);
    return change.next;
  });
  const done = change as FieldChange<string> | null;
  if (!done?.changed) return { changed: false, incident };
  await ctx.timeline.append(incident.id, {
    kind: 'title_changed',
    actor: actor.userId,
    at: ctx.now().toISOString(),
    summary: `Renamed from "${done.previous}" to "${title}"`,
    data: { from: done.previous, to: title },
  });
  ctx.log.info('title_changed', { incident: incident.id });
  const notPosted = await showLifecycleChange(
    ctx,
    incident,
    { what: 'title', from: done.previous, to: title },
    actor.userId,
    { topic: true },
  );
  return { changed: true, incident, previous: done.previous, notPosted };
}
