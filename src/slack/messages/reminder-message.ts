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
  const blocks: Block[] = [...drillBanner(incident)];
  blocks.push({ type: 'section', block_id: 'digest-head', text: mrkdwn(headLine(incident, view)) });
  for (const [i, item] of view.items.entries()) blocks.push(itemBlock(incident, item, view.kind, now, i));
  blocks.push({ type: 'context', block_id: 'digest-foot', elements: [mrkdwn(footLine(incident))] });
  return { text: plainText(incident, view), blocks };
}

/**
 * Splits a digest's items into messages that each fit Slack's limits (blocks and characters, with the budget's
 * margin), in order. Returns obligation ids per message.
 */
export function splitDigest(incident: Incident, kind: DigestKind, items: readonly DigestItem[], now: Date): string[][] {
  const fixed = digestMessage(incident, { kind, items: [], part: 9, parts: 9 }, now).blocks;
  const blocksLeft = MESSAGE_BUDGET.blocks - fixed.length;
  const textLeft = MESSAGE_BUDGET.totalText - blocksText(fixed);
  const parts: string[][] = [];
  let current: string[] = [];
  let text = 0;
  for (const [i, item] of items.entries()) {
    const size = blocksText(itemBlock(incident, item, kind, now, i));
    if (current.length > 0 && (current.length >= blocksLeft || text + size > textLeft)) {
      parts.push(current);
      current = [];
      text = 0;
    }
    current.push(item.obligation.id);
    text += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function headLine(incident: Incident, view: DigestView): string {
  const n = view.items.length;
  const part = view.parts > 1 ? ` (part ${view.part + 1} of ${view.parts})` : '';
  if (view.kind === 'escalations') {
    const who = escalationMentions(incident);
    return `:rotating_light: *${plural(n, 'notice')} overdue*${part}${who ? ` ${who}` : ''}: give ${n === 1 ? 'it' : 'them'}, or record why not, and mark ${n === 1 ? 'it' : 'them'} notified.`;
  }
  return `:alarm_clock: *${plural(n, 'notice')} coming due*${part}`;
}

/** The legal and commander role holders, each once: who an overdue notice is escalated to. */
function escalationMentions(incident: Incident): string {
  const people = [...new Set([incident.roles.legal, incident.roles.commander].filter((u): u is string => !!u))];
  return people.map((u) => `<@${u}>`).join(' ');
}

function itemBlock(incident: Incident, item: DigestItem, kind: DigestKind, now: Date, index: number): Block {
  const o = item.obligation;
  const due = wallDueAt(o.dueAt ?? now.toISOString(), incidentClock(incident));
  const r = item.reminder;
  const when =
    kind === 'escalations'
      ? `*overdue by ${formatDuration(now.getTime() - Date.parse(due))}*, was due ${slackDate(due)}`
      : r.kind === 'before'
        ? `*${formatLead(r.leadMs ?? 0)} left*, due ${slackDate(due)}`
        : `*due now* (${slackDate(due)})`;
  const caveat = o.caveat ? ` · _${escapeMrkdwn(clip(o.caveat, 200))}_` : '';
  const words = recipientWords(o);
  const line = `*${escapeMrkdwn(obligationTitle(o))}*${words ? ` ${words}` : ''}: ${when}\n\`${escapeMrkdwn(o.id)}\`${caveat}`;
  const button: ButtonElement = {
    type: 'button',
    action_id: DIGEST_MARK_NOTIFIED_ACTION,
    text: plain('Mark notified'),
    value: clip(o.id, 2000),
  };
  return { type: 'section', block_id: `digest-item-${index}`, text: mrkdwn(clip(line, 2900)), accessory: button };
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
  const registerTs = (incident as { registerMessageTs?: unknown }).registerMessageTs;
  const register =
    typeof registerTs === 'string'
      ? `<https://slack.com/archives/${incident.channelId}/p${registerTs.replace('.', '')}|Notification register> · `
      : '';
  return `${register}Done? Press *Mark notified*, or \`/incident notified &lt;id&gt;\` with a date and note.`;
}

function plainText(incident: Incident, view: DigestView): string {
  const drill = incident.drill ? '[DRILL] ' : '';
  const what = view.kind === 'escalations' ? 'overdue' : 'coming due';
  const names = view.items.map((i) => obligationTitle(i.obligation));
  const list = names.length > 3 ? `${names.slice(0, 3).join('; ')} and ${names.length - 3} more` : names.join('; ');
  return clip(`${drill}${plural(view.items.length, 'notice')} ${what}: ${list}`, 600);
}
