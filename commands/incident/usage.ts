import { itemsForSeverity } from '../../src/domain/checklist/checklist';
import { dataBreachTemplate } from '../../src/domain/checklist/templates/data-breach';
import { INCIDENT_PHASES, PHASE_LABELS, SEVERITIES } from '../../src/domain/incidents/incident';
import { SEVERITY_MEANINGS } from '../../src/domain/incidents/severity';
import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
import { regimeLabel } from '../../src/domain/obligations/regime-label';
import { regimesDecidedBy } from '../../src/domain/regulations/judgment-regimes';
import { AMBIGUOUS_TWO_LETTER_CODES, jurisdictionName } from '../../src/domain/regulations/jurisdiction-names';
import { type Judgment, RECIPIENTS } from '../../src/domain/regulations/vocabulary';
import {
  DATA_TYPE_LABELS,
  ENTITY_TYPE_LABELS,
  JUDGMENT_LABELS,
  TRIGGER_LABELS,
} from '../../src/domain/regulations/vocabulary-labels';
import { INSTANT_FLAGS } from './facts';

/** Every subcommand, in the order help lists them. */
export const SUBCOMMANDS = [
  'open',
  'status',
  'severity',
  'title',
  'deadlines',
  'facts',
  'why',
  'notified',
  'decision',
  'role',
  'summary',
  'close',
  'reopen',
  'help',
] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

const INSTANT_FORMS =
  'an ISO 8601 instant (`2026-11-02T14:30:00Z`) or a date and time in your zone (`2026-11-02 09:30`; a date alone is the start of that day)';

/** The whole grammar in short, shown for `help`, an empty text and an unknown subcommand. */
export const USAGE = [
  '*breachbot* — run a data-breach response. `/incident help <subcommand>` lists every flag and value.',
  '`/incident open <title> [--severity sev1|sev2|sev3|sev4] [--discovered <instant>] [--regimes <id,…>] [--drill [--speed N]]`',
  '    opens a private incident channel with the response checklist (severity defaults to sev1); without a title, a form',
  '`/incident status` — the incident in this channel; `/incident status set investigating|contained|notifying|monitoring|closed` sets it',
  '`/incident severity sev1|sev2|sev3|sev4` — change the severity (commander); `/incident title <new title>` — rename',
  '`/incident deadlines` — notification obligations by due time',
  '`/incident facts` — a form with the facts recorded so far, to change them; `/incident facts show` — them as a command',
  '`/incident facts --data ssn,name --affected California=1,749,623 --entity … --judgment riskOfHarm=yes --encrypted no`',
  '    records what is known (`/incident help facts` for the instants, the law-enforcement delay and every value)',
  '`/incident why <regime>` — why a regime does or does not apply (`/incident why hipaa`)',
  '`/incident notified <id>|<regime>[/<recipient>]|*/<recipient> [--at <date or instant>] [note]` — mark notices as given (when they went out)',
  '`/incident notified --undo <id>` — reopen a notice marked given by mistake',
  '`/incident decision <text>` — record a decision',
  '`/incident role commander|comms|legal|scribe|forensics @person`',
  '`/incident summary` — post the incident summary',
  '`/incident close [reason]` — close the incident; `/incident reopen [reason]` — reopen a closed one',
  '`/incident help [<subcommand>]` — this text, or one subcommand in full',
  'Values are read in any case; `—severity` (a phone’s dash) and `-severity` count as `--severity`.',
].join('\n');

const item = (value: string, label: string) => `  • \`${value}\` — ${label}`;

function decides(regimes: string[] | undefined): string {
  if (!regimes?.length) return '';
  const shown = regimes.slice(0, 6).join(', ');
  return ` (decides ${shown}${regimes.length > 6 ? ` +${regimes.length - 6} more` : ''})`;
}

