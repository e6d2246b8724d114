import { z } from 'zod';
import { incidentIdSchema } from '../../domain/ids';
import { REASON_MAX } from '../../domain/incidents/incident';
import type { SummaryObligation } from '../../domain/summary/incident-summary';
import { OBLIGATION_STATUS_LABELS } from '../../domain/summary/labels';
import { type Block, mrkdwn, plain } from './block-kit';
import { Budget, type BudgetLimits, clip, listOrSummarise, MESSAGE_BUDGET } from './budget';
import { escapeMrkdwn, slackDate } from './slack-date';

export const CLOSE_CONFIRM_ACTION_ID = 'incident_close_confirm';
export const CLOSE_CANCEL_ACTION_ID = 'incident_close_cancel';

/**
 * What the Confirm/Cancel buttons carry: the incident they were asked about, so a button never closes another;
 * the reason typed with `/incident close <reason>`; and how many times the incident had been reopened when
 * asked, so a confirmation from before a reopen does not close it again.
 */
export const closeButtonValueSchema = z.strictObject({
  incidentId: incidentIdSchema,
  reason: z.string().min(1).max(REASON_MAX).optional(),
  reopens: z.number().int().min(0).optional(),
});

/** At most this many obligations are listed one by one in the confirmation; the rest are counted. */
const LISTED = 15;

/**
 * The ephemeral question asked before closing an incident whose notices are not all given: the first
 * obligations by due time, the rest counted by status with their due range, within Slack's limits.
 */
export function closeConfirmationBlocks(
  incidentId: string,
  outstanding: SummaryObligation[],
  limits: BudgetLimits = MESSAGE_BUDGET,
  asked: { reason?: string; reopens?: number } = {},
): Block[] {
  const value = JSON.stringify({ incidentId, ...asked });
  const reason = asked.reason ? `\nReason: _${clip(escapeMrkdwn(asked.reason), 1500)}_` : '';
  const question: Block = {
    type: 'section',
    block_id: 'close-question',
    text: mrkdwn(
      `:warning: *${outstanding.length} notification obligation${outstanding.length === 1 ? ' is' : 's are'} still open on ${incidentId}.* Close it anyway? Closing cancels the reminders and freezes the record.${reason}`,
    ),
  };
  const buttons: Block = {
    type: 'actions',
    block_id: 'close-buttons',
    elements: [
      { type: 'button', action_id: CLOSE_CONFIRM_ACTION_ID, text: plain('Close incident'), style: 'danger', value },
      { type: 'button', action_id: CLOSE_CANCEL_ACTION_ID, text: plain('Cancel'), value },
    ],
  };
  const budget = new Budget(limits).spend([question, buttons]);
  const listed = outstanding.slice(0, LISTED);
  const rest = outstanding.slice(LISTED);
  const line = (o: SummaryObligation) =>
    `• *${OBLIGATION_STATUS_LABELS[o.status]}* \`${o.id}\` ${escapeMrkdwn(o.recipientName)}${o.dueAt ? ` — due ${slackDate(o.dueAt)}` : ''}`;
  const summarise = (left: SummaryObligation[]) => {
    const overdue = left.filter((o) => o.status === 'overdue').length;
    const dues = left
      .map((o) => o.dueAt)
      .filter((d): d is string => d !== null)
      .sort();
    const range =
      dues.length > 0
        ? `, due ${slackDate(dues[0] ?? '', '{date_short}')} – ${slackDate(dues[dues.length - 1] ?? '', '{date_short}')}`
        : '';
    return [
      `…and ${left.length} more${overdue ? ` (${overdue} overdue)` : ''}${range}: \`/incident deadlines\` lists them all.`,
    ];
  };
  const list = listOrSummarise(listed, budget, 'close-list', line, (left) => summarise([...left, ...rest]));
  const counted =
    rest.length > 0 && !list.some((b) => b.block_id === 'close-list-more')
      ? [{ type: 'section' as const, block_id: 'close-list-more', text: mrkdwn(summarise(rest).join('\n')) }]
      : [];
  return [question, ...list, ...counted, buttons];
}
