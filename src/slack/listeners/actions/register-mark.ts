import type { App, BlockAction } from '@slack/bolt';
import { readRegister } from '../../../flows/read-register';
import { modalActionSchema, registerViewState, tellInChannel } from '../../adapters/register-view';
import type { ListenerDeps } from '../../listener-deps';
import { markNotifiedForm } from '../../messages/register-mark-form';
import { REGISTER_MARK_ACTION_ID } from '../../messages/register-modal';
import { afterAck } from '../../middleware/after-ack';

/** "Mark notified" on a notice in the register modal: the form (when, who, note) pushed over it (views.push). */
export function registerRegisterMark(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(REGISTER_MARK_ACTION_ID, async ({ ack, body, client }) => {
    await ack();
    const payload = modalActionSchema.safeParse(body);
    if (!payload.success) return;
    const state = registerViewState(payload.data.view.private_metadata);
    const obligationId = payload.data.actions[0]?.value;
    if (!state || !obligationId) return;
    const userId = payload.data.user.id;
    await afterAck(
      deps,
      'register_mark',
      async () => {
        const { incident, records, now } = await readRegister(
          deps.ctx,
          { userId, channelId: state.channelId },
          state.incidentId,
        );
        const o = records.find((r) => r.id === obligationId);
        if (!o) {
          await tellInChannel(
            client,
            state.channelId,
            userId,
            `\`${obligationId}\` is no longer listed; nothing was marked.`,
          );
          return;
        }
        await client.views.push({
          trigger_id: payload.data.trigger_id,
          view: markNotifiedForm(incident, o, userId, now, {
            incidentId: incident.id,
            channelId: incident.channelId,
            obligationId: o.id,
            parentViewId: payload.data.view.id,
            parent: state,
          }),
        });
      },
      (text) => tellInChannel(client, state.channelId, userId, text),
    );
  });
}
