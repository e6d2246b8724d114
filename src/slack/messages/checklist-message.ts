import { z } from 'zod';
import { type ChecklistItem, type ChecklistItemState, PHASES } from '../../domain/checklist/checklist';
import { incidentIdSchema } from '../../domain/ids';
import type { Incident } from '../../domain/incidents/incident';
import { type Block, mrkdwn } from './block-kit';
import { drillBanner } from './incident-header';
import { slackDate } from './slack-date';

export const CHECKLIST_ACTION_ID = 'checklist_toggle';

/** What a checklist button carries: the intent is explicit, so a stale message can't undo someone else's tick. */
export const checklistButtonValueSchema = z.strictObject({
  incidentId: incidentIdSchema,
  itemId: z.string().regex(/^[a-z0-9-]+$/),
  to: z.enum(['done', 'open']),
});
export type ChecklistButtonValue = z.infer<typeof checklistButtonValueSchema>;

export function checklistProgress(
  items: ChecklistItem[],
  states: Map<string, ChecklistItemState>,
): { done: number; total: number } {
  return { done: items.filter((i) => states.get(i.id)?.done).length, total: items.length };
}

/** The live checklist: buttons while the incident is open, none once it is closed. */
export function checklistBlocks(
  incident: Pick<Incident, 'id' | 'status' | 'drill' | 'drillSpeed'>,
  { items, states }: { items: ChecklistItem[]; states: Map<string, ChecklistItemState> },
): Block[] {
  const incidentId = incident.id;
  const options = { closed: incident.status === 'closed' };
  const { done, total } = checklistProgress(items, states);
  const blocks: Block[] = drillBanner(incident);
  blocks.push({
    type: 'section',
    block_id: 'checklist-progress',
    text: mrkdwn(`*Breach response checklist* — ${done} of ${total} done`),
  });
  for (const phase of PHASES) {
    const phaseItems = items.filter((i) => i.phase === phase.id);
    if (phaseItems.length === 0) continue;
    blocks.push({ type: 'context', block_id: `phase:${phase.id}`, elements: [mrkdwn(`*${phase.title}*`)] });
    for (const item of phaseItems) {
      const state = states.get(item.id);
      const isDone = state?.done === true;
      const line = isDone
        ? `:white_check_mark: ~${item.text}~\n_<@${state.by}> ${slackDate(state.at)}_`
        : `:white_large_square: ${item.text}${state ? `\n_reopened by <@${state.by}> ${slackDate(state.at)}_` : ''}`;
      const value: ChecklistButtonValue = { incidentId, itemId: item.id, to: isDone ? 'open' : 'done' };
      blocks.push({
        type: 'section',
        block_id: `item:${item.id}`,
        text: mrkdwn(line),
        ...(options.closed
          ? {}
          : {
              accessory: {
                type: 'button' as const,
                action_id: CHECKLIST_ACTION_ID,
                text: { type: 'plain_text' as const, text: isDone ? 'Untick' : 'Tick' },
                value: JSON.stringify(value),
                ...(isDone ? {} : { style: 'primary' as const }),
              },
            }),
      });
    }
  }
  return blocks;
}
