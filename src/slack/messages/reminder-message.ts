import type { StaticSelect } from '@slack/types';
import { type Incident, incidentClock } from '../../domain/incidents/incident';
import { wallDueAt } from '../../domain/obligations/incident-clock';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import { obligationTitle, regimeLabel, stageLabel } from '../../domain/obligations/regime-label';
import type { DigestItem, DigestKind } from '../../domain/reminders/reminder-digest';
import { formatDuration, formatLead } from '../../domain/time/durations';
import { type Block, type ButtonElement, mrkdwn, plain } from './block-kit';
import { blocksText, clip, MESSAGE_BUDGET, plural } from './budget';
import { drillBanner } from './incident-header';
import { noticeWords } from './obligations-message';
import { escapeMrkdwn, slackDate } from './slack-date';

/** The metadata every reminder message carries: its stable id, so a retry can find out that it was already posted. */
export const REMINDER_EVENT_TYPE = 'breachbot_reminder';

/** The "Mark notified" button on each line of a digest; its value is the obligation id. */
export const DIGEST_MARK_NOTIFIED_ACTION = 'reminder_mark_notified';

/** One message of a digest: which part of how many, and what it lists. */
export interface DigestView {
  kind: DigestKind;
  items: readonly DigestItem[];
  part: number;
  parts: number;
}

/**
 * One message for every reminder of an incident due at one instant: a line per notice ("*DORA initial
 * notification* to the competent authority: *1 hour left*, due …") with a "Mark notified" button, the register
 * link when the incident has a register, and for escalations the people holding the legal and commander roles
 * mentioned. A digest too long for one message is split (`splitDigest`) and each part says which it is.
 */
export function digestMessage(incident: Incident, view: DigestView, now: Date): { text: string; blocks: Block[] } {
  const whens = view.items.map((item) => whenWords(incident, item, view.kind, now));
  const lines = view.items.map(
    (item, i) => `${itemHead(item)}: ${whens[i]}\n${itemTail(item.obligation.id, item.obligation.caveat ?? '')}`,
  );
  // A button on each line reads best; past what fits in one message that way, lines are packed a few to a
  // section with a "Mark notified…" menu of those notices, the shared due time said once and each caveat
  // once as a footnote, so a large digest still goes out as one message.
  const withButtons = layout(
    incident,
    view,
    view.items.map((item, i) => buttonBlock(item, lines[i] ?? '', i)),
    now,
  );
  if (fits(withButtons.blocks)) return withButtons;
  const shared = whens.every((w) => w === whens[0]) ? (whens[0] ?? null) : null;
  const notes = [...new Set(view.items.map((i) => i.obligation.caveat ?? '').filter((c) => c !== ''))];
  const mark = (caveat: string) => (caveat ? ` ${FOOTNOTE_MARKS[notes.indexOf(caveat)] ?? ''}` : '');
  const packed = view.items.map(
    (item, i) =>
      `• ${itemHead(item)}${shared ? '' : `: ${whens[i]}`} · \`${escapeMrkdwn(item.obligation.id)}\`${notes.length <= FOOTNOTE_MARKS.length ? mark(item.obligation.caveat ?? '') : item.obligation.caveat ? ` · _${escapeMrkdwn(clip(item.obligation.caveat, 200))}_` : ''}`,
  );
  const sections: Block[] = [];
  if (shared) sections.push({ type: 'section', block_id: 'digest-when', text: mrkdwn(`Each of them: ${shared}.`) });
  for (let start = 0; start < view.items.length; start += COMPACT_LINES) {
    const chunk = view.items.slice(start, start + COMPACT_LINES);
    sections.push(menuBlock(chunk, packed.slice(start, start + COMPACT_LINES), start / COMPACT_LINES));
  }
  if (notes.length > 0 && notes.length <= FOOTNOTE_MARKS.length) {
    const legend = notes.map((n, i) => `${FOOTNOTE_MARKS[i]} ${escapeMrkdwn(clip(n, 300))}`).join('\n');
    sections.push({ type: 'context', block_id: 'digest-notes', elements: [mrkdwn(legend)] });
  }
  return layout(incident, view, sections, now);
}

/** Marks for the packed layout's caveat footnotes; more distinct caveats than marks are written on each line. */
const FOOTNOTE_MARKS = ['†', '‡', '§', '¶', '#'];

/**
 * Splits a digest's items into messages that each fit Slack's limits (blocks and characters, with the budget's
 * margin), in order: as many as fit the first message, then the next. Returns obligation ids per message.
 */
export function splitDigest(incident: Incident, kind: DigestKind, items: readonly DigestItem[], now: Date): string[][] {
  return splitDigestRendered(incident, kind, items, now).parts;
}

/**
 * splitDigest, with the message it rendered when the whole digest fits one (nearly always): the poster sends
 * that message rather than render the same 40 lines again.
 */