function factsHelp(): string {
  const decided = regimesDecidedBy();
  return [
    '*`/incident facts`* — record what is known about the breach; only what you type changes, and the channel is told what changed.',
    '`/incident facts` alone opens a form with every fact below filled in as recorded (also *Edit facts* on the pinned header and register); `/incident facts show` prints the recorded facts as the command that recreates them.',
    `Values in any case; lists with or without spaces after the commas; instants as ${INSTANT_FORMS}.`,
    '',
    '`--data <type,…>` — the kinds of data taken (replaces the list):',
    ...Object.entries(DATA_TYPE_LABELS).map(([v, l]) => item(v, l)),
    '`--affected <place=count,…>` — people affected, by jurisdiction (0 removes one): `US-CA=1200`, `California 1,749,623`, `Germany=40`, `EU=12`.',
    `  Places by code (\`US-TX\`, \`FR\`) or name; counts may have separators (\`1,749,623\`, \`1 749 623\`, \`1_749_623\`). Two-letter codes that are both a US state and a country are refused, write \`US-CA\` or \`Canada\`: ${AMBIGUOUS_TWO_LETTER_CODES.join(', ')}.`,
    '`--entity <type,…>` — what the organisation is (the configured profile is always kept):',
    ...Object.entries(ENTITY_TYPE_LABELS).map(([v, l]) => item(v, l)),
    '`--encrypted yes|no` — all the data taken was encrypted and the key was not taken',
    '`--judgment <name=yes|no|undecided,…>` — the team’s legal judgments (undecided ones stay open conditions):',
    ...Object.entries(JUDGMENT_LABELS).map(([v, l]) => item(v, `${l}${decides(decided.get(v as Judgment))}`)),
    '`--domicile <place,…>` — states of domicile or home-state licence (insurance laws on the NAIC model)',
    'Instants that start clocks:',
    ...Object.entries(INSTANT_FLAGS).map(([flag, trigger]) => item(`--${flag} <instant>`, TRIGGER_LABELS[trigger])),
    'A law-enforcement request to delay notices:',
    item('--le-agency "<agency>"', 'the agency (never a person), with `--le-form` and `--le-requested`'),
    item('--le-form written|oral', 'how the request was made'),
    item('--le-requested <instant>', 'when it was made'),
    item('--le-until <instant>', 'the end it states (optional)'),
    item('--le-notices all|<regime,…>', 'the notices it names (default all): `hipaa,us-me,sec-8k/regulator`'),
    item('--le-lifted <instant>', 'when law enforcement said notice no longer impedes the investigation'),
  ].join('\n');
}

/** A regime's label: the catalog's display name, else the state or country whose law it is (`us-ca`: California). */
function regimeWords(regime: string): string {
  const label = regimeLabel(regime);
  if (label.toLowerCase() !== regime) return label;
  const state = /^(us|naic)-([a-z]{2})$/.exec(regime);
  if (state?.[2]) {
    const name = jurisdictionName(`US-${state[2].toUpperCase()}`);
    return state[1] === 'naic' ? `${name} insurance data security` : name;
  }
  return '';
}

