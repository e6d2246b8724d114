import { z } from 'zod';
import { type ChecklistItem, type ChecklistItemState, NIST_PHASES, PHASES } from '../../domain/checklist/checklist';
import { incidentIdSchema } from '../../domain/ids';
import type { Incident } from '../../domain/incidents/incident';
import { type Block, mrkdwn } from './block-kit';
import { blocksText, clip, clipMrkdwn, MESSAGE_BUDGET } from './budget';
import { escapeMrkdwn, plainUserText } from './escape';
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

/** The checkboxes of one phase's items: ticking or unticking one is a change of that item, nothing else. */
export const CHECKLIST_CHECK_ACTION_ID = 'checklist_check';
/** The item picker and the person picker of a NIST phase's owner row. */
export const CHECKLIST_OWNER_ITEM_ACTION_ID = 'checklist_owner_item';
export const CHECKLIST_OWNER_ACTION_ID = 'checklist_owner';
/** The text input of a NIST phase's add row (Enter adds the item). */
export const CHECKLIST_ADD_ACTION_ID = 'checklist_add';

/** Block ids carry what the listener needs: the incident, and the phase whose items the element holds. */
export const checkBlockId = (incidentId: string, phase: string) => `check:${incidentId}:${phase}`;
export const ownerBlockId = (incidentId: string, nistPhase: string) => `owner:${incidentId}:${nistPhase}`;
export const addBlockId = (incidentId: string, nistPhase: string) => `add:${incidentId}:${nistPhase}`;
export const parseChecklistBlockId = (blockId: string) => {
  const m = /^(check|owner|add):(INC-(?:\d+|\d{8}-[0-9A-HJKMNP-TV-Z]{5})):([a-z-]+)$/.exec(blockId);
  return m ? { kind: m[1] as 'check' | 'owner' | 'add', incidentId: m[2] as string, phase: m[3] as string } : null;
};
/** An item typed into a phase that has it already (Enter pressed twice): nothing added, and said so. */
export function checklistItemAlreadyText(text: string): string {
  return `“${escapeMrkdwn(text)}” is already on the checklist; nothing was added.`;
}

/** Items the team added (ids `added-<n>`): shown together at the end of their NIST phase. */
const isAdded = (item: ChecklistItem) => item.id.startsWith('added-');

/** Block Kit's limit on an option's text and description. */
const OPTION_TEXT = 75;
/** An item's words in mrkdwn: the team's own items are typed by people (escape.ts), shortened as sent. */
const itemMrkdwn = (text: string, max = Number.POSITIVE_INFINITY) => clipMrkdwn(escapeMrkdwn(text), max);

/**
 * The live checklist, grouped by NIST SP 800-61 phase: per phase a heading with its progress, per sub-phase one
 * checkboxes element (items' owners and who ticked them, when, in the text beside it), the items the team added,
 * an add row (type, Enter) and an owner row (pick an item, then a person). One message within Slack's limits in
 * every severity and in drills (at most 2 + 3 phases + 9 sub-phases + 3 added groups + 3 add rows + 3 owner rows =
 * 23 blocks), and no primary button per item. Once closed: the same lines, no controls.
 */
export function checklistBlocks(
  incident: Pick<Incident, 'id' | 'status' | 'drill' | 'drillSpeed'>,
  view: { items: ChecklistItem[]; states: Map<string, ChecklistItemState>; owners?: Map<string, string> },
): Block[] {
  for (const form of [FULL, COMPACT]) {
    const blocks = renderChecklist(incident, view, form);
    if (blocksText(blocks) <= MESSAGE_BUDGET.totalText) return blocks;
  }
  return renderChecklist(incident, view, MINIMAL);
}

/** How much of each item the notes and the owner picker repeat: the full form, and the one for a busy checklist. */
interface Form {
  noteItemChars: number;
  pickerChars: number;
  dates: boolean;
}
const FULL: Form = { noteItemChars: 48, pickerChars: OPTION_TEXT, dates: true };
const COMPACT: Form = { noteItemChars: 24, pickerChars: 32, dates: false };
const MINIMAL: Form = { noteItemChars: 12, pickerChars: 20, dates: false };

