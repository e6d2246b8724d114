import { type Incident, incidentClock } from '../../domain/incidents/incident';
import { type IncidentClock, wallDueAt } from '../../domain/obligations/incident-clock';
import type { ObligationDiff } from '../../domain/obligations/obligation-diff';
import { byDueTime, isOpen, type ObligationRecord, obligationStatus } from '../../domain/obligations/obligation-record';
import { regimeLabel } from '../../domain/obligations/regime-label';
import { formatDuration } from '../../domain/time/durations';
import type { Block } from './block-kit';
import { mrkdwn } from './block-kit';
import { Budget, type BudgetLimits, clip, clipMrkdwn, listOrSummarise, MESSAGE_BUDGET, plural } from './budget';
import { drillBanner, drillMessage } from './incident-header';
import { groupedByDueDay, groupedByRecipient } from './obligation-groups';
import { registerExportBlock } from './register-export-button';
import { escapeMrkdwn, slackDate, slackDatesIn } from './slack-date';

/** "notice to the competent (lead) supervisory authority", "notice to each affected California resident" */
export function noticeWords(o: Pick<ObligationRecord, 'recipient' | 'recipientName'>): string {
  return escapeMrkdwn(plainNoticeWords(o));
}

/** The same words unescaped, for notification text (which Slack shows as plain text). */
export function plainNoticeWords(o: Pick<ObligationRecord, 'recipient' | 'recipientName'>): string {
  if (o.recipient === 'internal') return o.recipientName;
  // Catalog names that already carry their determiner ("each affected …", "affected data subjects") take no "the".
  const determined = /^(each|every|all|any|affected|prominent|the)\b/i.test(o.recipientName);
  return `notice to ${determined ? '' : 'the '}${o.recipientName}`;
}

/** The due time as the channel reads it: absolute in each reader's zone, then time left or overdue. */
export function dueWords(
  o: Pick<ObligationRecord, 'dueAt' | 'deadline'> & Partial<Pick<ObligationRecord, 'tolled'>>,
  clock: IncidentClock,
  now: Date,
): string {
  // A law-enforcement delay: paused, with what resumes it (the deadline words carry it).
  const paused = o.tolled ? ':pause_button: paused by law enforcement; ' : '';
  if (o.dueAt === null) return `${paused}no fixed due time (${slackDatesIn(escapeMrkdwn(o.deadline))})`;
  const due = wallDueAt(o.dueAt, clock);
  const left = Date.parse(due) - now.getTime();
  return `${paused}due ${slackDate(due)} (${left >= 0 ? `${formatDuration(left)} left` : `overdue by ${formatDuration(left)}`})`;
}

/** Conditions and the like worth seeing in the channel: the first two notes, shortened. */
function noteLines(o: ObligationRecord): string[] {
  return o.notes
    .slice(0, 2)
    .map((n) => `    _${slackDatesIn(escapeMrkdwn(n.length > 220 ? `${n.slice(0, 217)}…` : n))}_`);
}

export function obligationLine(o: ObligationRecord, clock: IncidentClock, now: Date, withNotes = true): string {
  const head = `• *${regimeLabel(o.regime)}* ${noticeWords(o)}: ${dueWords(o, clock, now)}`;
  return [head, `    ${escapeMrkdwn(o.citation)} · \`${o.id}\``, ...(withNotes ? noteLines(o) : [])].join('\n');
}

const DEADLINES_POINTER = '`/incident deadlines` lists every one.';

/** A message under a budget: the drill banner and the fixed blocks spent first, the lists fitted into the rest. */
function budgeted(incident: Incident, limits: BudgetLimits): Budget {
  return new Budget(limits).spend(drillBanner(incident));
}

