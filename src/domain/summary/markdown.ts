import { PHASE_LABELS, ROLE_LABELS } from '../incidents/incident';
import { personName } from '../register/register-export';
import { stripBidiControls } from '../text/bidi';
import { formatElapsed } from '../time/durations';
import { zonedTimeWriter } from '../time/zoned-time';
import type { IncidentSummary } from './incident-summary';
import { OBLIGATION_STATUS_LABELS, utc } from './labels';

/**
 * The whole summary as Markdown: the file attached to the summary message. Nothing is cut here; the Slack
 * message may shorten long sections (Slack limits), and says so, but the file always has everything.
 * People are written by their Slack name with the id after it ("Alice Adams (U0ALICE)"): the file is read
 * outside Slack, where an id alone names nobody, and names change while ids do not. Counts carry separators.
 */
export function summaryMarkdown(s: IncidentSummary, names: ReadonlyMap<string, string> = new Map()): string {
  const who = (id: string) => (id === 'breachbot' ? id : personName(id, names));
  // In the incident's zone, with its offset, where one is recorded (a `--at` date was read there); UTC otherwise.
  const zoned = s.timeZone ? zonedTimeWriter(s.timeZone) : null;
  const when = zoned ?? utc;
  // Where a reader compares with another record (a notice's due and sent times, the incident's own times): UTC too.
  const whenBoth = (iso: string) => (zoned ? `${zoned(iso)} (${utc(iso)})` : utc(iso));
  const out: string[] = [];
  out.push(`# ${s.drill ? '[DRILL] ' : ''}${s.id}: ${inline(s.title)}`, '');
  out.push(
    `- Severity: ${s.severity.toUpperCase()}`,
    ...(s.timeZone
      ? [
          `- Times: in ${s.timeZone} (the incident's time zone) with the UTC offset; the incident's and the notices' times in UTC too`,
        ]
      : []),
    `- Status: ${s.status === 'closed' && s.closedAt ? `closed ${whenBoth(s.closedAt)}` : `open (as of ${whenBoth(s.asOf)})`}${s.phase ? `, ${PHASE_LABELS[s.phase].label.toLowerCase()}${s.status === 'closed' ? ' when closed' : ''}` : ''}`,
    ...(s.closeReason ? [`- Close reason: ${inline(s.closeReason)}`] : []),
    `- Discovered: ${whenBoth(s.discoveredAt)}`,
    `- Opened: ${whenBoth(s.openedAt)} by ${who(s.openedBy)}`,
    `- Duration: ${formatElapsed(s.sinceOpenedMs)} since opening, ${formatElapsed(s.sinceDiscoveryMs)} since discovery`,
    '',
  );

  out.push('## Roles', '');
  if (s.roles.length === 0) out.push('No roles assigned.');
  for (const r of s.roles) out.push(`- ${ROLE_LABELS[r.role] ?? r.role}: ${who(r.userId)}`);
  out.push('');

  out.push('## Key facts', '');
  if (!s.keyFacts) out.push('No facts recorded.');
  else {
    const f = s.keyFacts;
    out.push(
      `- Data types: ${f.dataTypes.length ? f.dataTypes.join(', ') : 'none recorded'}`,
      `- Entity types: ${f.entityTypes.length ? f.entityTypes.join(', ') : 'none recorded'}`,
      `- People affected: ${count(f.totalAffected)}${f.jurisdictions.length ? ` (${f.jurisdictions.map((j) => `${j.code}: ${count(j.affected)}`).join(', ')})` : ''}`,
      `- Data encrypted with the key not taken: ${f.encrypted ? 'yes' : 'no'}`,
    );
  }
  out.push('');

  out.push(`## Decisions (${s.decisions.length})`, '');
  if (s.decisions.length === 0) out.push('No decisions recorded.');
  s.decisions.forEach((d, i) => {
    const source = d.author
      ? ` (message by ${who(d.author)}${d.postedAt ? ` at ${when(d.postedAt)}` : ''}${d.permalink ? `, ${d.permalink}` : ''})`
      : '';
    out.push(`${i + 1}. ${when(d.at)}, recorded by ${who(d.recordedBy)}${source}: ${inline(d.text)}`);
  });
  out.push('');

  out.push(`## Checklist (${s.checklist.done} of ${s.checklist.total} done)`, '');
  const owner = (id: string | null) => (id ? ` (owner: ${who(id)})` : ' (no owner)');
  if (s.checklist.open.length === 0) out.push('Every item is done.');
  else {
    out.push('Open items:', '');
    for (const item of s.checklist.open) out.push(`- [ ] ${item.phase}: ${inline(item.text)}${owner(item.owner)}`);
  }
  if (s.checklist.closed.length > 0) {
    out.push('', 'Done items:', '');
    for (const item of s.checklist.closed)
      out.push(
        `- [x] ${item.phase}: ${inline(item.text)}${owner(item.owner)}; ticked by ${who(item.doneBy)} ${when(item.doneAt)}`,
      );
  }
  out.push('');

  out.push('## Notification obligations', '');
  if (s.obligations === null) out.push('No obligations computed.');
  else if (s.obligations.length === 0) out.push('The obligations were computed: none apply.');
  else {
    // The same counts as the register's export (status by status), and what a close left undone, in words.
    out.push(`${s.obligations.length} obligations: ${obligationCounts(s.obligations)}.`);
    const notGiven = s.status === 'closed' ? s.obligations.filter((o) => o.doneAt === null) : [];
    if (notGiven.length > 0)
      out.push(
        '',
        `${notGiven.length} ${notGiven.length === 1 ? 'notice was' : 'notices were'} not given when the incident was closed: ${notGiven.map((o) => o.id).join(', ')}.`,
      );
    out.push('');
    for (const o of s.obligations) {
      const due = o.dueAt ? `due ${whenBoth(o.dueAt)}` : 'no fixed due time';
      const done = o.doneAt ? `, done ${whenBoth(o.doneAt)}${o.doneBy ? ` by ${who(o.doneBy)}` : ''}` : '';
      out.push(
        `- **${OBLIGATION_STATUS_LABELS[o.status]}** ${o.id}: ${inline(o.recipientName)} (${o.jurisdiction}), ${due}${done}. ${inline(o.deadline)}; ${inline(o.citation)}`,
      );
      for (const note of o.notes) out.push(`  - ${inline(note)}`);
    }
  }
  out.push('');

  out.push(`## Timeline (${s.timeline.length} entries)`, '');
  for (const e of s.timeline) {
    out.push(
      `- #${e.seq} ${when(e.at, true)} ${who(e.actor)} [${e.kind}] ${lineWords(e, zoned, who)}${e.permalink ? ` (${e.permalink})` : ''}`,
    );
  }
  out.push('');
  out.push(
    s.integrity.ok
      ? `Timeline integrity: SHA-256 chain of ${s.integrity.entries} entries verified${s.integrity.headHash ? `; last hash ${s.integrity.headHash}` : ''}.`
      : `Timeline integrity: BROKEN at entry ${s.integrity.brokenAt} (${s.integrity.reason}). Check with \`breachbot verify ${s.id}\`.`,
    anchorWords(s),
  );
  return `${out.join('\n')}\n`;
}

