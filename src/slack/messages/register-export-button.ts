import type { ActionsBlock } from '@slack/types';
import { plain } from './block-kit';

/** The button that uploads the incident's register as CSV to its channel (value: the incident id). */
export const REGISTER_EXPORT_ACTION = 'register_export_csv';

/** An actions block holding the export button; for the register message, the deadlines reply, the summary. */
export function registerExportBlock(incidentId: string): ActionsBlock {
  return {
    type: 'actions',
    block_id: 'register-export',
    elements: [
      {
        type: 'button',
        action_id: REGISTER_EXPORT_ACTION,
        text: plain('Export register (CSV)'),
        value: incidentId,
      },
    ],
  };
}
