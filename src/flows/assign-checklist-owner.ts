import { Refusal } from '../domain/refusals';
import { checklistOf } from './checklist-items';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';
import { refreshChecklist } from './toggle-checklist';

/**
 * An owner picked for a checklist item: stored with its timeline entry in one script (refused there once the incident
 * is closed), and the checklist re-rendered from what is stored. Picking the same owner again changes nothing.
 */
export async function assignChecklistOwner(
  ctx: FlowContext,
  actor: Actor,
  intent: { incidentId: string; itemId: string; ownerId: string },
): Promise<void> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, intent.incidentId, 'nothing was changed');
  const item = (await checklistOf(ctx, incident)).find((i) => i.id === intent.itemId);
  if (!item) throw new Refusal('unknown_checklist_item', `\`${intent.itemId}\` is not on this incident's checklist.`);
  const at = ctx.now().toISOString();
  const { written } = await ctx.timeline.appendWithState(
    incident.id,
    async () => ({
      ...(await ctx.incidents.checklistOwnerChange(incident.id, item.id, intent.ownerId)),
      entries: [
        {
          kind: 'checklist_item',
          actor: actor.userId,
          at,
          summary: `Owner of "${item.text}": <@${intent.ownerId}>`,
          data: { itemId: item.id, owner: intent.ownerId },
        },
      ],
      detail: null,
    }),
    { whileOpen: 'checklist changes' },
  );
  if (!written) return;
  await refreshChecklist(ctx, incident);
}
