import { cleanTitle, withTitle } from '../domain/incidents/incident-lifecycle';
import { Refusal } from '../domain/refusals';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { type LifecycleOutcome, showLifecycleChange } from './show-lifecycle-change';

/**
 * `/incident title <new title>` and the header's "Rename": any member. Stored with its timeline entry (old and new
 * title) in one write (refused once closed; the same title again changes nothing), then the header, the topic and
 * the channel told. The channel keeps its name: Slack links and bookmarks point at it.
 */
export async function renameIncident(ctx: FlowContext, actor: Actor, typed: string): Promise<LifecycleOutcome<string>> {
  const title = cleanTitle(typed);
  if (!title) throw new Refusal('invalid_title', 'A title needs some words; nothing was changed.');
  const found = await incidentForMember(ctx, actor);
  // Record and timeline entry in one write (TimelineStore.appendWithRecord): never one without the other.
  const { incident, detail: previous } = await ctx.timeline.appendWithRecord(found.id, (current) => {
    const change = withTitle(current, title);
    if (!change.changed) return { next: current, entry: null, detail: null };
    return {
      next: change.next,
      entry: {
        kind: 'title_changed',
        actor: actor.userId,
        at: ctx.now().toISOString(),
        summary: `Renamed from "${change.previous}" to "${title}"`,
        data: { from: change.previous, to: title },
      },
      detail: change.previous,
    };
  });
  if (previous === null) return { changed: false, incident };
  ctx.log.info('title_changed', { incident: incident.id });
  const notPosted = await showLifecycleChange(
    ctx,
    incident,
    { what: 'title', from: previous, to: title },
    actor.userId,
    { topic: true },
  );
  return { changed: true, incident, previous: previous, notPosted };
}
