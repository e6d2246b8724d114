import { ROLE_LABELS } from '../../domain/incidents/incident';
import type { IncidentSummary } from '../../domain/summary/incident-summary';
import { OBLIGATION_STATUS_LABELS } from '../../domain/summary/labels';
import { formatElapsed } from '../../domain/time/durations';
import { type Block, mrkdwn, plain } from './block-kit';
import { drillBanner } from './incident-header';
import { escapeMrkdwn, slackDate } from './slack-date';

/** Slack refuses a section whose text is over 3,000 characters; leave room for the "more in the file" line. */
const SECTION_TEXT_LIMIT = 2800;

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
export function summaryBlocks(s: IncidentSummary, options: { final: boolean; fileName: string }): Block[] {
  const more = (n: number, what: string) => `_…and ${n} more ${what} in the attached file \`${options.fileName}\`._`;
  // The summary speaks of the record, not the clock: the banner without the speed.
  const blocks: Block[] = drillBanner({ drill: s.drill, drillSpeed: 1 });
  blocks.push({
    type: 'header',
    text: plain(`${options.final ? 'Final summary' : 'Summary'} · ${s.id}: ${s.title}`.slice(0, 150)),
  });
  blocks.push({
    type: 'section',
    block_id: 'summary-overview',
    fields: [
      mrkdwn(`*Severity*\n${s.severity.toUpperCase()}`),
      mrkdwn(`*Status*\n${s.status === 'closed' && s.closedAt ? `Closed ${slackDate(s.closedAt)}` : 'Open'}`),
      mrkdwn(
        `*Duration*\n${formatElapsed(s.sinceOpenedMs)} open · ${formatElapsed(s.sinceDiscoveryMs)} since discovery`,
      ),
      mrkdwn(`*Discovered*\n${slackDate(s.discoveredAt)}`),
      mrkdwn(
        `*Roles*\n${s.roles.map((r) => `${ROLE_LABELS[r.role] ?? r.role} <@${r.userId}>`).join('\n') || 'none assigned'}`,
      ),
    ],
  });

  const f = s.keyFacts;
  blocks.push(
    section(
      'summary-facts',
      f
        ? [
            '*Key facts*',
            `Data: ${f.dataTypes.join(', ') || 'none recorded'}`,
            `People affected: ${f.totalAffected}${f.jurisdictions.length ? ` (${f.jurisdictions.map((j) => `${j.code} ${j.affected}`).join(', ')})` : ''}`,
            ...(f.entityTypes.length ? [`Entity: ${f.entityTypes.join(', ')}`] : []),
            `Encrypted, key not taken: ${f.encrypted ? 'yes' : 'no'}`,
          ]
        : ['*Key facts*', 'No facts recorded.'],
      more,
      'facts',
    ),
  );

  blocks.push(
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
      more,
      'decisions',
    ),
  );

  blocks.push(
    section(
      'summary-obligations',
      [
        '*Notification obligations*',
        ...(s.obligations === null
          ? ['No obligations computed.']
          : s.obligations.length === 0
            ? ['Computed: none apply.']
            : []),
        ...(s.obligations ?? []).map(
          (o) =>
            `${STATUS_EMOJI[o.status]} *${OBLIGATION_STATUS_LABELS[o.status]}* \`${o.id}\` ${escapeMrkdwn(o.recipientName)} — ${o.dueAt ? `due ${slackDate(o.dueAt)}` : 'no fixed due time'}${o.doneAt ? `, done ${slackDate(o.doneAt)}` : ''}`,
        ),
      ],
      more,
      'obligations',
    ),
  );

  blocks.push(
    section(
      'summary-checklist',
      [
        `*Checklist* — ${s.checklist.done} of ${s.checklist.total} done${s.checklist.open.length ? '; open:' : ''}`,
        ...s.checklist.open.map((item) => `• ${escapeMrkdwn(item.text)}`),
      ],
      more,
      'open items',
    ),
  );

  const latestFirst = [...s.timeline].reverse();
  const timeline = fitLines(
    latestFirst.map(
      (e) =>
        `${slackDate(e.at, '{date_short} {time}')} <@${e.actor}> · ${e.kind} · ${escapeMrkdwn(oneLine(e.summary))}`,
    ),
    SECTION_TEXT_LIMIT,
  );
  blocks.push({
    type: 'section',
    block_id: 'summary-timeline',
    text: mrkdwn(
      [
        `*Timeline* (${s.timeline.length} entries, latest first)`,
        ...timeline.lines,
        ...(timeline.omitted ? [more(timeline.omitted, 'earlier entries')] : []),
      ].join('\n'),
    ),
  });
  blocks.push({
    type: 'context',
    block_id: 'summary-integrity',
    elements: [
      mrkdwn(
        s.integrity.ok
          ? `:lock: Timeline hash chain verified (${s.integrity.entries} entries). Full summary: \`${options.fileName}\`.`
          : `:rotating_light: Timeline hash chain BROKEN at entry ${s.integrity.brokenAt}: the record was altered. Run \`breachbot verify ${s.id}\`.`,
      ),
    ],
  });
  return blocks;
}

export function summaryFallbackText(s: IncidentSummary, final: boolean): string {
  return `${final ? 'Final summary' : 'Summary'} of ${s.id}: ${s.decisions.length} decisions, checklist ${s.checklist.done}/${s.checklist.total}`;
}

function section(blockId: string, lines: string[], more: (n: number, what: string) => string, what: string): Block {
  const [title = '', ...body] = lines;
  const fitted = fitLines(body, SECTION_TEXT_LIMIT - title.length);
  return {
    type: 'section',
    block_id: blockId,
    text: mrkdwn([title, ...fitted.lines, ...(fitted.omitted ? [more(fitted.omitted, what)] : [])].join('\n')),
  };
}

/** As many whole lines as fit in `limit` characters, and how many did not. */
function fitLines(lines: string[], limit: number): { lines: string[]; omitted: number } {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = Math.min(line.length, 500) + 1;
    if (used + cost > limit) break;
    kept.push(line.length > 500 ? `${line.slice(0, 499)}…` : line);
    used += cost;
  }
  return { lines: kept, omitted: lines.length - kept.length };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
