import type { OpenAct, OpenStep } from '../../domain/acts/open-act';
import type { Incident } from '../../domain/incidents/incident';
import type { NotifiedRefusal } from '../../domain/obligations/deadline-state';
import type { ObligationDiff } from '../../domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { Announced } from '../../flows/announce-stored';
import type { OpenReply } from '../../flows/ports/chat';
import { slackDate } from './slack-date';

/** The opener's private answer: where the incident is (and, if the channel was not told, what is stored). */
export function openedText(
  incident: Incident,
  inviteFailures: number,
  deadlines: { open: number; announced: Announced } | null = null,
): string {
  return (
    `${incident.drill ? 'Drill' : 'Incident'} *${incident.id}* is open in <#${incident.channelId}>.` +
    (inviteFailures ? ` Could not invite ${inviteFailures} responder(s); see the channel.` : '') +
    (deadlines && !deadlines.announced.posted
      ? ` Its ${deadlines.open} notification deadline(s) are stored and their reminders scheduled, but the list could not be posted in the channel (${deadlines.announced.code}): \`/incident deadlines\` shows them.`
      : '')
  );
}

/**
 * The answer when `/incident facts` stored the change but the channel post failed: what was stored, that the
 * channel was not told, and where to see it. Never "nothing was done".
 */
export function factsStoredNotPostedText(
  incident: Incident,
  result: { diff: ObligationDiff; remindersAdded: number; code: string },
): string {
  const { diff } = result;
  return (
    `The facts are stored on ${incident.id}: deadlines ${diff.added.length} added, ${diff.moved.length} moved, ` +
    `${diff.removed.length} removed; ${result.remindersAdded} reminder(s) scheduled. ` +
    `Posting the change in the channel failed (${result.code}), so the channel has not been told: ` +
    '`/incident deadlines` shows every deadline. Nothing needs to be entered again.'
  );
}

/** The answer when `/incident notified` stored the notices but the channel post failed. */
export function notifiedStoredNotPostedText(
  incident: Incident,
  result: { marked: readonly ObligationRecord[]; cancelled: number; code: string },
): string {
  const ids = result.marked.map((o) => `\`${o.id}\``);
  const shown = ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', ');
  return (
    `Recorded on ${incident.id}: ${result.marked.length} notice(s) marked as given (${shown}); ` +
    `${result.cancelled} pending reminder(s) cancelled. Posting this in the channel failed (${result.code}), ` +
    'so the channel has not been told. Nothing needs to be entered again.'
  );
}

/** `/incident status`: the incident at a glance. */
export function incidentStatusText(incident: Incident, checklist: { done: number; total: number }): string {
  return [
    `*${incident.drill ? '[DRILL] ' : ''}${incident.id}: ${incident.title}*`,
    `Severity ${incident.severity.toUpperCase()} · ${incident.status === 'open' ? 'open' : 'closed'} · commander <@${incident.roles.commander ?? incident.openedBy}>`,
    `Opened ${slackDate(incident.openedAt)} · discovered ${slackDate(incident.discoveredAt)}`,
    `Checklist: ${checklist.done} of ${checklist.total} done`,
  ].join('\n');
}

/** Why `/incident notified` marked nothing, and what is open instead. */
export function notifiedRefusalText(
  refusal: NotifiedRefusal & { incident: Incident },
  named: { regime: string; recipient?: string | undefined },
): string {
  const what = `\`${named.regime}${named.recipient ? `/${named.recipient}` : ''}\``;
  if (refusal.reason === 'already_done') return `Every ${what} obligation is already marked done; nothing changed.`;
  const open = refusal.open.map((o) => `\`${o.id}\``).join(', ');
  return `No ${what} obligation is listed for ${refusal.incident.id}.${open ? ` Open ones: ${open}.` : ' None is open.'}`;
}

/** The open's steps as a person reads them. */
const OPEN_STEP_WORDS: Record<OpenStep, string> = {
  channel: 'the private channel',
  record: 'the incident record',
  timeline: 'the timeline entry',
  invite: 'inviting the responders',
  topic: 'the channel topic',
  header: 'the header',
  pin: 'pinning the header',
  checklist: 'the checklist',
  obligations: 'the notification deadlines',
  answer: 'this answer',
};

/** The acknowledgement of `/incident open`, shown at once: the id, and that the channel follows. */
export function openingText(incidentId: string, drill: boolean): string {
  return `Opening ${drill ? 'drill' : 'incident'} *${incidentId}*; the channel will follow.`;
}

/** The acknowledgement when the same person opens the same title again: it is the same incident. */
export function openRepeatText(incidentId: string, act: OpenAct | null, incident: Incident | null): string {
  if (act?.status === 'finished' && incident) {
    return `You opened this a moment ago: *${incidentId}* is open in <#${incident.channelId}>. No second incident was made.`;
  }
  if (act?.status === 'failed') {
    return `Your open of this a moment ago (*${incidentId}*) was refused (${act.failure ?? 'refused'}); wait a minute to try again.`;
  }
  return `*${incidentId}* is already being opened for this; it is being finished now and no second incident will be made.`;
}

/** The answer at the end of an open's run: opened, refused, or not finished yet (and what exists). */
export function openReplyText(reply: OpenReply, failure = 'failed'): string {
  switch (reply.kind) {
    case 'opened':
      return openedText(reply.incident, reply.inviteFailures, reply.deadlines);
    case 'refused':
      return reply.message;
    case 'unfinished': {
      const done = reply.done.filter((s) => s !== 'answer').map((s) => OPEN_STEP_WORDS[s]);
      const pending = reply.pending.filter((s) => s !== 'answer').map((s) => OPEN_STEP_WORDS[s]);
      return (
        `*${reply.incidentId}* is not finished yet (Slack: ${failure}). ` +
        (done.length ? `Done: ${done.join(', ')}${reply.channelId ? ` (<#${reply.channelId}>)` : ''}. ` : '') +
        `Still to do: ${pending.join(', ')}. ` +
        'The bot keeps finishing it on its own and answers here when it is done; do not open it again.'
      );
    }
  }
}
