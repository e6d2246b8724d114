import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { incidentForLifecycleForm, type LifecycleForm } from '../../../flows/lifecycle-form';
import { tryParseJson } from '../../../store/json-record';
import type { ListenerDeps } from '../../listener-deps';
import {
  HEADER_RENAME_ACTION_ID,
  HEADER_SEVERITY_ACTION_ID,
  HEADER_STATUS_ACTION_ID,
  headerButtonValueSchema,
} from '../../messages/incident-header';
import { renameForm, severityForm, statusForm } from '../../messages/lifecycle-modals';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
  trigger_id: z.string().min(1),
  actions: z.array(z.object({ value: z.string() })).min(1),
});

const FORMS: Record<
  string,
  { form: LifecycleForm; view: (incident: Parameters<typeof severityForm>[0]) => ModalView }
> = {
  [HEADER_SEVERITY_ACTION_ID]: { form: 'severity', view: severityForm },
  [HEADER_RENAME_ACTION_ID]: { form: 'title', view: renameForm },
  [HEADER_STATUS_ACTION_ID]: { form: 'status', view: statusForm },
};

/**
 * "Change severity", "Rename" and "Set status" on the pinned header: each opens its small form (views.open
 * with the click's trigger_id, which Slack honours for 3 seconds) after the same gate the act uses; a refusal
 * is answered privately instead.
 */
export function registerHeaderLifecycle(app: App, deps: ListenerDeps): void {
  for (const [actionId, { form, view }] of Object.entries(FORMS)) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, respond, client }) => {
      await ack();
      const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
      const payload = payloadSchema.safeParse(body);
      const value = payload.success
        ? headerButtonValueSchema.safeParse(tryParseJson(payload.data.actions[0]?.value))
        : undefined;
      if (!payload.success || !value?.success) {
        await tell('That button is not one breachbot recognises; nothing was opened.');
        return;
      }
      const { user, channel, trigger_id } = payload.data;
      await afterAck(
        deps,
        `header_${form}`,
        async () => {
          const incident = await incidentForLifecycleForm(
            deps.ctx,
            { userId: user.id, channelId: channel.id },
            value.data.incidentId,
            form,
          );
          await client.views.open({ trigger_id, view: view(incident) });
        },
        tell,
        (ref) => `The form could not be opened (ref ${ref}). \`/incident help ${form}\` says how to do it by command.`,
      );
    });
  }
}
