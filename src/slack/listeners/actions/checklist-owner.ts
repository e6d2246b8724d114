import type { App, BlockAction, StaticSelectAction, UsersSelectAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { assignChecklistOwner } from '../../../flows/assign-checklist-owner';
import type { ListenerDeps } from '../../listener-deps';
import {
  CHECKLIST_OWNER_ACTION_ID,
  CHECKLIST_OWNER_ITEM_ACTION_ID,
  parseChecklistBlockId,
} from '../../messages/checklist-message';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  actions: z.array(z.object({ block_id: z.string(), selected_user: slackUserIdSchema })).length(1),
  /** The owner row's item picker as the person left it: Slack sends the message's input state with the action. */
  state: z.object({
    values: z.record(
      z.string(),
      z.record(z.string(), z.object({ selected_option: z.object({ value: z.string() }).nullish() }).loose()),
    ),
  }),
});

/**
 * The owner row of a NIST phase: the item picker only holds a choice (its own action is acknowledged and nothing
 * more); picking the person assigns the item the picker shows.
 */
export function registerChecklistOwner(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<StaticSelectAction>>(CHECKLIST_OWNER_ITEM_ACTION_ID, async ({ ack }) => {
    await ack();
  });
  app.action<BlockAction<UsersSelectAction>>(CHECKLIST_OWNER_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    const action = payload.success ? payload.data.actions[0] : undefined;
    const block = action ? parseChecklistBlockId(action.block_id) : null;
    if (!payload.success || !action || block?.kind !== 'owner') {
      await tell('That checklist control is not one breachbot recognises; nothing was changed.');
      return;
    }
    const itemId = payload.data.state.values[action.block_id]?.[CHECKLIST_OWNER_ITEM_ACTION_ID]?.selected_option?.value;
    if (!itemId) {
      await tell('Pick the item first (“Owner for item…”), then the person.');
      return;
    }
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'checklist_owner',
      () =>
        assignChecklistOwner(deps.ctx, actor, { incidentId: block.incidentId, itemId, ownerId: action.selected_user }),
      tell,
      (ref) =>
        `The checklist message could not be updated (ref ${ref}). Try again; what is stored shows in \`/incident status\`.`,
    );
  });
}