function openHelp(): string {
  const regimes = catalogRegimes();
  return [
    '*`/incident open <title>`* — declare a breach: a private channel, the checklist, the clocks. Without a title (or from the *Declare breach* shortcut) it opens a form with every field below; flags typed fill it in.',
    `\`--severity <${SEVERITIES.join('|')}>\` — default sev1 (\`SEV2\`, \`2\` and the names below also read):`,
    ...SEVERITIES.map((s) =>
      item(
        s,
        `${SEVERITY_MEANINGS[s].name}: ${SEVERITY_MEANINGS[s].meaning} ${itemsForSeverity(dataBreachTemplate, s).length}-item checklist${s === 'sev1' ? ' (every item)' : ''}`,
      ),
    ),
    `\`--discovered <instant>\` — when the breach was discovered (default: now); ${INSTANT_FORMS}`,
    '`--regimes <id,…>` — regimes the team already knows apply, listed whatever the facts say:',
    `  ${regimes.map((r) => `\`${r}\`${regimeWords(r) ? ` (${regimeWords(r)})` : ''}`).join(', ')}`,
    '`--drill` — a rehearsal: marked as a drill everywhere',
    '`--speed <1-10000>` — with `--drill`, run the clocks N times faster',
  ].join('\n');
}

const SHORT_HELP: Record<Exclude<Subcommand, 'open' | 'facts'>, string> = {
  status: [
    '*`/incident status`* — the incident in this channel: severity, status, checklist progress, roles.',
    '*`/incident status set <status>`* — where the incident stands (any member; `set` may be left out):',
    ...INCIDENT_PHASES.map((p) => item(p, `${PHASE_LABELS[p].label}: ${PHASE_LABELS[p].means}`)),
    item('closed [reason]', 'runs `/incident close` (asks first when notices are still open)'),
  ].join('\n'),
  severity: [
    `*\`/incident severity <${SEVERITIES.join('|')}>\`* — changes the severity (the commander; \`SEV2\`, \`2\` and the names critical, high, moderate, low are read too). The header shows it; a higher severity adds its checklist items, a lower one keeps every item already ticked or owned.`,
    ...SEVERITIES.map((s) => item(s, `${itemsForSeverity(dataBreachTemplate, s).length}-item checklist`)),
  ].join('\n'),
  title:
    '*`/incident title <new title>`* — renames the incident (any member): the header and the summary show it; the channel keeps its name.',
  reopen:
    '*`/incident reopen [reason]`* — reopens a closed incident (the commander, or any member with `LIFECYCLE_AUTHORITY=members`): status back to investigating, reminders of the notices still open scheduled again.',
  deadlines: '*`/incident deadlines`* — the notification obligations by due time, with their citations. No flags.',
  why: '*`/incident why <regime>`* — why a regime applies or not to this incident: for each of its notices, the fact, entity type or judgment that decides it. A regime by id in any case (`hipaa`, `US-CA`, `sec-8k`) or a place by name (`California`); `/incident help open` lists the ids.',
  notified: [
    '*`/incident notified <notice> [--at <date or instant>] [note]`* — marks open notices as given (any member). `<notice>` is an obligation id as the register shows it (`dora/regulator/initial`), a regime (`gdpr`), a regime to one recipient kind (`us-ca/regulator`) or one recipient kind across every regime (`*/credit_bureaus`). A regime with stages (DORA, NIS2, HIPAA’s HHS notices) has each stage named by its id.',
    `  Recipients: ${RECIPIENTS.map((r) => `\`${r}\``).join(', ')}; regimes as in \`/incident help open\`.`,
    '  `--at` — when it went out, if not now: a date (`2023-11-20`, the start of that day in the incident’s time zone) or an instant with its zone (`2023-11-20T15:30:00-05:00`); never in the future, never before discovery.',
    '  e.g. `/incident notified us-ca/regulator AG portal ref 123`, `/incident notified */credit_bureaus --at 2023-11-20`',
    '*`/incident notified --undo <notice> [note]`* — reopens notices marked given by mistake, e.g. `/incident notified --undo gdpr wrong regime`.',
  ].join('\n'),
  decision:
    '*`/incident decision <text>`* — records a decision on the timeline, as typed (numbers such as SSNs are masked).',
  role: '*`/incident role <role> @person`* — assigns a role: `commander`, `comms`, `legal`, `scribe`, `forensics`.',
  summary: '*`/incident summary`* — posts the incident summary with its Markdown file. No flags.',
  close:
    '*`/incident close [reason]`* — closes the incident (the commander, or any member with `LIFECYCLE_AUTHORITY=members`) with the reason shown in the header, the timeline and the summary (asks first when notices are still open).',
  help: '*`/incident help [<subcommand>]`* — the short usage, or one subcommand with every flag and value.',
};

/** One subcommand in full: every flag and every value with its label. */
export function helpFor(topic: Subcommand): string {
  if (topic === 'facts') return factsHelp();
  if (topic === 'open') return openHelp();
  return SHORT_HELP[topic];
}