/** Which check the summary made: against the anchors in Slack, or inside Redis only. */
export function anchorWords(s: Pick<IncidentSummary, 'id' | 'integrity'>): string {
  const anchors = s.integrity.anchors;
  if (!anchors)
    return `Only the Redis-internal check ran: the anchors in the incident channel were not read. \`breachbot verify ${s.id}\` with SLACK_BOT_TOKEN compares them.`;
  if (!anchors.ok) return `Does NOT match the anchors posted in the incident channel: ${anchors.problems.join('; ')}.`;
  if (anchors.anchors === 0)
    return 'No anchor had been posted in the incident channel yet; only the Redis-internal check ran.';
  // Anchors hold hashes: an entry rewritten in Redis keeps its stored hash, so they can agree with a broken chain.
  if (!s.integrity.ok)
    return `The hashes stored in Redis match the ${anchors.anchors} anchor(s) posted in the incident channel (up to entry ${anchors.longest - 1}); that does not clear the broken link above.`;
  return `Matches the ${anchors.anchors} anchor(s) posted in the incident channel (up to entry ${anchors.longest - 1}).`;
}

/**
 * Words people typed, on one line (a decision typed over several lines must not break the list around it). The file is read in Markdown viewers and Slack's preview: angle brackets
 * and square brackets are escaped so that no typed text becomes HTML, a link (`[click](https://evil)`,
 * `<https://evil|click>`) or a Slack mention, and bidirectional controls are dropped.
 */
