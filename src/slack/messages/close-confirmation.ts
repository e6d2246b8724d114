import { z } from 'zod';
import { incidentIdSchema } from '../../domain/ids';
import type { SummaryObligation } from '../../domain/summary/incident-summary';
import { OBLIGATION_STATUS_LABELS } from '../../domain/summary/labels';
import { type Block, mrkdwn, plain } from './block-kit';
import { escapeMrkdwn, slackDate } from './slack-date';

export const CLOSE_CONFIRM_ACTION_ID = 'incident_close_confirm';
export const CLOSE_CANCEL_ACTION_ID = 'incident_close_cancel';

/** What the Confirm/Cancel buttons carry: the incident they were asked about, so a button never closes another. */
export const closeButtonValueSchema = z.strictObject({ incidentId: incidentIdSchema });

/** Slack shows at most this many lines in the confirmation before "…and N more". */
const LISTED = 15;

/** The ephemeral question asked before closing an incident whose notices are not all given. */
export function closeConfirmationBlocks(incidentId: string, outstanding: SummaryObligation[]): Block[] {
  const value = JSON.stringify({ incidentId });
  const lines = outstanding
    .slice(0, LISTED)
    .map(
      (o) =>
        `• *${OBLIGATION_STATUS_LABELS[o.status]}* \`${o.id}\` ${escapeMrkdwn(o.recipientName)}${o.dueAt ? ` — due ${slackDate(o.dueAt)}` : ''}`,
    );
  if (outstanding.length > LISTED) lines.push(`…and ${outstanding.length - LISTED} more`);
  return [
    {
      type: 'section',
      block_id: 'close-question',
      text: mrkdwn(
        `:warning: *${outstanding.length} notification obligation${outstanding.length === 1 ? ' is' : 's are'} still open on ${incidentId}.* Close it anyway? Closing cancels the reminders and freezes the record.\n${lines.join('\n')}`,
      ),
    },
    {
      type: 'actions',
      block_id: 'close-buttons',
      elements: [
        { type: 'button', action_id: CLOSE_CONFIRM_ACTION_ID, text: plain('Close incident'), style: 'danger', value },
        { type: 'button', action_id: CLOSE_CANCEL_ACTION_ID, text: plain('Cancel'), value },
      ],
    },
  ];
}
