import { type Incident, PHASE_LABELS, phaseOf } from '../../domain/incidents/incident';
import type { LifecycleChange } from '../../domain/incidents/incident-lifecycle';
import type { NotPosted } from '../../flows/post-after-store';
import type { ReopenOutcome } from '../../flows/reopen-incident';
import { clip } from './budget';
import { storedNotPostedText } from './command-replies';
import { escapeMrkdwn } from './escape';
import { drillMessage } from './incident-header';

/** What the channel is told of a lifecycle change (severity, title, status, reopen); user text escaped. */
export function lifecycleChangedMessage(incident: Incident, change: LifecycleChange, by: string): { text: string } {
  return drillMessage(incident, { text: clip(lifecycleWords(change, by), 3000) });
}

function lifecycleWords(change: LifecycleChange, by: string): string {
  switch (change.what) {
    case 'severity': {
      const parts = [
        ...(change.checklistAdded ? [`${change.checklistAdded} checklist item(s) added`] : []),
        ...(change.checklistDropped
          ? [`${change.checklistDropped} untouched item(s) no longer asked for left the checklist`]
          : []),
      ];
      const checklist = parts.length ? ` ${parts.join('; ')}; items already ticked or owned stay.` : '';
      return `:rotating_light: Severity changed from *${change.from.toUpperCase()}* to *${change.to.toUpperCase()}* by <@${by}>.${checklist}`;
    }
    case 'title':
      return `:pencil2: <@${by}> renamed the incident to *${escapeMrkdwn(change.to)}* (was "${escapeMrkdwn(change.from)}").`;
    case 'status':
      return `:arrow_right: Status set to *${PHASE_LABELS[change.to].label}* by <@${by}> (was ${PHASE_LABELS[change.from].label}).`;
    case 'reopened': {
      const reason = change.reason ? ` Reason: ${escapeMrkdwn(change.reason)}` : '';
      const reminders = change.remindersScheduled
        ? ` ${change.remindersScheduled} reminder(s) of the notices still open are scheduled again.`
        : '';
      return `:leftwards_arrow_with_hook: <@${by}> reopened the incident; status is back to Investigating.${reason}${reminders}`;
    }
  }
}

/** The private answer to a lifecycle command: only when nothing changed, or when a post after storing failed. */
export function lifecycleAnswer(
  outcome:
    | { changed: false; incident: Incident }
    | { changed: true; incident: Incident; notPosted: readonly NotPosted[] },
  what: 'severity' | 'title' | 'status',
): string | null {
  const { incident } = outcome;
  if (!outcome.changed) return `${incident.id} ${alreadyWords(incident, what)}; nothing changed.`;
  if (outcome.notPosted.length === 0) return null;
  return storedNotPostedText(
    `${incident.id} ${nowWords(incident, what)}; it is recorded on the timeline.`,
    outcome.notPosted,
    '`/incident status` shows it.',
  );
}

/** "is already SEV2", "is already called …", "is already Contained". */
export function alreadyWords(incident: Incident, what: 'severity' | 'title' | 'status'): string {
  if (what === 'severity') return `is already ${incident.severity.toUpperCase()}`;
  if (what === 'title') return `is already called "${escapeMrkdwn(incident.title)}"`;
  return `is already ${PHASE_LABELS[phaseOf(incident)].label}`;
}

function nowWords(incident: Incident, what: 'severity' | 'title' | 'status'): string {
  if (what === 'severity') return `is now ${incident.severity.toUpperCase()}`;
  if (what === 'title') return `is now called "${escapeMrkdwn(incident.title)}"`;
  return `is now ${PHASE_LABELS[phaseOf(incident)].label}`;
}

/** The private answer to `/incident reopen`. */
export function reopenAnswer(outcome: ReopenOutcome): string | null {
  const { incident } = outcome;
  if (outcome.kind === 'already_open') return `${incident.id} is open; there is nothing to reopen.`;
  const reminders = outcome.remindersFailed
    ? ' Its reminders could not be scheduled just now; the reminder worker puts them back when it next starts.'
    : '';
  const finished = outcome.finished ? ' (an earlier reopen was interrupted; it is finished now)' : '';
  if (outcome.notPosted.length === 0 && !reminders && !finished) return null;
  return storedNotPostedText(
    `${incident.id} is open again${finished}; it is recorded on the timeline.${reminders}`,
    outcome.notPosted,
    '`/incident status` shows it.',
  );
}
