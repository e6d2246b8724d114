import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { INCIDENT_TITLE_MAX, SEVERITIES, type Severity } from '../../domain/incidents/incident';
import { SEVERITY_MEANINGS, severityName } from '../../domain/incidents/severity';
import { catalogRegimes } from '../../domain/obligations/catalog-engine';
import { regimeLabel } from '../../domain/obligations/regime-label';
import { CATALOG } from '../../domain/regulations/catalog';
import { formatInTimeZone } from '../../domain/time/format-in-zone';
import { mrkdwn, plain } from './block-kit';
import { escapeMrkdwn } from './escape';

/** The global shortcut "Declare breach" (manifest.json `features.shortcuts`). */
export const DECLARE_SHORTCUT_CALLBACK_ID = 'declare_breach';
/** The modal's submission (`view_submission`). */
export const DECLARE_VIEW_CALLBACK_ID = 'declare_breach_submit';
/** The input blocks; `response_action: errors` names them. Every element's action_id is DECLARE_ACTION_ID. */
export const DECLARE_BLOCKS = {
  title: 'title',
  severity: 'severity',
  discovered: 'discovered',
  drill: 'drill',
  speed: 'speed',
  regimes: 'regimes',
  responders: 'responders',
  groups: 'groups',
} as const;
export const DECLARE_ACTION_ID = 'value';
export const DRILL_OPTION_VALUE = 'drill';
/** The user-group search (`block_suggestion` of the groups select, answered by an options listener). */
export const DECLARE_GROUPS_ACTION_ID = DECLARE_ACTION_ID;

/** Slack's limits on what a modal holds (Block Kit reference: view, input block, select menus, option object). */
export const MODAL_LIMITS = {
  title: 24,
  button: 24,
  label: 2000,
  hint: 2000,
  placeholder: 150,
  optionText: 75,
  optionDescription: 75,
  optionValue: 150,
  optionsPerSelect: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  privateMetadata: 3000,
} as const;

/** What `/incident open --severity … --drill …` typed without a title puts in the form. */
export interface DeclarePrefill {
  severity?: Severity;
  discoveredAt?: string;
  regimes: string[];
  drill: boolean;
  speed?: number;
}

export interface DeclareModalInput {
  now: Date;
  /** The person's zone (users.info `tz`), when Slack said in time: named in the hint, never needed. */
  timeZone: string | null;
  prefill?: DeclarePrefill;
  /** Carried to the submission (`private_metadata`): the `/incident open` reply address. */
  metadata: string;
}

const severityOption = (s: Severity): PlainTextOption => ({
  text: plain(severityName(s)),
  value: s,
  description: plain(SEVERITY_MEANINGS[s].meaning),
});

/** "California (us-ca)": Slack's type-ahead filters on the option text, so both the name and the id find it. */
const regimeOption = (id: string): PlainTextOption => ({ text: plain(`${regimeLabel(id)} (${id})`), value: id });

/**
 * The catalog's regimes in groups a person scans: US state breach laws, US state insurance laws, outside the US
 * (by the jurisdictions the catalog reports them under), and US federal, sector and other rules. A regime the
 * catalog gains lands in a group by itself; a group longer than a select allows (100) is split.
 */
export function regimeOptionGroups(regimes: readonly string[] = catalogRegimes()) {
  const kinds: [string, (id: string) => boolean][] = [
    ['US state breach laws', (id) => /^us-[a-z]{2}$/.test(id)],
    ['US state insurance data security laws', (id) => /^naic-[a-z]{2}$/.test(id)],
    ['Outside the US', (id) => outsideUs().has(id)],
    ['US federal, sector and other rules', () => true],
  ];
  const groups: { label: string; ids: string[] }[] = kinds.map(([label]) => ({ label, ids: [] }));
  for (const id of regimes) {
    const at = kinds.findIndex(([, matches]) => matches(id));
    groups[at]?.ids.push(id);
  }
  return groups
    .filter((g) => g.ids.length > 0)
    .flatMap((g) => {
      const sorted = [...g.ids].sort((a, b) => regimeLabel(a).localeCompare(regimeLabel(b)));
      const parts = Math.ceil(sorted.length / MODAL_LIMITS.optionsPerSelect);
      return Array.from({ length: parts }, (_, i) => ({
        label: plain(parts > 1 ? `${g.label} (${i + 1} of ${parts})` : g.label),
        options: sorted
          .slice(i * MODAL_LIMITS.optionsPerSelect, (i + 1) * MODAL_LIMITS.optionsPerSelect)
          .map(regimeOption),
      }));
    });
}

let outside: Set<string> | undefined;
/** Regimes none of whose rules is reported under a US jurisdiction (`US`, `US-CA`): the catalog's own word. */
function outsideUs(): Set<string> {
  outside ??= new Set(
    catalogRegimes().filter((id) => !CATALOG.some((r) => r.regime === id && /^US(-|$)/.test(r.jurisdiction))),
  );
  return outside;
}

/**
 * The declare modal: the same fields as `/incident open` (title, severity with what each means, when the breach
 * was discovered, drill and speed, regimes already known) and the people to bring in besides the opener and
 * INCIDENT_RESPONDERS. Its submission runs the same open (src/slack/listeners/views/declare-submit.ts).
 */
