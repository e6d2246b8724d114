import {
  INCIDENT_PHASES,
  type IncidentPhase,
  REASON_MAX,
  SEVERITIES,
  type Severity,
} from '../../src/domain/incidents/incident';
import { TITLE_MAX } from '../../src/domain/incidents/incident-lifecycle';
import { SEVERITY_MEANINGS } from '../../src/domain/incidents/severity';
import { didYouMean } from '../../src/domain/words/did-you-mean';
import { UsageError } from './tokenize';

/** Lifecycle subcommands (issue 12): severity, title, status set, close with a reason, reopen. */
export type LifecycleCommand =
  | { name: 'severity'; severity: Severity }
  | { name: 'title'; title: string }
  | { name: 'status'; set?: IncidentPhase }
  | { name: 'close'; reason?: string }
  | { name: 'reopen'; reason?: string };

/** "critical" → sev1 …: the names the declare form and help give each severity are read as that severity. */
const SEVERITY_BY_NAME = new Map(SEVERITIES.map((s) => [SEVERITY_MEANINGS[s].name.toLowerCase(), s]));

/**
 * `sev2`, `SEV2`, `Sev 2`, `sev-2`, `2`, or its name (`High`): a severity as people type it; null when it is
 * not one.
 */
export function readSeverity(typed: string): Severity | null {
  const match = /^(?:sev)?[\s_-]*([1-4])$/i.exec(typed.trim());
  if (match) return `sev${match[1]}` as Severity;
  return SEVERITY_BY_NAME.get(typed.trim().toLowerCase()) ?? null;
}

/** `severity <sev1..sev4>`. */
export function parseSeverity(rest: string[]): LifecycleCommand {
  const typed = rest.join(' ').trim();
  if (!typed) {
    throw new UsageError(`\`severity\` needs one of ${SEVERITIES.join(', ')}, e.g. \`/incident severity sev2\`.`);
  }
  const severity = readSeverity(typed);
  if (!severity) {
    throw new UsageError(
      `\`${typed}\` is not a severity: use ${SEVERITIES.join(', ')} (\`SEV2\`, \`2\` and the names critical, high, moderate, low are read too).${didYouMean(typed.toLowerCase(), SEVERITIES)}`,
    );
  }
  return { name: 'severity', severity };
}

/** A text argument as typed, with one pair of wrapping quotes taken off (`title "Vendor breach"`). */
function unquoted(text: string): string {
  const t = text.trim();
  const quoted = /^(["'])([\s\S]*)\1$/.exec(t);
  return (quoted?.[2] ?? t).trim();
}

/** `title <new title>`: the rest of the text as typed (its dashes and quotes are the title's). */
export function parseTitle(raw: string): LifecycleCommand {
  const title = unquoted(raw).replace(/\s+/g, ' ');
  if (!title) throw new UsageError('`title` needs the new title, e.g. `/incident title Payroll vendor breach`.');
  if (title.length > TITLE_MAX) {
    throw new UsageError(`A title is at most ${TITLE_MAX} characters; this one has ${title.length}.`);
  }
  return { name: 'title', title };
}

/** A close or reopen reason: the rest of the text as typed, optional. */
function reason(raw: string): string | undefined {
  const text = unquoted(raw).replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (text.length > REASON_MAX) {
    throw new UsageError(`A reason is at most ${REASON_MAX} characters; this one has ${text.length}.`);
  }
  return text;
}

export function parseClose(raw: string): LifecycleCommand {
  const r = reason(raw);
  return r ? { name: 'close', reason: r } : { name: 'close' };
}

export function parseReopen(raw: string): LifecycleCommand {
  const r = reason(raw);
  return r ? { name: 'reopen', reason: r } : { name: 'reopen' };
}

/** What `status set` accepts: the phases, and `closed` (which runs the close). */
export const STATUS_WORDS = [...INCIDENT_PHASES, 'closed'] as const;

const STATUS_SYNONYMS: Record<string, (typeof STATUS_WORDS)[number]> = {
  investigate: 'investigating',
  investigation: 'investigating',
  contain: 'contained',
  containment: 'contained',
  notify: 'notifying',
  notification: 'notifying',
  notifications: 'notifying',
  monitor: 'monitoring',
  close: 'closed',
};

/**
 * `status` (show it), `status set <phase>`, and `status <phase>` (the `set` is often left out). `closed` runs
 * `close`, with the rest of the text as its reason, so it asks the same confirmation.
 */
export function parseStatus(rest: string[], raw: string): LifecycleCommand {
  if (rest.length === 0) return { name: 'status' };
  const hasSet = rest[0]?.toLowerCase() === 'set';
  const words = hasSet ? rest.slice(1) : rest;
  const typed = words[0];
  if (!typed) {
    throw new UsageError(
      `\`status set\` needs one of ${STATUS_WORDS.map((w) => `\`${w}\``).join(', ')}, e.g. \`/incident status set contained\`.`,
    );
  }
  const folded = typed.toLowerCase();
  const word = STATUS_WORDS.find((w) => w === folded) ?? STATUS_SYNONYMS[folded];
  if (!word) {
    throw new UsageError(
      `\`${typed}\` is not a status: use ${STATUS_WORDS.map((w) => `\`${w}\``).join(', ')}.${didYouMean(folded, STATUS_WORDS)}`,
    );
  }
  if (word === 'closed') {
    // The reason is the text after the status word, as typed.
    const after = raw.replace(/^\s*\S+\s+(?:set\s+)?\S+/i, '');
    return parseClose(after);
  }
  if (words.length > 1) {
    throw new UsageError(`\`status set ${word}\` takes nothing after it; got \`${words.slice(1).join(' ')}\`.`);
  }
  return { name: 'status', set: word };
}
