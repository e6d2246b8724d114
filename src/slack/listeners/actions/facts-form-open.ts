import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { incidentIdSchema, slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { openFactsForm } from '../../adapters/facts-form-view';
import type { ListenerDeps } from '../../listener-deps';
import { FACTS_FORM_OPEN_ACTION_ID } from '../../messages/facts-form-button';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  trigger_id: z.string().min(1),
  actions: z.array(z.object({ value: incidentIdSchema })).min(1),
});

/** "Edit facts" on the pinned header, the register or `/incident facts show`: the facts form (views.open). */
export function registerFactsFormOpen(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(FACTS_FORM_OPEN_ACTION_ID, async ({ ack, body, respond, client }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    if (!payload.success) {
      await tell('That button is not one breachbot recognises; nothing was opened.');
      return;
    }
    const { user, channel, trigger_id, actions } = payload.data;
    await afterAck(
      deps,
      'facts_form_open',
      () => openFactsForm(deps.ctx, client, { userId: user.id, channelId: channel.id }, trigger_id, actions[0]?.value),
      tell,
      (ref) => `The facts form could not be opened (ref ${ref}). \`/incident facts show\` prints the facts.`,
    );
  });
}