/** Posted at open: every obligation the facts so far bring, with its due time and citation, as far as fits. */
export function obligationsAtOpenMessage(
  incident: Incident,
  records: readonly ObligationRecord[],
  now: Date,
  limits: BudgetLimits = MESSAGE_BUDGET,
): { text: string; blocks: Block[] } {
  const clock = incidentClock(incident);
  const open = records.filter(isOpen).sort(byDueTime);
  const title =
    open.length === 0
      ? ':scales: *Notification deadlines*: none apply on the facts so far. Add what you know with `/incident facts --data … --affected US-CA=1200,…`; deadlines follow.'
      : `:scales: *Notification deadlines (${open.length})*: computed from the facts so far; each is reminded in this channel before it is due.`;
  const head: Block = { type: 'section', block_id: 'obligations-title', text: mrkdwn(title) };
  const foot: Block = {
    type: 'context',
    elements: [
      mrkdwn(
        'Mark a notice as given: `/incident notified <id> [--at <date>] [note]` (or a regime, `<regime>/<recipient>`, `*/<recipient>`). Not legal advice: counsel makes the judgments shown as conditions.',
      ),
    ],
  };
  const budget = budgeted(incident, limits).spend([head, foot]);
  const list = obligationList(open, budget, 'obligations', clock, now, 'open');
  return drillMessage(incident, { text: `Notification deadlines: ${open.length}`, blocks: [head, ...list, foot] });
}

/**
 * Obligations one per line (with their notes when everything fits, without when not); what still does not
 * fit is counted by recipient kind with its due range, and pointed to `/incident deadlines`.
 */
function obligationList(
  records: readonly ObligationRecord[],
  budget: Budget,
  idPrefix: string,
  clock: IncidentClock,
  now: Date,
  verb: string,
): Block[] {
  return fullOrShort(
    records,
    budget,
    idPrefix,
    (o) => obligationLine(o, clock, now),
    (o) => obligationLine(o, clock, now, false),
    (rest) => [`*…and ${rest.length} more* (${DEADLINES_POINTER})`, ...groupedByRecipient(rest, clock, verb)],
  );
}

/** Every item in its full form when all fit; otherwise the short form, as many as fit, and the rest summarised. */
function fullOrShort<T>(
  items: readonly T[],
  budget: Budget,
  idPrefix: string,
  full: (item: T) => string,
  short: (item: T) => string,
  summarise: (rest: T[]) => string[],
): Block[] {
  const trial = budget.clone();
  const all = listOrSummarise(items, trial, idPrefix, full, () => []);
  if (!all.some((b) => b.block_id === `${idPrefix}-more`)) {
    budget.adopt(trial);
    return all;
  }
  return listOrSummarise(items, budget, idPrefix, short, summarise);
}

type Change =
  | { kind: 'added'; o: ObligationRecord }
  | { kind: 'moved'; o: ObligationRecord; before: ObligationRecord }
  | { kind: 'removed'; o: ObligationRecord };

