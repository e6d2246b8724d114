import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { CLOSE_CANCEL_ACTION_ID } from '../../messages/close-confirmation';

/** "Cancel" on the close confirmation: nothing changes; the question is replaced so it cannot be pressed again. */
export function registerCloseCancel(app: App): void {
  app.action<BlockAction<ButtonAction>>(CLOSE_CANCEL_ACTION_ID, async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', replace_original: true, text: 'Not closed. The incident stays open.' });
  });
}
