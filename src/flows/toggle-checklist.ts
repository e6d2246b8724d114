import type { Incident } from '../domain/incidents/incident';
import { Refusal } from '../domain/refusals';
import { checklistOf } from './checklist-items';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';
import { type NotPosted, postAfterStore } from './post-after-store';

/**
 * A Tick/Untick press: the intent is explicit (to done or to open), stored atomically (refused there once
 * the incident is closed), so a double click or a stale message changes nothing; then the message is
 * re-rendered from what is stored.
 */
export async function toggleChecklistItem(
  ctx: FlowContext,
  actor: Actor,
  intent: { incidentId: string; itemId: string; to: 'done' | 'open' },
): Promise<{ changed: boolean; notPosted: NotPosted | null }> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, intent.incidentId, 'nothing was changed');
  const item = (await checklistOf(ctx, incident)).find((i) => i.id === intent.itemId);
  if (!item) throw new Refusal('unknown_checklist_item', `\`${intent.itemId}\` is not on this incident's checklist.`);
  const done = intent.to === 'done';
  const at = ctx.now();
  const state = { done, by: actor.userId, at: at.toISOString() };
  // The tick and its timeline entry in one script (refused there once the incident is closed): both or neither.
  const { written: changed } = await ctx.timeline.appendWithState(
    incident.id,
    async () => ({
      ...(await ctx.incidents.checklistItemChange(incident.id, item.id, state)),
      entries: [
        {
          kind: 'checklist_item',
          actor: actor.userId,
          at: at.toISOString(),
          summary: `${done ? 'Ticked' : 'Unticked'}: ${item.text}`,
          data: { itemId: item.id, done },
        },
      ],
      detail: null,
    }),
    { whileOpen: 'checklist changes' },
  );
  if (!changed) return { changed: false, notPosted: null };
  // The tick is stored: a message Slack will not update is reported as such, not as nothing done.
  const notPosted = await postAfterStore(ctx, incident, 'checklist', () => refreshChecklist(ctx, incident));
  return { changed: true, notPosted };
}

/**
 * Re-renders the checklist message from stored state. Two ticks on two replicas can render out of order;
 * re-reading after each render until the state is unchanged means the message always ends showing what is
 * stored.
 */
export async function refreshChecklist(ctx: FlowContext, incident: Incident): Promise<void> {
  if (!incident.checklistMessageTs) return;
  const items = await checklistOf(ctx, incident);
  let rendered = '';
  for (let pass = 0; pass < 3; pass += 1) {
    const [states, owners] = await Promise.all([
      ctx.incidents.getChecklist(incident.id),
      ctx.incidents.getChecklistOwners(incident.id),
    ]);
    const snapshot = JSON.stringify([[...states.entries()].sort(), [...owners.entries()].sort()]);
    if (snapshot === rendered) return;
    await ctx.chat.refreshChecklist(incident, { items, states, owners });
    rendered = snapshot;
  }
}
