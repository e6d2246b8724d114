import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { DEFAULT_INCIDENT_ZONE, resolveSentAt } from '../../../domain/obligations/notice-time';
import { markNotified } from '../../../flows/mark-notified';
import { tryParseJson } from '../../../store/json-record';
import { tellInChannel, updateRegisterView } from '../../adapters/register-view';
import type { ListenerDeps } from '../../listener-deps';
import { notifiedRefusalText, notifiedText } from '../../messages/command-replies';
import {
  MARK_FORM_BLOCKS,
  markFormStateSchema,
  markFormValuesSchema,
  REGISTER_MARK_CALLBACK_ID,
} from '../../messages/register-mark-form';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  view: z.object({ private_metadata: z.string(), state: z.object({ values: z.unknown() }) }),
});

/**
 * The "Mark notified" form submitted. What the person can fix (a time in the future or before discovery, no
 * one chosen) is answered on the field itself (`response_action: errors`) before anything is stored; then the
 * form closes and the same flow as `/incident notified <id> --at …` runs, and the register modal under it is
 * re-rendered.
 */
export function registerRegisterMarkSubmit(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(REGISTER_MARK_CALLBACK_ID, async ({ ack, body, client }) => {
    const payload = payloadSchema.safeParse(body);
    const state = payload.success
      ? markFormStateSchema.safeParse(tryParseJson(payload.data.view.private_metadata))
      : null;
    const values = payload.success ? markFormValuesSchema.safeParse(payload.data.view.state.values) : null;
    if (!payload.success || !state?.success || !values?.success) {
      await ack({
        response_action: 'errors',
        errors: { [MARK_FORM_BLOCKS.sentAt]: 'This form could not be read; close it and try again.' },
      });
      return;
    }
    const userId = payload.data.user.id;
    const form = state.data;
    const epoch = values.data[MARK_FORM_BLOCKS.sentAt].value.selected_date_time;
    const by = slackUserIdSchema.safeParse(values.data[MARK_FORM_BLOCKS.by].value.selected_user);
    const note = values.data[MARK_FORM_BLOCKS.note]?.value.value?.trim() || undefined;
    const incident = await deps.ctx.incidents.get(form.incidentId).catch(() => null);
    if (epoch === null || epoch === undefined) {
      await ack({ response_action: 'errors', errors: { [MARK_FORM_BLOCKS.sentAt]: 'Pick when the notice went out.' } });
      return;
    }
    const at = new Date(epoch * 1000).toISOString();
    if (incident) {
      const sent = resolveSentAt(
        { kind: 'instant', at },
        incident.timeZone ?? DEFAULT_INCIDENT_ZONE,
        deps.ctx.now(),
        incident.discoveredAt,
      );
      if (!sent.ok) {
        await ack({ response_action: 'errors', errors: { [MARK_FORM_BLOCKS.sentAt]: sent.message.replace(/`/g, '') } });
        return;
      }
    }
    if (!by.success) {
      await ack({ response_action: 'errors', errors: { [MARK_FORM_BLOCKS.by]: 'Choose who gave the notice.' } });
      return;
    }
    await ack();
    const tell = (text: string) => tellInChannel(client, form.channelId, userId, text);
    await afterAck(
      deps,
      'register_mark_submit',
      async () => {
        const target = { kind: 'id' as const, id: form.obligationId };
        const result = await markNotified(deps.ctx, { userId, channelId: form.channelId }, target, {
          at: { kind: 'instant', at },
          by: by.data,
          ...(note ? { note } : {}),
        });
        if (!result.ok) await tell(notifiedRefusalText(result, target));
        else {
          const text = notifiedText(result);
          if (text) await tell(text);
        }
        await updateRegisterView(client, deps.ctx, userId, form.parentViewId, form.parent);
      },
      tell,
    );
  });
}
