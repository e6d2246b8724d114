import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { readRegister } from '../../../flows/read-register';
import { tryParseJson } from '../../../store/json-record';
import type { ListenerDeps } from '../../listener-deps';
import {
  REGISTER_OPEN_ACTION_ID,
  REGISTER_OPEN_URGENT_ACTION_ID,
  registerOpenValueSchema,
} from '../../messages/register-actions';
import { registerModal } from '../../messages/register-modal';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  trigger_id: z.string().min(1),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

/** "Open register" and "Overdue & next 24 h" on the pinned register: the detail, in a modal (views.open). */
export function registerRegisterOpen(app: App, deps: ListenerDeps): void {
  for (const actionId of [REGISTER_OPEN_ACTION_ID, REGISTER_OPEN_URGENT_ACTION_ID]) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, respond, client }) => {
      await ack();
      const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      const payload = payloadSchema.safeParse(body);
      const value = payload.success
        ? registerOpenValueSchema.safeParse(tryParseJson(payload.data.actions[0]?.value))
        : undefined;
      if (!payload.success || !value?.success) {
        await tell('That register button is not one breachbot recognises; nothing was opened.');
        return;
      }
      const { user, channel, trigger_id } = payload.data;
      await afterAck(
        deps,
        'register_open',
        async () => {
          const { incident, records, now } = await readRegister(
            deps.ctx,
            { userId: user.id, channelId: channel.id },
            value.data.incidentId,
          );
          const state = {
            incidentId: incident.id,
            channelId: incident.channelId,
            page: 0,
            filter: { status: value.data.status ?? 'all' },
          };
          await client.views.open({ trigger_id, view: registerModal(incident, records, now, state) });
        },
        tell,
        (ref) => `The register could not be opened (ref ${ref}). \`/incident deadlines\` lists every notice.`,
      );
    });
  }
}
