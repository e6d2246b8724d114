import { NIST_PHASES, type NistPhaseId } from '../domain/checklist/checklist';
import { maskSensitiveNumbers } from '../domain/privacy/sensitive-numbers';
import { Refusal } from '../domain/refusals';
import { checklistOf } from './checklist-items';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';
import { refreshChecklist } from './toggle-checklist';

/** Block Kit's limit on an option's text, and so on an added item's words. */
export const MAX_ADDED_ITEM_LENGTH = 75;
/**
 * The team's own items of one NIST phase share one checkboxes element (10 options at most); 5 keeps the whole
 * checklist, with every item done and owned, within Slack's 12,000 characters a message.
 */
export const MAX_ADDED_PER_PHASE = 5;

/**
 * An item the team writes into a NIST phase of the checklist: stored (refused once the incident is closed), on the
 * timeline, and shown at the end of its phase. Numbers such as SSNs are masked first, as decisions are.
 */
export async function addChecklistItem(
  ctx: FlowContext,
  actor: Actor,
  intent: { incidentId: string; nistPhase: NistPhaseId; text: string },
): Promise<{ added: boolean; text: string }> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, intent.incidentId, 'nothing was added');
  const nist = NIST_PHASES.find((p) => p.id === intent.nistPhase);
  const text = maskSensitiveNumbers(intent.text.replace(/\s+/g, ' ').trim());
  if (!nist) throw new Refusal('unknown_checklist_phase', 'That checklist phase is not one breachbot knows.');
  if (!text) throw new Refusal('empty_checklist_item', 'Write the item to add; nothing was added.');
  if (text.length > MAX_ADDED_ITEM_LENGTH) {
    throw new Refusal(
      'checklist_item_too_long',
      `The item is ${text.length} characters; keep it within ${MAX_ADDED_ITEM_LENGTH} (Slack shows no more in a checkbox).`,
    );
  }
  const phases: readonly string[] = nist.phases;
  const added = (await checklistOf(ctx, incident)).filter((i) => i.id.startsWith('added-') && phases.includes(i.phase));
  if (added.length >= MAX_ADDED_PER_PHASE) {
    throw new Refusal(
      'checklist_phase_full',
      `${nist.title} already has ${MAX_ADDED_PER_PHASE} items the team added; that is all one group can show.`,
    );
  }
  const at = ctx.now().toISOString();
  // The item and its timeline entry in one script (refused there once the incident is closed): both or neither.
  const { written } = await ctx.timeline.appendWithState(
    incident.id,
    async () => {
      const { item, ...change } = await ctx.incidents.checklistAddition(incident.id, {
        phase: nist.phases[0],
        text,
        upTo: 'sev4',
        basis: `Added by <@${actor.userId}> at ${at}`,
      });
      const entry = {
        kind: 'checklist_item' as const,
        actor: actor.userId,
        at,
        summary: `Added to the checklist: ${item.text}`,
        data: { itemId: item.id, added: true },
      };
      return { ...change, entries: [entry], detail: item };
    },
    { whileOpen: 'checklist changes' },
  );
  // Also when it was there already (Enter pressed twice, or again after a crash): the message catches up.
  await refreshChecklist(ctx, incident);
  return { added: written, text };
}
