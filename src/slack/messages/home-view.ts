import type { View } from '@slack/types';
import type { HomeOverview, IncidentOverview, OpenClock } from '../../domain/incidents/home-overview';
import { type Block, mrkdwn, plain } from './block-kit';
import { Budget, type BudgetLimits, blocksText, clip, plural, SLACK_LIMITS } from './budget';
import { escapeMrkdwn } from './escape';
import { slackDate } from './slack-date';

/** The "Declare breach" button at the top of the Home tab. */
export const HOME_DECLARE_ACTION_ID = 'home_declare';

/**
 * A Home tab holds at most 100 blocks (Slack refuses more); its text is kept within the messages' budget too,
 * since Slack does not document a cumulative text limit for views and one may apply as it does to messages.
 */
export const HOME_BUDGET: BudgetLimits = { blocks: SLACK_LIMITS.blocksPerView, sectionText: 2900, totalText: 9000 };

/** Clocks listed under each incident in the legal group's Home; the rest are counted. */
export const LEGAL_CLOCKS_PER_INCIDENT = 5;

/** Room kept for the line that counts the incidents that did not fit, and the footer. */
const OVERFLOW_ROOM = { blocks: 2, text: 600 };

/**
 * The bot's Home tab for one person (views.publish): a button to declare a breach, then their open incidents,
 * most urgent first, each with severity, status, the next clock and how many notices are overdue, and a link
 * to its channel. The legal group sees every open incident, each with its nearest clocks. What does not fit
 * Slack's limits is counted, never cut silently.
 */
export function homeView(home: HomeOverview): View {
  const budget = new Budget(HOME_BUDGET);
  const top: Block[] = [
    {
      type: 'header',
      block_id: 'home-header',
      text: plain(home.legal ? 'Every open incident' : 'Your open incidents'),
    },
    { type: 'section', block_id: 'home-intro', text: mrkdwn(introText(home)) },
    {
      type: 'actions',
      block_id: 'home-actions',
      elements: [
        {
          type: 'button',
          action_id: HOME_DECLARE_ACTION_ID,
          text: plain('Declare breach'),
          style: 'primary',
          value: 'home',
        },
      ],
    },
    { type: 'divider', block_id: 'home-divider' },
  ];
  const footer: Block = {
    type: 'context',
    block_id: 'home-updated',
    elements: [mrkdwn(`Updated ${slackDate(home.now.toISOString())}. Times are in your time zone.`)],
  };
  budget.spend(top).spend([footer]).reserve(OVERFLOW_ROOM.blocks, OVERFLOW_ROOM.text);
  // The legal group's clocks under the most urgent incidents while they take at most half the room, so that
  // many incidents still show; the later ones in the short form (next clock and overdue count).
  const detailUntil = budget.textLeft / 2;
  let detailed = home.legal;
  const listed: Block[] = [];
  for (const overview of home.incidents) {
    const section = (clocks: boolean): Block => ({
      type: 'section',
      block_id: `home-inc-${overview.incident.id}`,
      text: mrkdwn(clip(incidentText(overview, clocks), HOME_BUDGET.sectionText)),
    });
    let block = section(detailed);
    if (detailed && budget.textLeft - blocksText([block]) < detailUntil) {
      detailed = false;
      block = section(false);
    }
    if (!budget.fits([block])) break;
    budget.spend([block]);
    listed.push(block);
  }
  const rest = home.incidents.slice(listed.length);
  const more: Block[] = rest.length
    ? [{ type: 'section', block_id: 'home-more', text: mrkdwn(restText(rest)) }]
    : listed.length === 0
      ? [{ type: 'section', block_id: 'home-empty', text: mrkdwn(emptyText(home)) }]
      : [];
  return { type: 'home', blocks: [...top, ...listed, ...more, footer] };
}

function introText(home: HomeOverview): string {
  // With none open, the section below says so; "0 open incidents …, most urgent first" would say it twice, oddly.
  if (home.incidents.length === 0) {
    return home.legal
      ? 'You are in the legal group: every open incident shows here, the most urgent with their nearest clocks.'
      : 'The open incidents whose channel you are in show here, most urgent first.';
  }
  const count = plural(home.incidents.length, 'open incident');
  return home.legal
    ? `You are in the legal group: ${count} in all, most urgent first, the most urgent with their nearest clocks.`
    : `${count} whose channel you are in, most urgent first.`;
}

function emptyText(home: HomeOverview): string {
  return home.legal
    ? 'No incident is open.'
    : 'You are not in any open incident’s channel. An incident you are invited to shows here.';
}

/** Title, id and channel; then severity, status, the next clock and the overdue count; the legal group's clocks. */
function incidentText(o: IncidentOverview, withClocks: boolean): string {
  const { incident } = o;
  const title = escapeMrkdwn(clip(incident.title, SLACK_LIMITS.headerText));
  const first = `${incident.drill ? '[DRILL] ' : ''}*${title}* \`${incident.id}\` · <#${incident.channelId}>`;
  const status = ['open', ...(o.phase ? [escapeMrkdwn(o.phase)] : [])].join(' · ');
  const next = o.next ? `next clock ${slackDate(o.next.dueAt)} ${escapeMrkdwn(o.next.title)}` : 'no clock running';
  const overdue = o.overdue ? `:rotating_light: *${o.overdue.toLocaleString('en-US')} overdue*` : '0 overdue';
  const undated = o.undated ? ` · ${plural(o.undated, 'notice')} with no fixed due time` : '';
  const second = `${incident.severity.toUpperCase()} · ${status} · ${next} · ${overdue}${undated}`;
  if (!withClocks) return `${first}\n${second}`;
  const shown = o.clocks.slice(0, LEGAL_CLOCKS_PER_INCIDENT).map(clockLine);
  const hidden = o.clocks.length - shown.length;
  const more = hidden ? [`      …and ${plural(hidden, 'more clock')}: \`/incident deadlines\` in the channel`] : [];
  return [first, second, ...shown, ...more].join('\n');
}

function clockLine(c: OpenClock): string {
  return `      • ${slackDate(c.dueAt)} ${escapeMrkdwn(c.title)}${c.overdue ? ' · :rotating_light: overdue' : ''}`;
}

function restText(rest: readonly IncidentOverview[]): string {
  const overdue = rest.filter((o) => o.overdue > 0).length;
  const withOverdue = overdue ? ` (${overdue.toLocaleString('en-US')} with overdue notices)` : '';
  return (
    `…and ${plural(rest.length, 'more open incident')}${withOverdue}, less urgent than those above, that do not ` +
    'fit here. Each one’s channel has its pinned register; `/incident deadlines` there lists every notice.'
  );
}