function renderChecklist(
  incident: Pick<Incident, 'id' | 'status' | 'drill' | 'drillSpeed'>,
  {
    items,
    states,
    owners = new Map(),
  }: { items: ChecklistItem[]; states: Map<string, ChecklistItemState>; owners?: Map<string, string> },
  form: Form,
): Block[] {
  const closed = incident.status === 'closed';
  const { done, total } = checklistProgress(items, states);
  const blocks: Block[] = drillBanner(incident);
  blocks.push({
    type: 'section',
    block_id: 'checklist-progress',
    text: mrkdwn(`*Breach response checklist* — ${done} of ${total} done`),
  });
  const note = (item: ChecklistItem): string => {
    const state = states.get(item.id);
    const owner = owners.get(item.id);
    const parts = [
      owner ? `owner <@${owner}>` : 'no owner',
      ...(state?.done ? [`done by <@${state.by}>${form.dates ? ` ${slackDate(state.at)}` : ''}`] : []),
      ...(state && !state.done ? [`reopened by <@${state.by}>${form.dates ? ` ${slackDate(state.at)}` : ''}`] : []),
    ];
    return parts.join(' · ');
  };
  for (const nist of NIST_PHASES) {
    const nistItems = items.filter((i) => (nist.phases as readonly string[]).includes(i.phase));
    if (nistItems.length === 0 && closed) continue;
    const nistDone = nistItems.filter((i) => states.get(i.id)?.done).length;
    blocks.push({
      type: 'section',
      block_id: `nist:${nist.id}`,
      text: mrkdwn(`*${nist.title}* _(${nist.ref})_ — ${nistDone} of ${nistItems.length} done`),
    });
    const groups = [
      ...nist.phases.map((phaseId) => ({
        id: phaseId as string,
        title: PHASES.find((p) => p.id === phaseId)?.title ?? phaseId,
        items: nistItems.filter((i) => i.phase === phaseId && !isAdded(i)),
      })),
      { id: `added-${nist.id}`, title: 'Added by the team', items: nistItems.filter(isAdded) },
    ];
    for (const phase of groups) {
      const phaseItems = phase.items;
      if (phaseItems.length === 0) continue;
      if (closed) {
        const lines = phaseItems.map(
          (i) =>
            `${states.get(i.id)?.done ? ':white_check_mark:' : ':white_large_square:'} ${itemMrkdwn(i.text)} _(${note(i)})_`,
        );
        blocks.push({
          type: 'section',
          block_id: `phase:${phase.id}`,
          text: mrkdwn(`_${phase.title}_\n${lines.join('\n')}`),
        });
        continue;
      }
      const options = phaseItems.map((i) => ({ text: mrkdwn(itemMrkdwn(i.text, OPTION_TEXT)), value: i.id }));
      // Owners and who ticked what, under the phase's name: an option's description is plain text (no mentions).
      const noted = phaseItems
        .filter((i) => owners.has(i.id) || states.has(i.id))
        .map((i) => `\n• ${itemMrkdwn(i.text, form.noteItemChars)}: ${note(i)}`);
      const checked = options.filter((o) => states.get(o.value)?.done);
      blocks.push({
        type: 'section',
        block_id: checkBlockId(incident.id, phase.id),
        text: mrkdwn(`_${phase.title}_${noted.join('')}`),
        accessory: {
          type: 'checkboxes',
          action_id: CHECKLIST_CHECK_ACTION_ID,
          options,
          ...(checked.length > 0 ? { initial_options: checked } : {}),
        },
      });
    }
    if (closed) continue;
    blocks.push({
      type: 'input',
      block_id: addBlockId(incident.id, nist.id),
      dispatch_action: true,
      optional: true,
      label: { type: 'plain_text', text: `Add an item to ${nist.title.toLowerCase()} (Enter)` },
      element: {
        type: 'plain_text_input',
        action_id: CHECKLIST_ADD_ACTION_ID,
        max_length: OPTION_TEXT,
        dispatch_action_config: { trigger_actions_on: ['on_enter_pressed'] },
      },
    });
    if (nistItems.length === 0) continue;
    blocks.push({
      type: 'actions',
      block_id: ownerBlockId(incident.id, nist.id),
      elements: [
        {
          type: 'static_select',
          action_id: CHECKLIST_OWNER_ITEM_ACTION_ID,
          placeholder: { type: 'plain_text', text: 'Owner for item…' },
          options: nistItems.map((i) => ({
            text: { type: 'plain_text', text: clip(plainUserText(i.text), form.pickerChars) },
            value: i.id,
          })),
        },
        {
          type: 'users_select',
          action_id: CHECKLIST_OWNER_ACTION_ID,
          placeholder: { type: 'plain_text', text: '…is' },
        },
      ],
    });
  }
  return blocks;
}
