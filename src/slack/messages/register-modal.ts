import type { ModalView, PlainTextOption, StaticSelect } from '@slack/types';
import { z } from 'zod';
import { incidentIdSchema, slackChannelIdSchema } from '../../domain/ids';
import type { Incident } from '../../domain/incidents/incident';
import type { ObligationRecord } from '../../domain/obligations/obligation-record';
import { regimeLabel } from '../../domain/obligations/regime-label';
import { type RECIPIENTS, recipientSchema } from '../../domain/regulations/vocabulary';
import type { Block } from './block-kit';
import { mrkdwn, plain } from './block-kit';
import { clip, plural, SLACK_LIMITS } from './budget';
import { recipientKindCount } from './obligation-groups';
import { countsLine, registerCounts, registerLine, registerRecords, registerState } from './register-counts';

/** The register modal's callback id, and the ids of its controls (block_actions inside the modal). */
export const REGISTER_VIEW_CALLBACK_ID = 'register_view';
export const REGISTER_FILTER_ACTION_IDS = {
  status: 'register_filter_status',
  recipient: 'register_filter_recipient',
  regime: 'register_filter_regime',
  jurisdiction: 'register_filter_jurisdiction',
} as const;
export const REGISTER_PAGE_ACTION_ID = 'register_page';
export const REGISTER_MARK_ACTION_ID = 'register_mark';
export const REGISTER_UNDO_ACTION_ID = 'register_undo';

/** Notices per page: each is one section, so a page stays far under a modal's 100 blocks and its text. */
export const REGISTER_PAGE_SIZE = 20;

export const registerStatusFilterSchema = z.enum(['all', 'due', 'overdue', 'soon', 'open', 'done']);
export type RegisterStatusFilter = z.infer<typeof registerStatusFilterSchema>;

const STATUS_WORDS: Record<RegisterStatusFilter, string> = {
  all: 'Any status',
  due: 'Overdue & next 24 h',
  overdue: 'Overdue',
  soon: 'Due in 24 h',
  open: 'Still to give',
  done: 'Given',
};

export const registerFilterSchema = z.strictObject({
  status: registerStatusFilterSchema.default('all'),
  recipient: recipientSchema.optional(),
  regime: z.string().max(40).optional(),
  jurisdiction: z.string().max(20).optional(),
});
export type RegisterFilter = z.infer<typeof registerFilterSchema>;

/** What the modal carries between interactions (private_metadata): which incident, where, which page. */
export const registerViewStateSchema = z.strictObject({
  incidentId: incidentIdSchema,
  channelId: slackChannelIdSchema,
  page: z.number().int().nonnegative().default(0),
  filter: registerFilterSchema.default({ status: 'all' }),
});
export type RegisterViewState = z.infer<typeof registerViewStateSchema>;

/** The notices a filter keeps, in due order. */
export function filteredRecords(
  records: readonly ObligationRecord[],
  filter: RegisterFilter,
  incident: Incident,
  now: Date,
): ObligationRecord[] {
  return registerRecords(records).filter((o) => {
    if (filter.recipient && o.recipient !== filter.recipient) return false;
    if (filter.regime && o.regime !== filter.regime) return false;
    if (filter.jurisdiction && o.jurisdiction !== filter.jurisdiction) return false;
    const state = registerState(o, incident, now);
    switch (filter.status) {
      case 'all':
        return true;
      case 'due':
        return state === 'overdue' || state === 'soon';
      case 'open':
        return state !== 'done';
      default:
        return state === filter.status;
    }
  });
}

const ANY = '*';
const option = (text: string, value: string): PlainTextOption => ({ text: plain(clip(text, 75)), value });

