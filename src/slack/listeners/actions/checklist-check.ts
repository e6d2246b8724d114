import type { App, BlockAction, CheckboxesAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { toggleChecklistItem } from '../../../flows/toggle-checklist';
import type { ListenerDeps } from '../../listener-deps';
import { CHECKLIST_CHECK_ACTION_ID, parseChecklistBlockId } from '../../messages/checklist-message';
import { storedNotPostedText } from '../../messages/command-replies';
import { afterAck } from '../../middleware/after-ack';

const optionValues = z.array(z.object({ value: z.string().regex(/^[a-z0-9-]+$/) })).default([]);

/** What a checkboxes click carries, and the message as it was rendered when clicked. */
const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  actions: z.array(z.object({ block_id: z.string(), selected_options: optionValues })).length(1),
  message: z.object({
    blocks: z.array(
      z.looseObject({
        block_id: z.string().optional(),
        accessory: z.looseObject({ initial_options: optionValues }).optional(),
      }),
    ),
  }),
});

/**
 * A click on a phase's checkboxes. Slack sends every box checked after the click; the change is what differs from
 * the message as it was rendered (its `initial_options`), so the intent is explicit: a stale message can only
 * change the item clicked, never undo someone else's tick on another item.
 */
export function registerChecklistCheck(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<CheckboxesAction>>(CHECKLIST_CHECK_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    const action = payload.success ? payload.data.actions[0] : undefined;
    const block = action ? parseChecklistBlockId(action.block_id) : null;
    if (!payload.success || !action || block?.kind !== 'check') {
      await tell('That checklist control is not one breachbot recognises; nothing was changed.');
      return;
    }
    const rendered = payload.data.message.blocks.find((b) => b.block_id === action.block_id);
    const before = new Set((rendered?.accessory?.initial_options ?? []).map((o) => o.value));
    const after = new Set(action.selected_options.map((o) => o.value));
    const changes = [
      ...[...after].filter((id) => !before.has(id)).map((itemId) => ({ itemId, to: 'done' as const })),
      ...[...before].filter((id) => !after.has(id)).map((itemId) => ({ itemId, to: 'open' as const })),
    ];
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'checklist_check',
      async () => {
        for (const change of changes) {
          const { notPosted } = await toggleChecklistItem(deps.ctx, actor, { incidentId: block.incidentId, ...change });
          // Stored, then Slack refused the re-render: said as such, never as "nothing was done".
          if (notPosted) {
            await tell(
              storedNotPostedText(
                `The item is marked ${change.to === 'done' ? 'done' : 'open'} and recorded on the timeline.`,
                [notPosted],
                '`/incident status` shows the checklist count.',
              ),
            );
          }
        }
      },
      tell,
      (ref) =>
        `The checklist message could not be updated (ref ${ref}). Try again; what is stored shows in \`/incident status\`.`,
    );
  });
}
