import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { confirmClose } from '../../../flows/close-incident';
import { tryParseJson } from '../../../store/json-record';
import type { ListenerDeps } from '../../listener-deps';
import { CLOSE_CONFIRM_ACTION_ID, closeButtonValueSchema } from '../../messages/close-confirmation';
import { storedNotPostedText } from '../../messages/command-replies';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

/** "Close incident" on the confirmation asked by `/incident close`. */
export function registerCloseConfirm(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(CLOSE_CONFIRM_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: true, text });
    const payload = payloadSchema.safeParse(body);
    const value = payload.success
      ? closeButtonValueSchema.safeParse(tryParseJson(payload.data.actions[0]?.value))
      : undefined;
    if (!payload.success || !value?.success)
      return void (await tell('That button is not one breachbot recognises; nothing was closed.'));
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'close_confirm',
      async () => {
        const { closedNow, incident, notPosted } = await confirmClose(deps.ctx, actor, value.data.incidentId, {
          ...(value.data.reason ? { reason: value.data.reason } : {}),
          ...(value.data.reopens !== undefined ? { reopens: value.data.reopens } : {}),
        });
        await tell(
          !closedNow
            ? `${incident.id} was already closed.`
            : notPosted.length
              ? storedNotPostedText(
                  `${incident.id} is closed.`,
                  notPosted,
                  '`/incident summary` posts the summary again.',
                )
              : `${incident.id} is closed; the final summary is in the channel.`,
        );
      },
      tell,
      (ref) =>
        `Closing did not complete (ref ${ref}). What is stored shows in \`/incident status\`; try \`/incident close\` again.`,
    );
  });
}