export function splitDigestRendered(
  incident: Incident,
  kind: DigestKind,
  items: readonly DigestItem[],
  now: Date,
): { parts: string[][]; whole: { text: string; blocks: Block[] } | null } {
  const ids = (list: readonly DigestItem[]) => list.map((i) => i.obligation.id);
  // Nearly always all of it fits one message: measured once. Only a digest that does not is cut item by item.
  const whole = digestMessage(incident, { kind, items, part: 0, parts: 1 }, now);
  if (fits(whole.blocks)) return { parts: [ids(items)], whole };
  return { parts: cutDigest(incident, kind, items, now), whole: null };
}

function cutDigest(incident: Incident, kind: DigestKind, items: readonly DigestItem[], now: Date): string[][] {
  const parts: string[][] = [];
  let current: DigestItem[] = [];
  for (const item of items) {
    const next = [...current, item];
    // "part 10 of 10" is the longest head a part will have: measured with it.
    if (current.length > 0 && !fits(digestMessage(incident, { kind, items: next, part: 9, parts: 10 }, now).blocks)) {
      parts.push(current.map((i) => i.obligation.id));
      current = [item];
    } else current = next;
  }
  if (current.length > 0) parts.push(current.map((i) => i.obligation.id));
  return parts;
}

/** Lines a section holds in the packed layout, each with its entry in the section's menu (Slack allows 100). */
const COMPACT_LINES = 10;

function layout(
  incident: Incident,
  view: DigestView,
  itemBlocks: Block[],
  now: Date,
): { text: string; blocks: Block[] } {
  const blocks: Block[] = [...drillBanner(incident)];
  blocks.push({ type: 'section', block_id: 'digest-head', text: mrkdwn(headLine(incident, view, now)) });
  blocks.push(...itemBlocks);
  blocks.push({ type: 'context', block_id: 'digest-foot', elements: [mrkdwn(footLine(incident))] });
  return { text: plainText(incident, view, now), blocks };
}

function fits(blocks: readonly Block[]): boolean {
  return (
    blocks.length <= MESSAGE_BUDGET.blocks &&
    blocksText(blocks) <= MESSAGE_BUDGET.totalText &&
    blocks.every((b) => b.type !== 'section' || (b.text?.text.length ?? 0) <= MESSAGE_BUDGET.sectionText)
  );
}

function headLine(incident: Incident, view: DigestView, now: Date): string {
  const n = view.items.length;
  const part = view.parts > 1 ? ` (part ${view.part + 1} of ${view.parts})` : '';
  if (view.kind === 'escalations') {
    const who = escalationMentions(incident);
    return `:rotating_light: *${plural(n, 'notice')} overdue*${part}${who ? ` ${who}` : ''}: give ${n === 1 ? 'it' : 'them'}, or record why not, and mark ${n === 1 ? 'it' : 'them'} notified.`;
  }
  const late = view.items[0] && postedLate(incident, view.items[0], now) ? lateNote(view.items[0]) : '';
  if (allOverdue(incident, view, now)) return `:rotating_light: *${plural(n, 'notice')} overdue*${part}${late}`;
  return `:alarm_clock: *${plural(n, 'notice')} coming due*${part}${late}`;
}

/** Why a reminder reads differently from its plan: it was due to be posted earlier. */
function lateNote(item: DigestItem): string {
  return ` _(posted late: this reminder was due ${slackDate(item.reminder.fireAt)})_`;
}

/** The legal and commander role holders, each once: who an overdue notice is escalated to. */
function escalationMentions(incident: Incident): string {
  const people = [...new Set([incident.roles.legal, incident.roles.commander].filter((u): u is string => !!u))];
  return people.map((u) => `<@${u}>`).join(' ');
}

/**
 * Whether a reminder is posted so long after its instant that its planned words ("due now", "4 hours left")
 * would no longer be true: the workers were down, or the queue far behind. Late by more than 5 minutes on the
 * incident's own clock (a drill's sped-up one included) and by more than 2 wall-clock seconds, so the few
 * hundred milliseconds a busy queue adds never change what a drill at 3600× says.
 */
function postedLate(incident: Incident, item: DigestItem, now: Date): boolean {
  const lateMs = now.getTime() - Date.parse(item.reminder.fireAt);
  return lateMs > LATE_WALL_MS && lateMs * incidentClock(incident).speed > LATE_LEGAL_MS;
}

const LATE_WALL_MS = 2_000;
const LATE_LEGAL_MS = 5 * 60_000;

/** A late reminder's notices are all past their due time by the time it is posted. */
function allOverdue(incident: Incident, view: DigestView, now: Date): boolean {
  return (
    view.kind === 'reminders' &&
    view.items.length > 0 &&
    view.items.every(
      (i) =>
        postedLate(incident, i, now) &&
        Date.parse(wallDueAt(i.obligation.dueAt ?? now.toISOString(), incidentClock(incident))) < now.getTime(),
    )
  );
}

