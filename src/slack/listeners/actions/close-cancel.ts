import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import type { BotServices } from '../../bot-services';
import { CLOSE_CANCEL_ACTION_ID } from '../../messages/close-confirmation';

const payloadSchema = z.object({ user: z.object({ id: z.string() }), channel: z.object({ id: z.string() }) });

/** "Cancel" on the close confirmation: nothing changes; the question is replaced so it cannot be pressed again. */
export function registerCloseCancel(app: App, _services: BotServices): void {
  app.action<BlockAction<ButtonAction>>(CLOSE_CANCEL_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    if (!payloadSchema.safeParse(body).success) return;
    await respond({ response_type: 'ephemeral', replace_original: true, text: 'Not closed. The incident stays open.' });
  });
}
