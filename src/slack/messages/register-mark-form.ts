import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { incidentIdSchema, slackChannelIdSchema } from '../../domain/ids';
import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import { mrkdwn, plain } from './block-kit';
import { clip } from './budget';
import { registerLine } from './register-counts';
import { registerViewStateSchema } from './register-modal';

export const REGISTER_MARK_CALLBACK_ID = 'register_mark_submit';
/** Input blocks of the form; `response_action: errors` names them. */
export const MARK_FORM_BLOCKS = { sentAt: 'sent_at', by: 'by', note: 'note' } as const;
export const MARK_FORM_ACTION_ID = 'value';

export const markFormStateSchema = z.strictObject({
  incidentId: incidentIdSchema,
  channelId: slackChannelIdSchema,
  obligationId: z.string().min(1).max(200),
  /** The register modal under the form, re-rendered once the notice is marked. */
  parentViewId: z.string().min(1),
  parent: registerViewStateSchema,
});
export type MarkFormState = z.infer<typeof markFormStateSchema>;

/** What the form's submission holds (view.state.values), as Slack sends it. */
export const markFormValuesSchema = z.object({
  [MARK_FORM_BLOCKS.sentAt]: z.object({
    value: z.object({ selected_date_time: z.number().int().nullable().optional() }),
  }),
  [MARK_FORM_BLOCKS.by]: z.object({ value: z.object({ selected_user: z.string().nullable().optional() }) }),
  [MARK_FORM_BLOCKS.note]: z
    .object({ value: z.object({ value: z.string().max(2000).nullable().optional() }) })
    .optional(),
});

/**
 * "Mark notified" on one notice: when it went out (a date and time picker, now by default), who gave it (the
 * person marking, by default) and a note (a reference number, the portal used). Pushed over the register.
 */
export function markNotifiedForm(
  incident: Incident,
  o: ObligationRecord,
  actor: string,
  now: Date,
  state: MarkFormState,
): ModalView {
  return {
    type: 'modal',
    callback_id: REGISTER_MARK_CALLBACK_ID,
    title: plain('Mark notified'),
    submit: plain('Mark notified'),
    close: plain('Back'),
    private_metadata: JSON.stringify(state),
    blocks: [
      { type: 'section', block_id: 'notice', text: mrkdwn(clip(registerLine(o, incident, now), 2000)) },
      {
        type: 'input',
        block_id: MARK_FORM_BLOCKS.sentAt,
        label: plain('When the notice went out'),
        element: {
          type: 'datetimepicker',
          action_id: MARK_FORM_ACTION_ID,
          initial_date_time: Math.floor(now.getTime() / 1000),
        },
        hint: plain('Not in the future, and not before the breach was discovered.'),
      },
      {
        type: 'input',
        block_id: MARK_FORM_BLOCKS.by,
        label: plain('Who gave it'),
        element: { type: 'users_select', action_id: MARK_FORM_ACTION_ID, initial_user: actor },
      },
      {
        type: 'input',
        block_id: MARK_FORM_BLOCKS.note,
        optional: true,
        label: plain('Note'),
        element: {
          type: 'plain_text_input',
          action_id: MARK_FORM_ACTION_ID,
          max_length: 2000,
          placeholder: plain('Reference number, portal, letter batch…'),
        },
      },
    ],
  };
}