/** Posted after `/incident facts`: what changed in the facts and in the obligations, as far as fits. */
export function factsChangedMessage(
  incident: Incident,
  change: { actor: string; factsChanged: string[]; diff: ObligationDiff },
  now: Date,
  limits: BudgetLimits = MESSAGE_BUDGET,
): { text: string; blocks: Block[] } {
  const clock = incidentClock(incident);
  const { diff } = change;
  const changes: Change[] = [
    ...diff.added.map((o): Change => ({ kind: 'added', o })),
    ...diff.moved.map((m): Change => ({ kind: 'moved', o: m.after, before: m.before })),
    ...diff.removed.map((o): Change => ({ kind: 'removed', o })),
  ];
  const render = (c: Change, withNotes = false): string => {
    switch (c.kind) {
      case 'added':
        return `:new: ${obligationLine(c.o, clock, now, withNotes).replace(/^• /, '')}`;
      case 'moved': {
        const from = c.before.dueAt === null ? 'no fixed due time' : slackDate(wallDueAt(c.before.dueAt, clock));
        return `:arrow_right: *${regimeLabel(c.o.regime)}* ${noticeWords(c.o)} moved from ${from} to ${dueWords(c.o, clock, now)} · \`${c.o.id}\``;
      }
      case 'removed':
        return `:heavy_minus_sign: *${regimeLabel(c.o.regime)}* ${noticeWords(c.o)} no longer applies · \`${c.o.id}\``;
    }
  };
  const summarise = (rest: Change[]): string[] => {
    const of = (kind: Change['kind']) => rest.filter((c) => c.kind === kind).map((c) => c.o);
    return [
      `*…and ${rest.length} more changes* (${DEADLINES_POINTER})`,
      ...groupedByRecipient(of('added'), clock, 'added'),
      ...groupedByRecipient(of('moved'), clock, 'moved, now'),
      ...groupedByRecipient(of('removed'), clock, 'no longer required', false),
    ];
  };
  const summary =
    changes.length === 0
      ? 'The notification deadlines are unchanged.'
      : `Deadlines: ${diff.added.length} added, ${diff.moved.length} moved, ${diff.removed.length} removed; reminders follow.`;
  const factsText = change.factsChanged.length
    ? slackDatesIn(escapeMrkdwn(change.factsChanged.join('; ')))
    : 'nothing new';
  const lead = `:memo: <@${change.actor}> updated the facts: `;
  const room = Math.min(limits.sectionText, 1500) - lead.length - summary.length - 2;
  const head: Block = {
    type: 'section',
    block_id: 'facts-changed',
    text: mrkdwn(`${lead}${clip(factsText, room)}.\n${summary}`),
  };
  const budget = budgeted(incident, limits).spend([head]);
  const list = fullOrShort(changes, budget, 'facts-obligations', (c) => render(c, true), render, summarise);
  return drillMessage(incident, { text: `Facts updated; ${summary}`, blocks: [head, ...list] });
}

/** Lines of the deadlines reply: overdue and the next 24 h one by one, then days, then what is done. */
export function deadlinesReply(
  incident: Incident,
  records: readonly ObligationRecord[] | null,
  now: Date,
  limits: BudgetLimits = MESSAGE_BUDGET,
): { text: string; blocks: Block[] } {
  const headText = `*${incident.drill ? '[DRILL] ' : ''}${incident.id} notification deadlines*`;
  if (records === null) {
    const text = `${headText}\nNone computed yet. Add facts with \`/incident facts\`.`;
    return { text, blocks: [{ type: 'section', block_id: 'deadlines-head', text: mrkdwn(text) }] };
  }
  const clock = incidentClock(incident);
  const open = records.filter(isOpen).sort(byDueTime);
  const done = records
    .filter((r) => r.doneAt !== null)
    .sort((a, b) => Date.parse(a.doneAt ?? '') - Date.parse(b.doneAt ?? ''));
  const soonLimit = now.getTime() + 24 * 3600_000;
  const status = (o: ObligationRecord) => obligationStatus(o, clock, now);
  const isSoon = (o: ObligationRecord) =>
    status(o) === 'overdue' || (o.dueAt !== null && Date.parse(wallDueAt(o.dueAt, clock)) <= soonLimit);
  const soon = open.filter(isSoon);
  const later = open.filter((o) => !isSoon(o));
  const overdue = open.filter((o) => status(o) === 'overdue').length;
  const counts = [
    `${open.length} open`,
    ...(overdue ? [`${overdue} overdue`] : []),
    `${soon.length - overdue} due in the next 24 h`,
    `${done.length} done`,
  ].join(' · ');
  const head: Block = { type: 'section', block_id: 'deadlines-head', text: mrkdwn(`${headText}\n${counts}`) };
  const foot: Block = {
    type: 'context',
    elements: [
      mrkdwn(
        'Mark a notice as given: `/incident notified <id> [--at <date>] [note]` (or a regime, `<regime>/<recipient>`, `*/<recipient>`); `--undo <id>` reopens one.',
      ),
    ],
  };
  const exportButton = registerExportBlock(incident.id);
  const budget = new Budget(limits).spend([head, foot, exportButton]);
  const blocks: Block[] = [head];
  const title = (id: string, text: string): Block[] => {
    const block: Block = { type: 'section', block_id: id, text: mrkdwn(text) };
    if (!budget.fits([block])) return [];
    budget.spend([block]);
    return [block];
  };

  if (open.length === 0) blocks.push(...title('deadlines-open', '*Open*: none.'));
  if (soon.length) {
    blocks.push(...title('deadlines-soon-title', `*Overdue and due in the next 24 h (${soon.length})*`));
    blocks.push(
      ...listOrSummarise(
        soon,
        budget,
        'deadlines-soon',
        (o) => `${status(o) === 'overdue' ? ':rotating_light: ' : ''}${obligationLine(o, clock, now, false)}`,
        (rest) => [`*…and ${rest.length} more due within 24 h*:`, ...groupedByRecipient(rest, clock, 'open')],
      ),
    );
  }
  if (later.length) {
    blocks.push(...title('deadlines-later-title', `*Later (${later.length})*, by due day`));
    const days = groupedByDueDay(later, clock);
    blocks.push(
      ...listOrSummarise(
        days,
        budget,
        'deadlines-later',
        (line) => line,
        (rest) => [`…and ${plural(rest.length, 'later day')}.`],
      ),
    );
  }
  if (done.length) {
    blocks.push(...title('deadlines-done-title', `*Done (${done.length})*`));
    blocks.push(
      ...listOrSummarise(
        done,
        budget,
        'deadlines-done',
        (o) =>
          `• :white_check_mark: *${regimeLabel(o.regime)}* ${noticeWords(o)}: done ${slackDate(o.doneAt ?? '')}${status(o) === 'done_late' ? ' (late)' : ''} by <@${o.doneBy ?? 'unknown'}>` +
          (o.doneNote ? ` — ${escapeMrkdwn(clip(o.doneNote, 300))}` : '') +
          (o.current ? '' : ' _(no longer required by the current facts)_'),
        (rest) => {
          const late = rest.filter((o) => status(o) === 'done_late').length;
          return [`…and ${rest.length} more done${late ? `, ${late} of them late` : ''}.`];
        },
      ),
    );
  }
  blocks.push(foot, exportButton);
  const text = `${incident.drill ? '[DRILL] ' : ''}${incident.id} notification deadlines: ${counts}`;
  return { text, blocks };
}

