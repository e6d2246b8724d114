import { type Incident, incidentClock } from '../../domain/incidents/incident';
import { wallDueAt } from '../../domain/obligations/incident-clock';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import { regimeLabel } from '../../domain/obligations/regime-label';
import type { ReminderKind } from '../../domain/reminders/reminder-plan';
import { formatDuration, formatLead } from '../../domain/time/durations';
import { type Block, mrkdwn } from './block-kit';
import { clip } from './budget';
import { drillBanner } from './incident-header';
import { noticeWords, plainNoticeWords } from './obligations-message';
import { escapeMrkdwn, slackDate } from './slack-date';

export interface ReminderView {
  kind: ReminderKind;
  leadMs?: number;
  n?: number;
  /** The last escalation REMINDER_ESCALATION_CAP allows: the message says escalations stop here. */
  finalOfCap?: number;
}

/** The metadata every reminder carries: its stable id, so a retry can find out that it was already posted. */
export const REMINDER_EVENT_TYPE = 'breachbot_reminder';

/**
 * One reminder in the channel: "GDPR notice to the competent (lead) supervisory authority is due now", with
 * the due time in each reader's zone, the citation, and how to mark it done.
 */
export function reminderMessage(
  incident: Incident,
  o: ObligationRecord,
  r: ReminderView,
  now: Date,
): { text: string; blocks: Block[] } {
  const clock = incidentClock(incident);
  const due = wallDueAt(o.dueAt ?? now.toISOString(), clock);
  const what = `*${regimeLabel(o.regime)}* ${noticeWords(o)}`;
  let line: string;
  switch (r.kind) {
    case 'before':
      line = `:hourglass_flowing_sand: *${formatLead(r.leadMs ?? 0)} left*: ${what} is due ${slackDate(due)}.`;
      break;
    case 'due':
      line = `:alarm_clock: ${what} is due now (${slackDate(due)}).`;
      break;
    case 'overdue':
      line = `:rotating_light: *Overdue by ${formatDuration(now.getTime() - Date.parse(due))}*: ${what} was due ${slackDate(due)}. Give it, or record why not, and mark it done.`;
      if (r.finalOfCap !== undefined)
        line += `\n:no_bell: *Stopping escalations*: this was the last of ${r.finalOfCap} overdue reminders for this notice. It stays overdue in \`/incident deadlines\` until marked done.`;
      break;
  }
  const plainText = `${incident.drill ? '[DRILL] ' : ''}${regimeLabel(o.regime)} ${plainNoticeWords(o)} ${
    r.kind === 'before' ? `is due in ${formatLead(r.leadMs ?? 0)}` : r.kind === 'due' ? 'is due now' : 'is overdue'
  }${r.finalOfCap !== undefined ? '; stopping escalations' : ''}`;
  const blocks: Block[] = drillBanner(incident);
  blocks.push(
    { type: 'section', block_id: 'reminder', text: mrkdwn(clip(line, 2900)) },
    {
      type: 'context',
      elements: [
        mrkdwn(
          // One obligation: only a catalog text of unusual length is shortened, and the citation leads.
          `${escapeMrkdwn(clip(o.citation, 600))} · ${escapeMrkdwn(clip(o.deadline, 600))} · done? \`/incident notified ${o.regime}/${o.recipient}\``,
        ),
      ],
    },
  );
  return { text: plainText, blocks };
}