function whenWords(incident: Incident, item: DigestItem, kind: DigestKind, now: Date): string {
  const o = item.obligation;
  const due = wallDueAt(o.dueAt ?? now.toISOString(), incidentClock(incident));
  const r = item.reminder;
  if (kind === 'reminders' && postedLate(incident, item, now)) {
    // Said as things stand when it is posted: never "due now" for a notice hours overdue.
    const left = Date.parse(due) - now.getTime();
    return left > 0
      ? `*${formatDuration(left)} left*, due ${slackDate(due)}`
      : `*overdue by ${formatDuration(left)}*, was due ${slackDate(due)}`;
  }
  if (kind === 'escalations') {
    const overdue = `*overdue by ${formatDuration(now.getTime() - Date.parse(due))}*, was due ${slackDate(due)}`;
    // REMINDER_ESCALATION_CAP: this notice's last escalation says so in its own line of the digest.
    return item.finalOfCap === undefined
      ? overdue
      : `${overdue}. :no_bell: *Stopping escalations*: this was the last of ${item.finalOfCap} overdue reminders for this notice; it stays overdue in \`/incident deadlines\` until marked notified`;
  }
  return r.kind === 'before'
    ? `*${formatLead(r.leadMs ?? 0)} left*, due ${slackDate(due)}`
    : `*due now* (${slackDate(due)})`;
}

/** "*DORA initial notification* to the competent authority …" */
function itemHead(item: DigestItem): string {
  const o = item.obligation;
  const words = recipientWords(o);
  return `*${escapeMrkdwn(obligationTitle(o))}*${words ? ` ${words}` : ''}`;
}

function itemTail(id: string, caveat: string): string {
  return `\`${escapeMrkdwn(id)}\`${caveat ? ` · _${escapeMrkdwn(clip(caveat, 200))}_` : ''}`;
}

function buttonBlock(item: DigestItem, line: string, index: number): Block {
  const button: ButtonElement = {
    type: 'button',
    action_id: DIGEST_MARK_NOTIFIED_ACTION,
    text: plain('Mark notified'),
    value: clip(item.obligation.id, 2000),
  };
  return { type: 'section', block_id: `digest-item-${index}`, text: mrkdwn(clip(line, 2900)), accessory: button };
}

/** A few lines in one section, with a menu to mark any of them notified (option text ≤ 75, value ≤ 150). */
function menuBlock(items: readonly DigestItem[], lines: readonly string[], index: number): Block {
  const menu: StaticSelect = {
    type: 'static_select',
    action_id: DIGEST_MARK_NOTIFIED_ACTION,
    placeholder: plain('Mark notified…'),
    options: items.map((i) => ({
      text: plain(clip(obligationTitle(i.obligation), 75)),
      value: clip(i.obligation.id, 150),
    })),
  };
  const text = lines.join('\n');
  return { type: 'section', block_id: `digest-items-${index}`, text: mrkdwn(clip(text, 2900)), accessory: menu };
}

/** "notice to the Attorney General", "to the competent authority" after a stage; nothing after "Freddie Mac". */
function recipientWords(o: ObligationRecord): string {
  const regime = regimeLabel(o.regime);
  if (o.recipientName.toLowerCase().startsWith(regime.toLowerCase())) return stageLabel(o.id) ? '' : 'notice';
  const stage = stageLabel(o.id) ?? '';
  return /(notification|report|warning|notice|log|intimation)$/.test(stage)
    ? noticeWords(o).replace(/^notice to /, 'to ')
    : noticeWords(o);
}

function footLine(incident: Incident): string {
  // The pinned register, once the incident has one (`registerMessageTs`, set by the register's own flow).
  const registerTs = incident.registerMessageTs;
  const register =
    registerTs !== undefined
      ? `<https://slack.com/archives/${incident.channelId}/p${registerTs.replace('.', '')}|Notification register> · `
      : '';
  return `${register}Done? Press *Mark notified*, or \`/incident notified &lt;id&gt;\` with a date and note.`;
}

function plainText(incident: Incident, view: DigestView, now: Date): string {
  const drill = incident.drill ? '[DRILL] ' : '';
  const what = view.kind === 'escalations' || allOverdue(incident, view, now) ? 'overdue' : 'coming due';
  const names = view.items.map((i) => obligationTitle(i.obligation));
  const list = names.length > 3 ? `${names.slice(0, 3).join('; ')} and ${names.length - 3} more` : names.join('; ');
  const stopping = view.items.some((i) => i.finalOfCap !== undefined) ? '; stopping escalations' : '';
  return clip(`${drill}${plural(view.items.length, 'notice')} ${what}: ${list}${stopping}`, 600);
}
