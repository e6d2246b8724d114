import { type Incident, incidentClock } from '../../domain/incidents/incident';
import { type IncidentClock, wallDueAt } from '../../domain/obligations/incident-clock';
import type { ObligationDiff } from '../../domain/obligations/obligation-diff';
import { byDueTime, isOpen, type ObligationRecord, obligationStatus } from '../../domain/obligations/obligation-record';
import { regimeLabel } from '../../domain/obligations/regime-label';
import { formatDuration } from '../../domain/time/durations';
import { type Block, MAX_BLOCKS_PER_MESSAGE, mrkdwn } from './block-kit';
import { drillMessage } from './incident-header';
import { escapeMrkdwn, slackDate } from './slack-date';

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
  if (o.dueAt === null) return `${paused}no fixed due time (${escapeMrkdwn(o.deadline)})`;
  const due = wallDueAt(o.dueAt, clock);
  const left = Date.parse(due) - now.getTime();
  return `${paused}due ${slackDate(due)} (${left >= 0 ? `${formatDuration(left)} left` : `overdue by ${formatDuration(left)}`})`;
}

/** Conditions and the like worth seeing in the channel: the first two notes, shortened. */
function noteLines(o: ObligationRecord): string[] {
  return o.notes.slice(0, 2).map((n) => `    _${escapeMrkdwn(n.length > 220 ? `${n.slice(0, 217)}…` : n)}_`);
}

export function obligationLine(o: ObligationRecord, clock: IncidentClock, now: Date, withNotes = true): string {
  const head = `• *${regimeLabel(o.regime)}* ${noticeWords(o)}: ${dueWords(o, clock, now)}`;
  return [head, `    ${escapeMrkdwn(o.citation)} · \`${o.id}\``, ...(withNotes ? noteLines(o) : [])].join('\n');
}

/** Lines packed into section blocks under Slack's 3000-character limit, leaving room for the rest. */
function sections(idPrefix: string, lines: string[], room: number): Block[] {
  const blocks: Block[] = [];
  let current = '';
  let dropped = 0;
  for (const line of lines) {
    if (current && current.length + line.length + 1 > 2900) {
      if (blocks.length + 1 >= room) {
        dropped += 1;
        continue;
      }
      blocks.push({ type: 'section', block_id: `${idPrefix}-${blocks.length}`, text: mrkdwn(current) });
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push({ type: 'section', block_id: `${idPrefix}-${blocks.length}`, text: mrkdwn(current) });
  if (dropped > 0)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(`…and ${dropped} more: \`/incident deadlines\` lists them all.`)],
    });
  return blocks;
}

/** Posted at open: every obligation the facts so far bring, with its due time and citation. */
export function obligationsAtOpenMessage(
  incident: Incident,
  records: readonly ObligationRecord[],
  now: Date,
): { text: string; blocks: Block[] } {
  const open = records.filter(isOpen).sort(byDueTime);
  const title =
    open.length === 0
      ? ':scales: *Notification deadlines*: none apply on the facts so far. Add what you know with `/incident facts --data … --affected US-CA=1200,…`; deadlines follow.'
      : `:scales: *Notification deadlines (${open.length})*: computed from the facts so far; each is reminded in this channel before it is due.`;
  const lines = open.map((o) => obligationLine(o, incidentClock(incident), now));
  return drillMessage(incident, {
    text: `Notification deadlines: ${open.length}`,
    blocks: [
      { type: 'section', block_id: 'obligations-title', text: mrkdwn(title) },
      ...sections('obligations', lines, MAX_BLOCKS_PER_MESSAGE - 3),
      {
        type: 'context',
        elements: [
          mrkdwn(
            'Mark a notice as given: `/incident notified <regime>[/<recipient>] [note]`. Not legal advice: counsel makes the judgments shown as conditions.',
          ),
        ],
      },
    ],
  });
}