function inline(text: string): string {
  // Most lines hold none of these: one scan instead of three replacements, for each of 10,000 timeline lines.
  if (!NEEDS_INLINE_ESCAPE.test(text)) return text;
  return stripBidiControls(text)
    .replace(/\s*\n\s*/g, ' ⏎ ')
    .replace(/([\\<>[\]])/g, '\\$1');
}

/** What `inline` changes: line breaks, backslashes, angle and square brackets, bidirectional controls (the set in src/domain/text/bidi.ts). */
const NEEDS_INLINE_ESCAPE = /[\n\\<>[\]\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Kinds whose line holds words people typed (the decision, the message pinned): written as typed. */
const TYPED_KINDS = new Set(['decision', 'pinned']);
/** An instant as the bot writes one into a line (`toISOString`): a notice's `--at`, a discovery, a delay. */
const RECORDED_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;

/**
 * A timeline line's words: people by name, and the instants the bot wrote into it in the incident's zone like
 * every other time in the file (a notice sent `--at 2026-11-30` in New York reads as that midnight, not 05:00Z).
 */
function lineWords(
  e: IncidentSummary['timeline'][number],
  zoned: ((iso: string, seconds?: boolean) => string) | null,
  who: (id: string) => string,
): string {
  const text =
    zoned && !TYPED_KINDS.has(e.kind) && e.summary.includes('Z')
      ? e.summary.replace(RECORDED_INSTANT, (iso) => zoned(iso, true))
      : e.summary;
  return e.people ? namedIn(text, e.people, who) : inline(text);
}

/**
 * A line whose text shows people by id (`Legal: UBOB (was UCAROL)`, `Owner of "…": <@UCAROL>`), with each of
 * them by name: the text around them is escaped as typed text is, the names as written by `who`.
 */
function namedIn(text: string, people: readonly string[], who: (id: string) => string): string {
  const ids = new RegExp(`<@(${people.join('|')})>|\\b(${people.join('|')})\\b`, 'g');
  let out = '';
  let from = 0;
  for (const m of text.matchAll(ids)) {
    out += inline(text.slice(from, m.index)) + inline(who(m[1] ?? m[2] ?? ''));
    from = m.index + m[0].length;
  }
  return out + inline(text.slice(from));
}

/** "1 done on time, 3 open, 2 overdue": in the order of the status labels, each status that occurs. */
function obligationCounts(obligations: readonly { status: keyof typeof OBLIGATION_STATUS_LABELS }[]): string {
  const counts = new Map<string, number>();
  for (const o of obligations) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return Object.entries(OBLIGATION_STATUS_LABELS)
    .flatMap(([status, label]) =>
      counts.has(status) ? [`${count(counts.get(status) ?? 0)} ${label.toLowerCase()}`] : [],
    )
    .join(', ');
}

/** 14,690,284: a count people can read. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Every Slack user id the file names, so the caller can look their names up first. */
export function summaryPeople(s: IncidentSummary): string[] {
  return [
    ...new Set(
      [
        s.openedBy,
        ...s.roles.map((r) => r.userId),
        ...s.decisions.flatMap((d) => [d.recordedBy, d.author ?? '']),
        ...[...s.checklist.open, ...s.checklist.closed].map((item) => item.owner ?? ''),
        ...s.checklist.closed.map((item) => item.doneBy),
        ...(s.obligations ?? []).map((o) => o.doneBy ?? ''),
        ...s.timeline.flatMap((e) => [e.actor, ...(e.people ?? [])]),
      ].filter((id) => /^[UW][A-Z0-9]+$/.test(id)),
    ),
  ];
}
