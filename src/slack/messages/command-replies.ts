import type { OpenAct, OpenStep } from '../../domain/acts/open-act';
import { type Incident, PHASE_LABELS, phaseOf, ROLE_LABELS, type Role } from '../../domain/incidents/incident';
import type { NotifiedRefusal } from '../../domain/obligations/deadline-state';
import type { NoticeTarget } from '../../domain/obligations/notice-target';
import { targetWords } from '../../domain/obligations/notice-target';
import type { MovedObligation, ObligationDiff } from '../../domain/obligations/obligation-diff';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import type { Announced } from '../../flows/announce-stored';
import type { OpenReply } from '../../flows/ports/chat';
import type { NotPosted } from '../../flows/post-after-store';
import type { RegisterShown } from '../../flows/show-register';
import { escapeMrkdwn } from './escape';
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
    `*${incident.drill ? '[DRILL] ' : ''}${incident.id}: ${escapeMrkdwn(incident.title)}*`,
    `Severity ${incident.severity.toUpperCase()} · ${incident.status === 'open' ? `open, ${PHASE_LABELS[phaseOf(incident)].label.toLowerCase()}` : `closed${incident.closeReason ? ` (${escapeMrkdwn(incident.closeReason)})` : ''}`} · commander <@${incident.roles.commander ?? incident.openedBy}>`,
    `Opened ${slackDate(incident.openedAt)} · discovered ${slackDate(incident.discoveredAt)}`,
    `Checklist: ${checklist.done} of ${checklist.total} done`,
  ].join('\n');
}

/** Ids in an answer: the first 20 and a count of the rest. */
function idList(records: readonly Pick<ObligationRecord, 'id'>[]): string {
  const ids = records.map((o) => `\`${o.id}\``);
  return ids.length > 20 ? `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more` : ids.join(', ');
}

/** Why `/incident notified` (or its `--undo`) changed nothing, and what can be named instead. */
export function notifiedRefusalText(refusal: NotifiedRefusal & { incident: Incident }, target: NoticeTarget): string {
  const what = `\`${targetWords(target)}\``;
  if (refusal.reason === 'already_done') return `Every ${what} obligation is already marked done; nothing changed.`;
  if (refusal.reason === 'not_done') return `No ${what} notice is marked given, so there is nothing to reopen.`;
  if (refusal.reason === 'stages') {
    return `${what} has several stages, each given at its own time; name the one you mean: ${idList(refusal.stages)}. Nothing changed.`;
  }
  const open = refusal.open;
  return `No ${what} obligation is listed for ${refusal.incident.id}.${open.length ? ` Open ones: ${idList(open)}.` : ' None is open.'}`;
}

/**
 * The private answer to a `notified` that was stored: how a bare date was read, stages left for their own
 * ids, notices counted from these that moved, and whether the channel and the register were told. Null when
 * the channel message says it all.
 */
export function notifiedText(result: {
  incident: Incident;
  marked: readonly ObligationRecord[];
  moved: readonly MovedObligation[];
  cancelled: number;
  readAs: string | null;
  stages: readonly ObligationRecord[];
  announced: Announced;
  register: RegisterShown;
}): string | null {
  const parts: string[] = [];
  if (result.readAs) {
    parts.push(
      `Marked ${result.marked.length} notice(s) as sent at \`--at\` ${result.readAs} (a date alone is the start of that day in the incident's time zone).`,
    );
  }
  if (result.stages.length) {
    parts.push(`Stages are marked one by one, so these were left open: ${idList(result.stages)}.`);
  }
  if (result.moved.length) {
    parts.push(
      `${result.moved.length} notice(s) counted from these now count from when they went out: ${idList(result.moved.map((m) => m.after))}.`,
    );
  }
  if (!result.announced.posted) {
    parts.push(notifiedStoredNotPostedText(result.incident, { ...result, code: result.announced.code }));
  }
  if (!result.register.shown && result.register.code !== 'no_obligations') {
    parts.push(registerNotShownText(result.register.code));
  }
  return parts.length ? parts.join(' ') : null;
}

/** The answer to `notified --undo`: what is open again, and whether the channel and register were told. */
export function reopenedText(result: {
  incident: Incident;
  reopened: readonly ObligationRecord[];
  rescheduled: number;
  announced: Announced;
  register: RegisterShown;
}): string {
  const parts = [
    `Reopened on ${result.incident.id}: ${idList(result.reopened)}; ${result.rescheduled} reminder(s) scheduled again.`,
  ];
  if (!result.announced.posted) {
    parts.push(`Posting this in the channel failed (${result.announced.code}), so the channel has not been told.`);
  }
  if (!result.register.shown) parts.push(registerNotShownText(result.register.code));
  return parts.join(' ');
}

/** The register could not be updated; the change is stored and the next change updates it. */
export function registerNotShownText(code: string): string {
  return `The pinned register could not be updated (${code}); it will be brought up to date with the next change, and \`/incident deadlines\` shows every notice now.`;
}

const POST_WORDS: Record<NotPosted['what'], string> = {
  header: 'the pinned header',
  checklist: 'the checklist',
  summary: 'the summary',
  register: 'the pinned register',
  announcement: 'the channel message',
  topic: 'the channel topic',
};

/** What is stored, and the posts that did not go out after it (`what (code)`), with where to see it instead. */
export function storedNotPostedText(stored: string, notPosted: readonly NotPosted[], fallback: string): string {
  if (notPosted.length === 0) return stored;
  const failed = notPosted.map((p) => `${POST_WORDS[p.what]} (${p.code})`).join(', ');
  return `${stored} Slack did not take ${failed}, so the channel may not show it yet; ${fallback} Nothing needs to be entered again.`;
}

/** A role given to the person who holds it already: nothing stored, nobody told again. */
export function roleAlreadyHeldText(incident: Incident, role: Role, userId: string): string {
  return `<@${userId}> is already ${ROLE_LABELS[role]} on ${incident.id}; nothing changed.`;
}

/** The same decision typed again: it is on the timeline once, as entry #seq. */
export function decisionAlreadyRecordedText(seq: number): string {
  return `That decision is already recorded (timeline #${seq}); nothing changed.`;
}

/** A decision stored on the timeline whose confirmation Slack did not take. */
export function decisionStoredNotPostedText(seq: number, code: string): string {
  return `The decision is recorded on the timeline (#${seq}). Posting it in the channel failed (${code}), so the channel has not been told; \`/incident summary\` includes it. Nothing needs to be entered again.`;
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
  register: 'the notification register',
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
