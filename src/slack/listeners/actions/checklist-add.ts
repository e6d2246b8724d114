import type { App, BlockAction, PlainTextInputAction } from '@slack/bolt';
import { z } from 'zod';
import { NIST_PHASES } from '../../../domain/checklist/checklist';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { addChecklistItem } from '../../../flows/add-checklist-item';
import type { ListenerDeps } from '../../listener-deps';
import {
  CHECKLIST_ADD_ACTION_ID,
  checklistItemAlreadyText,
  parseChecklistBlockId,
} from '../../messages/checklist-message';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  actions: z.array(z.object({ block_id: z.string(), value: z.string().max(500).nullish() })).length(1),
});

const nistPhaseSchema = z.enum(NIST_PHASES.map((p) => p.id) as [string, ...string[]]);

/** Enter in a NIST phase's add row: the text becomes an item of that phase, shown with the team's own items. */
export function registerChecklistAdd(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<PlainTextInputAction>>(CHECKLIST_ADD_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    const action = payload.success ? payload.data.actions[0] : undefined;
    const block = action ? parseChecklistBlockId(action.block_id) : null;
    const phase = nistPhaseSchema.safeParse(block?.phase);
    if (!payload.success || !action || block?.kind !== 'add' || !phase.success) {
      await tell('That checklist control is not one breachbot recognises; nothing was added.');
      return;
    }
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'checklist_add',
      async () => {
        const result = await addChecklistItem(deps.ctx, actor, {
          incidentId: block.incidentId,
          nistPhase: phase.data as (typeof NIST_PHASES)[number]['id'],
          text: action.value ?? '',
        });
        if (!result.added) await tell(checklistItemAlreadyText(result.text));
      },
      tell,
      (ref) =>
        `The checklist message could not be updated (ref ${ref}). Try again; what is stored shows in \`/incident status\`.`,
    );
  });
}