export function declareModal({ now, timeZone, prefill, metadata }: DeclareModalInput): ModalView {
  const discovered = prefill?.discoveredAt ? new Date(prefill.discoveredAt) : now;
  const severity = prefill?.severity ?? 'sev1';
  const regimes = new Set(prefill?.regimes ?? []);
  const initialRegimes = catalogRegimes()
    .filter((r) => regimes.has(r))
    .map(regimeOption);
  const drillOption = {
    text: plain('This is a drill'),
    value: DRILL_OPTION_VALUE,
    description: plain('Channel named drill-…; every message marked as an exercise.'),
  };
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.title,
      label: plain('Title'),
      element: {
        type: 'plain_text_input',
        action_id: DECLARE_ACTION_ID,
        max_length: INCIDENT_TITLE_MAX,
        focus_on_load: true,
        placeholder: plain('What happened, in a few words (no personal data)'),
      },
      hint: plain('Names the channel unless channel names are neutral (INCIDENT_CHANNEL_NAMES).'),
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.severity,
      label: plain('Severity'),
      element: {
        type: 'static_select',
        action_id: DECLARE_ACTION_ID,
        options: SEVERITIES.map(severityOption),
        initial_option: severityOption(severity),
      },
      hint: plain('SEV1 gets the full checklist; change it later as the facts develop.'),
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.discovered,
      label: plain('Discovered'),
      element: {
        type: 'datetimepicker',
        action_id: DECLARE_ACTION_ID,
        initial_date_time: Math.floor(discovered.getTime() / 1000),
      },
      hint: plain(
        `When the breach was discovered: the clocks count from it. Not in the future.${
          timeZone
            ? ` Shown in your Slack time zone (${timeZone}); now is ${formatInTimeZone(now, timeZone, 'EEE d MMM HH:mm')}.`
            : ''
        }`,
      ),
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.drill,
      optional: true,
      label: plain('Drill'),
      element: {
        type: 'checkboxes',
        action_id: DECLARE_ACTION_ID,
        options: [drillOption],
        ...(prefill?.drill ? { initial_options: [drillOption] } : {}),
      },
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.speed,
      optional: true,
      label: plain('Drill speed'),
      element: {
        type: 'number_input',
        action_id: DECLARE_ACTION_ID,
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '10000',
        ...(prefill?.speed !== undefined ? { initial_value: String(prefill.speed) } : {}),
        placeholder: plain('1'),
      },
      hint: plain('Only with a drill: run the clocks N times faster (60: a 72-hour clock lasts 72 minutes).'),
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.regimes,
      optional: true,
      label: plain('Regimes already known to apply'),
      element: {
        type: 'multi_static_select',
        action_id: DECLARE_ACTION_ID,
        placeholder: plain('Type a name or an id: California, us-ca, GDPR'),
        option_groups: regimeOptionGroups(),
        ...(initialRegimes.length ? { initial_options: initialRegimes } : {}),
      },
      hint: plain('Listed whatever the facts say; facts recorded later add the rest.'),
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.responders,
      optional: true,
      label: plain('Bring in'),
      element: {
        type: 'multi_users_select',
        action_id: DECLARE_ACTION_ID,
        placeholder: plain('People to invite to the private channel'),
      },
      hint: plain('You and the standing responders (INCIDENT_RESPONDERS) are always invited.'),
    },
    {
      type: 'input',
      block_id: DECLARE_BLOCKS.groups,
      optional: true,
      label: plain('Bring in user groups'),
      element: {
        type: 'multi_external_select',
        action_id: DECLARE_GROUPS_ACTION_ID,
        min_query_length: 0,
        placeholder: plain('Type a group handle or name: @legal, Privacy'),
      },
      hint: plain('Everyone in the group now is invited.'),
    },
  ];
  return {
    type: 'modal',
    callback_id: DECLARE_VIEW_CALLBACK_ID,
    title: plain('Declare breach'),
    submit: plain('Declare'),
    close: plain('Cancel'),
    private_metadata: metadata,
    blocks,
  };
}

/**
 * What replaces the form once it is taken (`response_action: update`): the incident id, where the answer will
 * come, and how the discovery time was read. The modal's acknowledgement, as "Opening INC-…" is the command's.
 */
export function declareTakenModal(text: string, discovered: { at: Date; timeZone: string | null }): ModalView {
  const zone = discovered.timeZone ?? 'UTC';
  const iso = discovered.at.toISOString().replace('.000Z', 'Z');
  return {
    type: 'modal',
    callback_id: `${DECLARE_VIEW_CALLBACK_ID}_taken`,
    title: plain('Declare breach'),
    close: plain('Done'),
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'context',
        elements: [
          mrkdwn(
            `Discovered ${escapeMrkdwn(formatInTimeZone(discovered.at, zone, 'EEE d MMM yyyy HH:mm'))} ${zone}${
              discovered.timeZone ? '' : ' (your Slack time zone could not be read)'
            } · ${iso}`,
          ),
        ],
      },
    ],
  };
}
