import type { App, BlockAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { recipientSchema } from '../../../domain/regulations/vocabulary';
import { markNotified } from '../../../flows/mark-notified';
import type { ListenerDeps } from '../../listener-deps';
import { notifiedRefusalText, notifiedStoredNotPostedText } from '../../messages/command-replies';
import { DIGEST_MARK_NOTIFIED_ACTION } from '../../messages/reminder-message';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  // A line's button carries `value`; a large digest's menu, `selected_option.value`.
  actions: z
    .array(
      z.object({
        value: z.string().min(1).max(2000).optional(),
        selected_option: z.object({ value: z.string().min(1).max(150) }).optional(),
      }),
    )
    .min(1),
});

/** `<regime>/<recipient>[/<stage>]`, as the digest line shows it. */
const obligationIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z_]+(\/[a-z0-9-]+)*$/)
  .transform((id) => {
    const [regime = '', recipient = ''] = id.split('/');
    return { id, regime, recipient };
  })
  .pipe(z.object({ id: z.string(), regime: z.string(), recipient: recipientSchema }));

/**
 * "Mark notified" on a line of a reminder digest (its button, or the menu of a large digest's section): marks that one obligation (never its sibling stages) done now,
 * through the same act as `/incident notified`, which records it, cancels its reminders and tells the channel.
 * A date, a note or an undo go through `/incident notified` or the register.
 */
export function registerReminderMarkNotified(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(DIGEST_MARK_NOTIFIED_ACTION, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    const action = payload.success ? payload.data.actions[0] : undefined;
    const target = payload.success
      ? obligationIdSchema.safeParse(action?.value ?? action?.selected_option?.value)
      : undefined;
    if (!payload.success || !target?.success) {
      await tell('That button is not one breachbot recognises; nothing was changed.');
      return;
    }
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'reminder_mark_notified',
      async () => {
        // By its id: the one notice of that line, never its sibling stages; given now, by whoever pressed.
        const notice = { kind: 'id' as const, id: target.data.id };
        const result = await markNotified(deps.ctx, actor, notice, { by: actor.userId });
        if (!result.ok) await tell(notifiedRefusalText(result, notice));
        else if (!result.announced.posted) {
          await tell(notifiedStoredNotPostedText(result.incident, { ...result, code: result.announced.code }));
        }
      },
      tell,
    );
  });
}