/** Posted after `/incident facts`: what changed in the facts and in the obligations. */
export function factsChangedMessage(
  incident: Incident,
  change: { actor: string; factsChanged: string[]; diff: ObligationDiff },
  now: Date,
): { text: string; blocks: Block[] } {
  const clock = incidentClock(incident);
  const { diff } = change;
  const lines: string[] = [];
  for (const o of diff.added) lines.push(`:new: ${obligationLine(o, clock, now).replace(/^• /, '')}`);
  for (const m of diff.moved) {
    const from = m.before.dueAt === null ? 'no fixed due time' : slackDate(wallDueAt(m.before.dueAt, clock));
    lines.push(
      `:arrow_right: *${regimeLabel(m.after.regime)}* ${noticeWords(m.after)} moved from ${from} to ${dueWords(m.after, clock, now)} · \`${m.after.id}\``,
    );
  }
  for (const o of diff.removed)
    lines.push(`:heavy_minus_sign: *${regimeLabel(o.regime)}* ${noticeWords(o)} no longer applies · \`${o.id}\``);
  const factsText = change.factsChanged.length ? escapeMrkdwn(change.factsChanged.join('; ')) : 'nothing new';
  const summary =
    lines.length === 0
      ? 'The notification deadlines are unchanged.'
      : `Deadlines: ${diff.added.length} added, ${diff.moved.length} moved, ${diff.removed.length} removed; reminders follow.`;
  return drillMessage(incident, {
    text: `Facts updated; ${summary}`,
    blocks: [
      {
        type: 'section',
        block_id: 'facts-changed',
        text: mrkdwn(`:memo: <@${change.actor}> updated the facts: ${factsText}.\n${summary}`),
      },
      ...sections('facts-obligations', lines, MAX_BLOCKS_PER_MESSAGE - 2),
    ],
  });
}

/** `/incident deadlines`: open obligations by due time with time left, then the ones done. */
export function deadlinesListText(incident: Incident, records: readonly ObligationRecord[] | null, now: Date): string {
  const head = `*${incident.drill ? '[DRILL] ' : ''}${incident.id} notification deadlines*`;
  if (records === null) return `${head}\nNone computed yet. Add facts with \`/incident facts\`.`;
  const clock = incidentClock(incident);
  const open = records.filter(isOpen).sort(byDueTime);
  const done = records
    .filter((r) => r.doneAt !== null)
    .sort((a, b) => Date.parse(a.doneAt ?? '') - Date.parse(b.doneAt ?? ''));
  const lines = [head];
  lines.push(open.length ? `*Open (${open.length})*` : '*Open*: none.');
  for (const o of open)
    lines.push(
      `${obligationStatus(o, clock, now) === 'overdue' ? ':rotating_light: ' : ''}${obligationLine(o, clock, now, false)}`,
    );
  if (done.length) {
    lines.push(`*Done (${done.length})*`);
    for (const o of done) {
      const onTime = obligationStatus(o, clock, now) === 'done_late' ? ' (late)' : '';
      lines.push(
        `• :white_check_mark: *${regimeLabel(o.regime)}* ${noticeWords(o)}: done ${slackDate(o.doneAt ?? '')}${onTime} by <@${o.doneBy ?? 'unknown'}>` +
          (o.doneNote ? ` — ${escapeMrkdwn(o.doneNote)}` : '') +
          (o.current ? '' : ' _(no longer required by the current facts)_'),
      );
    }
  }
  const text = lines.join('\n');
  return text.length > 39_000 ? `${text.slice(0, 38_900)}\n…` : text;
}

/** Posted after `/incident notified`. */
export function notifiedMessage(
  incident: Incident,
  marked: readonly ObligationRecord[],
  actor: string,
  note: string | undefined,
  cancelled: number,
): { text: string; blocks: Block[] } {
  const lines = marked.map((o) => `• *${regimeLabel(o.regime)}* ${noticeWords(o)} · \`${o.id}\``);
  const body =
    `:white_check_mark: <@${actor}> marked ${marked.length === 1 ? 'a notice' : `${marked.length} notices`} as given:\n${lines.join('\n')}` +
    (note ? `\n>${escapeMrkdwn(note).replace(/\n/g, '\n>')}` : '') +
    `\n${cancelled === 1 ? '1 pending reminder' : `${cancelled} pending reminders`} cancelled.`;
  return drillMessage(incident, {
    text: `Notice given: ${marked.map((o) => o.id).join(', ')}`,
    blocks: sections('notified', [body], MAX_BLOCKS_PER_MESSAGE - 1),
  });
}
