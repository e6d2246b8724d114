import { PHASE_LABELS, ROLE_LABELS } from '../../domain/incidents/incident';
import type { IncidentSummary } from '../../domain/summary/incident-summary';
import { OBLIGATION_STATUS_LABELS } from '../../domain/summary/labels';
import { anchorWords } from '../../domain/summary/markdown';
import { formatElapsed } from '../../domain/time/durations';
import { type Block, mrkdwn, plain } from './block-kit';
import { Budget, type BudgetLimits, clip, MESSAGE_BUDGET, SLACK_LIMITS } from './budget';
import { plainUserText } from './escape';
import { drillBanner } from './incident-header';
import { escapeMrkdwn, slackDate } from './slack-date';

const STATUS_EMOJI: Record<keyof typeof OBLIGATION_STATUS_LABELS, string> = {
  done_on_time: ':white_check_mark:',
  done_late: ':warning:',
  done: ':white_check_mark:',
  open: ':hourglass_flowing_sand:',
  overdue: ':rotating_light:',
};

/**
 * The summary as one Slack message. Long sections are shortened to fit Slack's limits, and every shortened
 * section says how much is left out and that the attached Markdown file has all of it: nothing is cut
 * silently. The timeline shows its latest entries, the other sections their first.
 */
export function summaryBlocks(
  s: IncidentSummary,
  options: { final: boolean; fileName: string },
  limits: BudgetLimits = MESSAGE_BUDGET,
): Block[] {
  const more = (n: number, what: string) => `_…and ${n} more ${what} in the attached file \`${options.fileName}\`._`;
  // The summary speaks of the record, not the clock: the banner without the speed.
  const blocks: Block[] = drillBanner({ drill: s.drill, drillSpeed: 1 });
  blocks.push({
    type: 'header',
    text: plain(
      clip(
        `${options.final ? 'Final summary' : 'Summary'} · ${s.id}: ${plainUserText(s.title)}`,
        SLACK_LIMITS.headerText,
      ),
    ),
  });
  blocks.push({
    type: 'section',
    block_id: 'summary-overview',
    fields: [
      mrkdwn(`*Severity*\n${s.severity.toUpperCase()}`),
      mrkdwn(
        clip(
          `*Status*\n${s.status === 'closed' && s.closedAt ? `Closed ${slackDate(s.closedAt)}` : s.phase ? PHASE_LABELS[s.phase].label : 'Open'}${s.status === 'closed' && s.closeReason ? `: ${escapeMrkdwn(s.closeReason)}` : ''}`,
          SLACK_LIMITS.fieldText,
        ),
      ),
      mrkdwn(
        `*Duration*\n${formatElapsed(s.sinceOpenedMs)} open · ${formatElapsed(s.sinceDiscoveryMs)} since discovery`,
      ),
      mrkdwn(`*Discovered*\n${slackDate(s.discoveredAt)}`),
      mrkdwn(
        clip(
          `*Roles*\n${s.roles.map((r) => `${ROLE_LABELS[r.role] ?? r.role} <@${r.userId}>`).join('\n') || 'none assigned'}`,
          SLACK_LIMITS.fieldText,
        ),
      ),
    ],
  });
  const integrity: Block = {
    type: 'context',
    block_id: 'summary-integrity',
    elements: [
      mrkdwn(
        s.integrity.ok && s.integrity.anchors?.ok !== false
          ? `:lock: Timeline hash chain verified (${s.integrity.entries} entries). ${escapeMrkdwn(anchorWords(s))} Full summary: \`${options.fileName}\`.`
          : s.integrity.ok
            ? `:rotating_light: Timeline in Redis ${escapeMrkdwn(clipToFile(anchorWords(s), options.fileName))} Run \`breachbot verify ${s.id}\`.`
            : `:rotating_light: Timeline hash chain BROKEN at entry ${s.integrity.brokenAt}: the record was altered. Run \`breachbot verify ${s.id}\`.`,
      ),
    ],
  };
  // The five sections below share what the message has left; one that needs less leaves the rest to the next.
  const budget = new Budget(limits).spend([...blocks, integrity]);
  let sectionsLeft = 5;
  const share = () => {
    const room = Math.min(limits.sectionText, Math.floor(budget.textLeft / sectionsLeft));
    sectionsLeft -= 1;
    return room;
  };
  const add = (block: Block) => {
    budget.spend([block]);
    blocks.push(block);
  };

  const f = s.keyFacts;
  add(
    section(
      'summary-facts',
      f
        ? [
            '*Key facts*',
            `Data: ${f.dataTypes.join(', ') || 'none recorded'}`,
            `People affected: ${f.totalAffected.toLocaleString('en-US')}${f.jurisdictions.length > 1 ? ` in ${f.jurisdictions.length} jurisdictions` : ''}`,
            ...(f.jurisdictions.length
              ? [clip(f.jurisdictions.map((j) => `${j.code} ${j.affected.toLocaleString('en-US')}`).join(', '), 1200)]
              : []),
            ...(f.entityTypes.length ? [`Entity: ${f.entityTypes.join(', ')}`] : []),
            `Encrypted, key not taken: ${f.encrypted ? 'yes' : 'no'}`,
          ]
        : ['*Key facts*', 'No facts recorded.'],
      share(),
      (n) => more(n, 'facts'),
    ),
  );

  add(
    section(
      'summary-decisions',
      [
        `*Decisions (${s.decisions.length})*`,
        ...(s.decisions.length === 0 ? ['No decisions recorded.'] : []),
        ...s.decisions.map(
          (d, i) =>
            `${i + 1}. ${escapeMrkdwn(oneLine(d.text))} — <@${d.recordedBy}> ${slackDate(d.at)}${d.permalink ? ` <${d.permalink}|message>` : ''}`,
        ),
      ],
      share(),
      (n) => more(n, 'decisions'),
    ),
  );

  const obligations = s.obligations ?? [];
  add(
    section(
      'summary-obligations',
      [
        `*Notification obligations*${obligations.length ? ` (${obligations.length}: ${statusCounts(obligations)})` : ''}`,
        ...(s.obligations === null
          ? ['No obligations computed.']
          : obligations.length === 0
            ? ['Computed: none apply.']
            : []),
        ...obligations.map(
          (o) =>
            `${STATUS_EMOJI[o.status]} *${OBLIGATION_STATUS_LABELS[o.status]}* \`${o.id}\` ${escapeMrkdwn(o.recipientName)} — ${o.dueAt ? `due ${slackDate(o.dueAt)}` : 'no fixed due time'}${o.doneAt ? `, done ${slackDate(o.doneAt)}` : ''}`,
        ),
      ],
      share(),
      (n, rest) => more(n, `obligations (${statusCounts(obligations.slice(obligations.length - rest))})`),
    ),
  );

  add(
    section(
      'summary-checklist',
      [
        `*Checklist* — ${s.checklist.done} of ${s.checklist.total} done${s.checklist.open.length ? '; open:' : ''}`,
        ...s.checklist.open.map((item) => `• ${escapeMrkdwn(item.text)}`),
      ],
      share(),
      (n) => more(n, 'open items'),
    ),
  );

  const latestFirst = [...s.timeline].reverse();
  add(
    section(
      'summary-timeline',
      [
        `*Timeline* (${s.timeline.length} entries, latest first)`,
        ...latestFirst.map(
          (e) =>
            `${slackDate(e.at, '{date_short} {time}')} <@${e.actor}> · ${e.kind} · ${escapeMrkdwn(oneLine(e.summary))}`,
        ),
      ],
      share(),
      (n) => more(n, 'earlier entries'),
    ),
  );
  blocks.push(integrity);
  return blocks;
}