/** Posted after `/incident notified`. */
export function notifiedMessage(
  incident: Incident,
  marked: readonly ObligationRecord[],
  actor: string,
  note: string | undefined,
  cancelled: number,
  limits: BudgetLimits = MESSAGE_BUDGET,
  given: { sentAt?: string; by?: string } = {},
): { text: string; blocks: Block[] } {
  const clock = incidentClock(incident);
  const when = given.sentAt ? ` (sent ${slackDate(given.sentAt)})` : '';
  const who = given.by ? `, given by <@${given.by}>` : '';
  const lead: Block = {
    type: 'section',
    block_id: 'notified',
    text: mrkdwn(
      `:white_check_mark: <@${actor}> marked ${marked.length === 1 ? 'a notice' : `${marked.length} notices`} as given${when}${who}:` +
        (note ? `\n>${clipMrkdwn(escapeMrkdwn(note).replace(/\n/g, '\n>'), 1500)}` : ''),
    ),
  };
  const foot: Block = {
    type: 'context',
    elements: [mrkdwn(`${cancelled === 1 ? '1 pending reminder' : `${cancelled} pending reminders`} cancelled.`)],
  };
  const budget = budgeted(incident, limits).spend([lead, foot]);
  const list = listOrSummarise(
    marked,
    budget,
    'notified-list',
    (o) => `• *${regimeLabel(o.regime)}* ${noticeWords(o)} · \`${o.id}\``,
    (rest) => [`*…and ${rest.length} more* (${DEADLINES_POINTER})`, ...groupedByRecipient(rest, clock, 'given', false)],
  );
  const ids = marked.map((o) => o.id).join(', ');
  return drillMessage(incident, {
    text: `Notice given: ${clip(ids, 2000)}`,
    blocks: [lead, ...list, foot],
  });
}
