import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import type { ListenerDeps } from '../../listener-deps';
import { declareByCommandModal, HOME_DECLARE_ACTION_ID } from '../../messages/home-view';

const payloadSchema = z.object({ trigger_id: z.string().min(1) });

/**
 * "Declare breach" on the Home tab. MERGE (declare modal, issue 12 item 1): once the declare modal's opener
 * exists (the `declare_breach` shortcut's), call it here with the trigger_id instead of the pointer to the
 * command; the ack stays first.
 */
export function registerHomeDeclare(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(HOME_DECLARE_ACTION_ID, async ({ ack, body, client }) => {
    await ack();
    const payload = payloadSchema.safeParse(body);
    if (!payload.success) return;
    await deps.inFlight.track(
      client.views
        .open({ trigger_id: payload.data.trigger_id, view: declareByCommandModal() })
        .then(() => undefined)
        .catch((error: unknown) => deps.ctx.log.warn('home_declare_failed', { err: error })),
      'home_declare',
    );
  });
}