/**
 * The anchor problems of a rewritten history run one per anchor (src/domain/timeline/anchor.ts), past what one
 * context element may hold: the message keeps the first of them within a share of it, the file has them all.
 */
const INTEGRITY_WORDS_MAX = 1200;

function clipToFile(words: string, fileName: string): string {
  if (words.length <= INTEGRITY_WORDS_MAX) return words;
  const rest = ` (every problem is in the attached file \`${fileName}\`.)`;
  return `${clip(words, INTEGRITY_WORDS_MAX - rest.length)}${rest}`;
}

/** "120 open, 5 overdue, 4 done on time". */
function statusCounts(obligations: readonly { status: keyof typeof OBLIGATION_STATUS_LABELS }[]): string {
  const counts = new Map<string, number>();
  for (const o of obligations) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return [...counts.entries()]
    .map(
      ([status, n]) =>
        `${n} ${OBLIGATION_STATUS_LABELS[status as keyof typeof OBLIGATION_STATUS_LABELS].toLowerCase()}`,
    )
    .join(', ');
}

export function summaryFallbackText(s: IncidentSummary, final: boolean): string {
  return `${final ? 'Final summary' : 'Summary'} of ${s.id}: ${s.decisions.length} decisions, checklist ${s.checklist.done}/${s.checklist.total}`;
}

/**
 * A titled section of whole lines within `room` characters; when lines are left out, the last line says how
 * many (`more(n, rest)`, where `rest` is how many of the list's last items were left out).
 */
function section(blockId: string, lines: string[], room: number, more: (n: number, rest: number) => string): Block {
  const [title = '', ...body] = lines;
  const reserve = more(body.length, body.length).length + 40;
  const fitted = fitLines(body, room - title.length - 1);
  const kept = fitted.omitted ? fitLines(body, room - title.length - 1 - reserve) : fitted;
  return {
    type: 'section',
    block_id: blockId,
    text: mrkdwn([title, ...kept.lines, ...(kept.omitted ? [more(kept.omitted, kept.omitted)] : [])].join('\n')),
  };
}

/** As many whole lines as fit in `limit` characters (each at most 500), and how many did not. */
function fitLines(lines: string[], limit: number): { lines: string[]; omitted: number } {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const shown = clip(line, 500);
    if (used + shown.length + 1 > limit) break;
    kept.push(shown);
    used += shown.length + 1;
  }
  return { lines: kept, omitted: lines.length - kept.length };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
