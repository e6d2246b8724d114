import type { App, MessageShortcut } from '@slack/bolt';
import { z } from 'zod';
import { conversationIdSchema, messageTsSchema, slackUserIdSchema } from '../../../domain/ids';
import { recordMessageDecision } from '../../../flows/record-decision';
import type { ListenerDeps } from '../../listener-deps';
import { decisionStoredNotPostedText } from '../../messages/command-replies';
import { afterAck } from '../../middleware/after-ack';

export const RECORD_DECISION_CALLBACK_ID = 'record_decision';

/** The parts of Slack's message_action payload the shortcut relies on. */
const shortcutSchema = z.object({
  type: z.literal('message_action'),
  callback_id: z.literal(RECORD_DECISION_CALLBACK_ID),
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: conversationIdSchema }),
  message_ts: messageTsSchema,
  // Only the ts is used: the text and author are read from Slack, never taken from the payload.
  message: z.object({ ts: messageTsSchema }),
});

/** Message shortcut "Record as decision". */
export function registerRecordDecisionShortcut(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: RECORD_DECISION_CALLBACK_ID, type: 'message_action' },
    async ({ ack, shortcut, respond }) => {
      await ack();
      const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      const parsed = shortcutSchema.safeParse(shortcut);
      if (!parsed.success) {
        deps.ctx.log.warn('shortcut_rejected', { callback: RECORD_DECISION_CALLBACK_ID });
        await tell('That message could not be read; nothing was recorded.').catch(() => undefined);
        return;
      }
      const { user, channel, message } = parsed.data;
      const actor = { userId: user.id, channelId: channel.id };
      await afterAck(
        deps,
        'record_decision',
        async () => {
          const outcome = await recordMessageDecision(deps.ctx, actor, message.ts);
          if (!outcome.recorded)
            await tell(`That message is already recorded as a decision (timeline #${outcome.seq}).`);
          else if (!outcome.announced.posted)
            await tell(decisionStoredNotPostedText(outcome.entry.seq, outcome.announced.code));
        },
        tell,
        (ref) => `The decision could not be recorded (ref ${ref}). Try again.`,
      );
    },
  );
}
