import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { openDeclareModal } from '../../adapters/declare-view';
import type { ListenerDeps } from '../../listener-deps';
import { HOME_DECLARE_ACTION_ID } from '../../messages/home-view';

const payloadSchema = z.object({ trigger_id: z.string().min(1), user: z.object({ id: slackUserIdSchema }) });

/**
 * "Declare breach" on the Home tab: the same declare form as the global shortcut, opened on the button's trigger
 * right after the ack (a trigger lasts 3 seconds). A form Slack would not open is said by direct message.
 */
export function registerHomeDeclare(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(HOME_DECLARE_ACTION_ID, async ({ ack, body, client }) => {
    await ack();
    const payload = payloadSchema.safeParse(body);
    if (!payload.success) return;
    const userId = payload.data.user.id;
    await deps.inFlight.track(
      openDeclareModal(deps, client, { triggerId: payload.data.trigger_id, userId, metadata: {} })
        .then(async (refused) => {
          if (!refused) return;
          await client.chat.postMessage({
            channel: userId,
            text: `The declare form could not be opened (Slack: ${refused}). Try again, or type \`/incident open <title>\` in any channel.`,
          });
        })
        .catch((error: unknown) => deps.ctx.log.warn('home_declare_failed', { err: error })),
      'home_declare',
    );
  });
}
