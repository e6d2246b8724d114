import type { ActionsBlock } from '@slack/types';
import { type ButtonElement, plain } from './block-kit';

/** The button that uploads the incident's register as CSV to its channel (value: the incident id). */
export const REGISTER_EXPORT_ACTION = 'register_export_csv';

/** The export button itself: on the pinned register message (register-actions.ts) and in `registerExportBlock`. */
export function registerExportButton(incidentId: string): ButtonElement {
  return { type: 'button', action_id: REGISTER_EXPORT_ACTION, text: plain('Export register (CSV)'), value: incidentId };
}

/** An actions block holding the export button; for the deadlines reply and the summary. */
export function registerExportBlock(incidentId: string): ActionsBlock {
  return { type: 'actions', block_id: 'register-export', elements: [registerExportButton(incidentId)] };
}
