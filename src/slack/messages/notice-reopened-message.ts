import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import { regimeLabel } from '../../domain/obligations/regime-label';
import type { Block } from './block-kit';
import { mrkdwn } from './block-kit';
import { Budget, type BudgetLimits, clip, listOrSummarise, MESSAGE_BUDGET, plural } from './budget';
import { drillBanner, drillMessage } from './incident-header';
import { noticeWords } from './obligations-message';
import { escapeMrkdwn } from './slack-date';

/** Posted after `/incident notified --undo` (or the register's Undo): which notices are open again. */
export function noticeReopenedMessage(
  incident: Incident,
  a: { reopened: readonly ObligationRecord[]; actor: string; note?: string; rescheduled: number },
  limits: BudgetLimits = MESSAGE_BUDGET,
): { text: string; blocks: Block[] } {
  const lead: Block = {
    type: 'section',
    block_id: 'reopened',
    text: mrkdwn(
      `:leftwards_arrow_with_hook: <@${a.actor}> reopened ${a.reopened.length === 1 ? 'a notice' : `${a.reopened.length} notices`} marked given by mistake:` +
        (a.note ? `\n>${escapeMrkdwn(clip(a.note, 1500)).replace(/\n/g, '\n>')}` : ''),
    ),
  };
  const foot: Block = {
    type: 'context',
    elements: [mrkdwn(`${plural(a.rescheduled, 'reminder')} scheduled again.`)],
  };
  const budget = new Budget(limits).spend([...drillBanner(incident), lead, foot]);
  const list = listOrSummarise(
    a.reopened,
    budget,
    'reopened-list',
    (o) => `• *${regimeLabel(o.regime)}* ${noticeWords(o)} · \`${o.id}\``,
    (rest) => [`*…and ${rest.length} more*: the register lists them.`],
  );
  return drillMessage(incident, {
    text: `Notice reopened: ${clip(a.reopened.map((o) => o.id).join(', '), 2000)}`,
    blocks: [lead, ...list, foot],
  });
}
