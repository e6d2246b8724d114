import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { toggleChecklistItem } from '../../../flows/toggle-checklist';
import { tryParseJson } from '../../../store/json-record';
import type { ListenerDeps } from '../../listener-deps';
import { CHECKLIST_ACTION_ID, checklistButtonValueSchema } from '../../messages/checklist-message';
import { storedNotPostedText } from '../../messages/command-replies';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

/** A Tick/Untick button on the checklist: acknowledge, store first, then update the message in place. */
export function registerChecklistToggle(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(CHECKLIST_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    const value = payload.success
      ? checklistButtonValueSchema.safeParse(tryParseJson(payload.data.actions[0]?.value))
      : undefined;
    if (!payload.success || !value?.success) {
      await tell('That checklist button is not one breachbot recognises; nothing was changed.');
      return;
    }
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'checklist_toggle',
      async () => {
        const { notPosted } = await toggleChecklistItem(deps.ctx, actor, value.data);
        if (notPosted) {
          await tell(
            storedNotPostedText(
              `The item is marked ${value.data.to === 'done' ? 'done' : 'open'} and recorded on the timeline.`,
              [notPosted],
              '`/incident status` shows the checklist count.',
            ),
          );
        }
      },
      tell,
      (ref) =>
        `The checklist message could not be updated (ref ${ref}). Try again; what is stored shows in \`/incident status\`.`,
    );
  });
}
