import { type Incident, incidentClock } from '../../domain/incidents/incident';
import { isOpen, type ObligationRecord } from '../../domain/obligations/obligation-record';
import type { Block, ButtonElement } from './block-kit';
import { mrkdwn, plain } from './block-kit';
import { Budget, type BudgetLimits, clip, listOrSummarise, MESSAGE_BUDGET, plural } from './budget';
import { drillBanner } from './incident-header';
import { groupedByDueDayAndKind } from './obligation-groups';
import { registerButtons } from './register-actions';
import { countsLine, registerCounts, registerLine, registerRecords, registerState } from './register-counts';
import { slackDate } from './slack-date';

/** How many of the next clocks the message lists one by one; the rest are in the groups and the modal. */
const NEXT_CLOCKS = 5;
/** Overdue notices listed one by one (most recently missed first); the rest are counted. */
const OVERDUE_SHOWN = 3;

/**
 * The pinned notification register: counts by state, the next clocks one by one, then every notice in groups by
 * due day and recipient kind ("30 regulator notices due Thu 30 Nov: 12 open"), never one row per notice. What
 * does not fit is counted, and the buttons open the whole list. Updated in place whenever obligations change.
 */
export function registerMessage(
  incident: Incident,
  records: readonly ObligationRecord[],
  now: Date,
  limits: BudgetLimits = MESSAGE_BUDGET,
  buttons: ButtonElement[] = registerButtons(incident.id),
): { text: string; blocks: Block[] } {
  const listed = registerRecords(records);
  const counts = registerCounts(records, incident, now);
  const clock = incidentClock(incident);
  const header: Block = {
    type: 'header',
    block_id: 'register-header',
    text: plain(clip(`${incident.drill ? '[DRILL] ' : ''}Notification register · ${incident.id}`, 150)),
  };
  const countsBlock: Block = {
    type: 'section',
    block_id: 'register-counts',
    text: mrkdwn(
      listed.length === 0
        ? 'No notice applies on the facts so far. Add what you know with `/incident facts`.'
        : `${countsLine(counts)} · ${plural(listed.length, 'notice')} in all`,
    ),
  };
  const actions: Block = { type: 'actions', block_id: 'register-actions', elements: buttons.slice(0, 25) };
  const foot: Block = {
    type: 'context',
    block_id: 'register-foot',
    elements: [
      mrkdwn(
        `Updated ${slackDate(now.toISOString())}. Mark a notice given here (Open register) or with \`/incident notified <id> [--at <date>]\`; \`--undo <id>\` reopens one.`,
      ),
    ],
  };
  const budget = new Budget(limits).spend([...drillBanner(incident), header, countsBlock, actions, foot]);
  const blocks: Block[] = [...drillBanner(incident), header, countsBlock];

  // Overdue first (the latest-missed, most likely still actionable), then the clocks still running.
  const open = listed.filter(isOpen);
  const overdue = open.filter((o) => registerState(o, incident, now) === 'overdue').reverse();
  const running = open.filter((o) => o.dueAt !== null && registerState(o, incident, now) !== 'overdue');
  const section = (id: string, title: string, list: readonly ObligationRecord[], shown: number, more: string) => {
    if (list.length === 0) return;
    const head: Block = { type: 'section', block_id: `${id}-title`, text: mrkdwn(title) };
    if (!budget.fits([head])) return;
    budget.spend([head]);
    blocks.push(head);
    const lines = list.slice(0, shown).map((o) => `• ${registerLine(o, incident, now).replace('\n', ' — ')}`);
    if (list.length > shown) lines.push(`…and ${plural(list.length - shown, more)}: Open register lists them.`);
    blocks.push(
      ...listOrSummarise(
        lines,
        budget,
        id,
        (line) => line,
        (rest) => [`…and ${plural(rest.length, 'more line')}.`],
      ),
    );
  };
  section(
    'register-overdue',
    `*Overdue (${overdue.length.toLocaleString('en-US')})*`,
    overdue,
    OVERDUE_SHOWN,
    'more overdue',
  );
  section('register-next', '*Next clocks*', running, NEXT_CLOCKS, 'more running clock');
  if (listed.length) {
    const title: Block = {
      type: 'section',
      block_id: 'register-groups-title',
      text: mrkdwn('*By due day and recipient*'),
    };
    if (budget.fits([title])) {
      budget.spend([title]);
      blocks.push(title);
      blocks.push(
        ...listOrSummarise(
          groupedByDueDayAndKind(listed, clock),
          budget,
          'register-groups',
          (line) => line,
          (rest) => [`…and ${plural(rest.length, 'later group')}: Open register lists every notice.`],
        ),
      );
    }
  }
  blocks.push(actions, foot);
  const c = counts;
  return {
    text: `${incident.drill ? '[DRILL] ' : ''}${incident.id} notification register: ${c.overdue} overdue, ${c.soon} due in 24 h, ${c.open} open, ${c.done} done`,
    blocks,
  };
}
