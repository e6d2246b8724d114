import type { App, BlockAction } from '@slack/bolt';
import { reopenNotified } from '../../../flows/mark-notified';
import { modalActionSchema, registerViewState, tellInChannel, updateRegisterView } from '../../adapters/register-view';
import type { ListenerDeps } from '../../listener-deps';
import { notifiedRefusalText, reopenedText } from '../../messages/command-replies';
import { REGISTER_UNDO_ACTION_ID } from '../../messages/register-modal';
import { afterAck } from '../../middleware/after-ack';

/** "Undo" on a notice given, in the register modal (after Slack's own confirm): the same flow as `--undo`. */
export function registerRegisterUndo(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(REGISTER_UNDO_ACTION_ID, async ({ ack, body, client }) => {
    await ack();
    const payload = modalActionSchema.safeParse(body);
    if (!payload.success) return;
    const state = registerViewState(payload.data.view.private_metadata);
    const obligationId = payload.data.actions[0]?.value;
    if (!state || !obligationId) return;
    const userId = payload.data.user.id;
    const tell = (text: string) => tellInChannel(client, state.channelId, userId, text);
    await afterAck(
      deps,
      'register_undo',
      async () => {
        const target = { kind: 'id' as const, id: obligationId };
        const result = await reopenNotified(deps.ctx, { userId, channelId: state.channelId }, target);
        if (!result.ok) await tell(notifiedRefusalText(result, target));
        else if (!result.announced.posted || !result.register.shown) await tell(reopenedText(result));
        await updateRegisterView(client, deps.ctx, userId, payload.data.view.id, state);
      },
      tell,
    );
  });
}