/** A select of `values` with "any" first; Slack takes at most 100 options, so the rarest ones beyond that are dropped from the choice (still listed). */
function select(
  actionId: string,
  placeholder: string,
  anyWords: string,
  values: { value: string; text: string }[],
  selected: string | undefined,
): StaticSelect {
  const options = [option(anyWords, ANY), ...values.slice(0, 99).map((v) => option(v.text, v.value))];
  const initial = options.find((o) => o.value === (selected ?? ANY)) ?? options[0];
  return {
    type: 'static_select',
    action_id: actionId,
    placeholder: plain(placeholder),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

function counted(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

/**
 * The register modal: counts, filters (status, recipient kind, regime, jurisdiction), one page of notices with
 * "Mark notified" (or "Undo" for one given), and paging. Under a modal's 100 blocks and its text limits; what
 * is on other pages is counted, never cut silently.
 */
export function registerModal(
  incident: Incident,
  records: readonly ObligationRecord[],
  now: Date,
  state: RegisterViewState,
): ModalView {
  const all = registerRecords(records);
  const matching = filteredRecords(records, state.filter, incident, now);
  const pages = Math.max(1, Math.ceil(matching.length / REGISTER_PAGE_SIZE));
  const page = Math.min(state.page, pages - 1);
  const shown = matching.slice(page * REGISTER_PAGE_SIZE, (page + 1) * REGISTER_PAGE_SIZE);
  const { filter } = state;

  const blocks: Block[] = [
    {
      type: 'section',
      block_id: 'register-counts',
      text: mrkdwn(`*${incident.id}* · ${countsLine(registerCounts(records, incident, now))}`),
    },
    {
      type: 'actions',
      block_id: 'register-filters',
      elements: [
        select(
          REGISTER_FILTER_ACTION_IDS.status,
          'Status',
          STATUS_WORDS.all,
          registerStatusFilterSchema.options
            .filter((s) => s !== 'all')
            .map((s) => ({ value: s, text: STATUS_WORDS[s] })),
          filter.status === 'all' ? undefined : filter.status,
        ),
        select(
          REGISTER_FILTER_ACTION_IDS.recipient,
          'Recipient',
          'Any recipient',
          counted(all.map((o) => o.recipient)).map(([r, k]) => ({
            value: r,
            text: recipientKindCount(r as (typeof RECIPIENTS)[number], k),
          })),
          filter.recipient,
        ),
        select(
          REGISTER_FILTER_ACTION_IDS.regime,
          'Regime',
          'Any regime',
          counted(all.map((o) => o.regime)).map(([r, k]) => ({ value: r, text: `${regimeLabel(r)} (${k})` })),
          filter.regime,
        ),
        select(
          REGISTER_FILTER_ACTION_IDS.jurisdiction,
          'Jurisdiction',
          'Any jurisdiction',
          counted(all.map((o) => o.jurisdiction)).map(([j, k]) => ({ value: j, text: `${j} (${k})` })),
          filter.jurisdiction,
        ),
      ],
    },
    {
      type: 'context',
      block_id: 'register-showing',
      elements: [
        mrkdwn(
          matching.length === 0
            ? 'No notice matches these filters.'
            : `Showing ${page * REGISTER_PAGE_SIZE + 1}–${page * REGISTER_PAGE_SIZE + shown.length} of ${plural(matching.length, 'notice')}` +
                `${matching.length < all.length ? ` (filtered from ${all.length.toLocaleString('en-US')})` : ''} · page ${page + 1} of ${pages}`,
        ),
      ],
    },
  ];
  for (const o of shown) {
    const done = o.doneAt !== null;
    blocks.push({
      type: 'section',
      block_id: `register-o-${o.id}`.slice(0, SLACK_LIMITS.blockId),
      text: mrkdwn(clip(registerLine(o, incident, now), 1000)),
      ...(incident.status === 'open'
        ? {
            accessory: done
              ? {
                  type: 'button',
                  action_id: REGISTER_UNDO_ACTION_ID,
                  text: plain('Undo'),
                  value: o.id,
                  confirm: {
                    title: plain('Reopen this notice?'),
                    text: mrkdwn(clip(`\`${o.id}\` will be open again and its reminders scheduled again.`, 300)),
                    confirm: plain('Reopen'),
                    deny: plain('Cancel'),
                  },
                }
              : { type: 'button', action_id: REGISTER_MARK_ACTION_ID, text: plain('Mark notified'), value: o.id },
          }
        : {}),
    });
  }
  if (pages > 1) {
    blocks.push({
      type: 'actions',
      block_id: 'register-paging',
      elements: [
        ...(page > 0
          ? [
              {
                type: 'button' as const,
                action_id: `${REGISTER_PAGE_ACTION_ID}_prev`,
                text: plain('‹ Previous'),
                value: String(page - 1),
              },
            ]
          : []),
        ...(page < pages - 1
          ? [
              {
                type: 'button' as const,
                action_id: `${REGISTER_PAGE_ACTION_ID}_next`,
                text: plain('Next ›'),
                value: String(page + 1),
              },
            ]
          : []),
      ],
    });
  }
  return {
    type: 'modal',
    callback_id: REGISTER_VIEW_CALLBACK_ID,
    title: plain('Notification register'),
    close: plain('Close'),
    private_metadata: JSON.stringify({ ...state, page }),
    blocks,
  };
}
