import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { itemsForSeverity } from '../../domain/checklist/checklist';
import { CHECKLIST_TEMPLATES } from '../../domain/checklist/templates';
import { incidentIdSchema, slackChannelIdSchema } from '../../domain/ids';
import {
  INCIDENT_PHASES,
  type Incident,
  PHASE_LABELS,
  phaseOf,
  REASON_MAX,
  SEVERITIES,
  type Severity,
} from '../../domain/incidents/incident';
import { TITLE_MAX } from '../../domain/incidents/incident-lifecycle';
import { plain } from './block-kit';
import { clip } from './budget';

/** The forms the header's buttons open (views.open); their submissions are read by these callback ids. */
export const SEVERITY_FORM_CALLBACK_ID = 'incident_severity_submit';
export const RENAME_FORM_CALLBACK_ID = 'incident_rename_submit';
export const STATUS_FORM_CALLBACK_ID = 'incident_status_submit';

/** Input blocks; `response_action: errors` names them. */
export const LIFECYCLE_FORM_BLOCKS = {
  severity: 'severity',
  title: 'title',
  status: 'status',
  reason: 'reason',
} as const;
export const LIFECYCLE_FORM_ACTION_ID = 'value';

/** What each form carries: the incident and its channel (a modal has no channel of its own). */
export const lifecycleFormStateSchema = z.strictObject({
  incidentId: incidentIdSchema,
  channelId: slackChannelIdSchema,
});
export type LifecycleFormState = z.infer<typeof lifecycleFormStateSchema>;

/** The submitted values, as Slack sends them (view.state.values); each form has its own. */
export const severityFormValuesSchema = z.object({
  [LIFECYCLE_FORM_BLOCKS.severity]: z.object({
    value: z.object({ selected_option: z.object({ value: z.string() }).nullable().optional() }),
  }),
});
export const renameFormValuesSchema = z.object({
  [LIFECYCLE_FORM_BLOCKS.title]: z.object({ value: z.object({ value: z.string().nullable().optional() }) }),
});
export const statusFormValuesSchema = z.object({
  [LIFECYCLE_FORM_BLOCKS.status]: z.object({
    value: z.object({ selected_option: z.object({ value: z.string() }).nullable().optional() }),
  }),
  [LIFECYCLE_FORM_BLOCKS.reason]: z.object({ value: z.object({ value: z.string().nullable().optional() }) }).optional(),
});

const option = (value: string, text: string, description?: string) => ({
  text: plain(clip(text, 75)),
  value,
  ...(description ? { description: plain(clip(description, 75)) } : {}),
});

function form(callbackId: string, title: string, state: LifecycleFormState, blocks: ModalView['blocks']): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title),
    submit: plain('Save'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify(state),
    blocks,
  };
}

/** "Change severity": the four severities with how deep each one's checklist goes, the current one chosen. */
export function severityForm(incident: Incident): ModalView {
  const template = CHECKLIST_TEMPLATES.get(incident.checklistTemplate);
  const items = (s: Severity) => (template ? `${itemsForSeverity(template, s).length}-item checklist` : undefined);
  const options = SEVERITIES.map((s) => option(s, s.toUpperCase(), items(s)));
  return form(SEVERITY_FORM_CALLBACK_ID, 'Change severity', stateOf(incident), [
    {
      type: 'input',
      block_id: LIFECYCLE_FORM_BLOCKS.severity,
      label: plain('Severity'),
      element: {
        type: 'radio_buttons',
        action_id: LIFECYCLE_FORM_ACTION_ID,
        options,
        initial_option: options.find((o) => o.value === incident.severity),
      },
      hint: plain('A higher severity adds its checklist items; a lower one keeps every item already ticked or owned.'),
    },
  ]);
}

/** "Rename": the title, as it is now. */
export function renameForm(incident: Incident): ModalView {
  return form(RENAME_FORM_CALLBACK_ID, 'Rename incident', stateOf(incident), [
    {
      type: 'input',
      block_id: LIFECYCLE_FORM_BLOCKS.title,
      label: plain('Title'),
      element: {
        type: 'plain_text_input',
        action_id: LIFECYCLE_FORM_ACTION_ID,
        initial_value: incident.title,
        max_length: TITLE_MAX,
      },
      hint: plain('The channel keeps its name.'),
    },
  ]);
}

/** "Set status": the phases, and Closed (which runs the close, with its confirmation), with a reason for closing. */
export function statusForm(incident: Incident): ModalView {
  const options = [
    ...INCIDENT_PHASES.map((p) => option(p, PHASE_LABELS[p].label, PHASE_LABELS[p].means)),
    option('closed', 'Closed', 'closes the incident; asks first when notices are open'),
  ];
  return form(STATUS_FORM_CALLBACK_ID, 'Set status', stateOf(incident), [
    {
      type: 'input',
      block_id: LIFECYCLE_FORM_BLOCKS.status,
      label: plain('Status'),
      element: {
        type: 'radio_buttons',
        action_id: LIFECYCLE_FORM_ACTION_ID,
        options,
        initial_option: options.find((o) => o.value === phaseOf(incident)),
      },
    },
    {
      type: 'input',
      block_id: LIFECYCLE_FORM_BLOCKS.reason,
      optional: true,
      label: plain('Reason for closing'),
      element: { type: 'plain_text_input', action_id: LIFECYCLE_FORM_ACTION_ID, max_length: REASON_MAX },
      hint: plain('Only read when the status is Closed: shown in the header, the timeline and the summary.'),
    },
  ]);
}

function stateOf(incident: Incident): LifecycleFormState {
  return { incidentId: incident.id, channelId: incident.channelId };
}
