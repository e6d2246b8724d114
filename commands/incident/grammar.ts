import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
import { readPlace } from '../../src/domain/regulations/jurisdiction-names';
import { didYouMean } from '../../src/domain/words/did-you-mean';
import { type DecisionCommand, parseDecision } from './decision';
import { type FactsCommand, type FactsFormCommand, type FactsShowCommand, parseFactsSubcommand } from './facts';
import type { ReadingContext } from './flag-values';
import { type LifecycleCommand, parseClose, parseReopen, parseSeverity, parseStatus, parseTitle } from './lifecycle';
import { mentionsAsTyped } from './mentions';
import { normaliseCommandText } from './normalise';
import { type NotifiedCommand, parseNotified } from './notified';
import { type DeclareCommand, type OpenCommand, parseOpen } from './open';
import { parseRole, type RoleCommand } from './role';
import { tokenize, UsageError } from './tokenize';
import { SUBCOMMANDS, type Subcommand } from './usage';

export type IncidentCommand =
  | { name: 'help'; topic?: Subcommand }
  | OpenCommand
  | DeclareCommand
  | LifecycleCommand
  | { name: 'deadlines' }
  | FactsCommand
  | FactsFormCommand
  | FactsShowCommand
  | NotifiedCommand
  | DecisionCommand
  | RoleCommand
  | { name: 'why'; regime: string }
  | { name: 'summary' };

/**
 * `saidBack`: how values typed loosely were read (a date without a zone, read in the person's), to be shown to them
 * with the answer. Present only when there is something to say.
 */
export type ParseResult =
  | { ok: true; command: IncidentCommand; saidBack?: string[] }
  | { ok: false; error: string; showUsage: boolean };

const NO_ARGUMENTS = new Set(['deadlines', 'summary']);

export interface ParseOptions {
  /** The person's IANA zone (Slack users.info `tz`): instants typed without a zone are read in it. */
  timeZone?: string;
}

/** `/incident …` text → a typed command, or the words to answer the person with. Never throws. */
export function parseIncidentCommand(sent: string, now: Date = new Date(), options: ParseOptions = {}): ParseResult {
  // `role` reads the person from the mention; everywhere else a mention is words the person typed (`@dana`).
  const text = /^\s*role(?:\s|$)/i.test(sent) ? sent : mentionsAsTyped(sent);
  const normalised = normaliseCommandText(text).trim();
  const [head = '', ...rest] = tokenize(normalised);
  const name = head.toLowerCase();
  const saidBack: string[] = [];
  const ctx: ReadingContext = { timeZone: options.timeZone ?? 'UTC', saidBack, subcommand: name };
  const ok = (command: IncidentCommand): ParseResult =>
    saidBack.length > 0 ? { ok: true, command, saidBack } : { ok: true, command };
  try {
    if (name === '' || name === 'help') return ok(parseHelp(rest));
    if (name === 'open') return ok(parseOpen(rest, now, ctx));
    // A decision is kept as typed: its dashes and quotes are the person's words, not flags.
    if (name === 'decision') return ok(parseDecision(text.trim().replace(/^\S+/, '')));
    if (name === 'role') return ok(parseRole(rest));
    if (name === 'notified') return ok(parseNotified(rest));
    if (name === 'facts') return ok(parseFactsSubcommand(rest, now, ctx));
    if (name === 'why') return ok(parseWhy(rest));
    // Titles and reasons are kept as typed (after the phone's dashes and quotes are undone).
    const after = normalised.replace(/^\S+/, '');
    if (name === 'severity') return ok(parseSeverity(rest));
    if (name === 'title') return ok(parseTitle(after));
    if (name === 'status') return ok(parseStatus(rest, normalised));
    if (name === 'close') return ok(parseClose(after));
    if (name === 'reopen') return ok(parseReopen(after));
    if (NO_ARGUMENTS.has(name)) {
      if (rest.length > 0) throw new UsageError(`\`${name}\` takes no arguments; got \`${rest.join(' ')}\`.`);
      return ok({ name } as IncidentCommand);
    }
    return {
      ok: false,
      error: `Unknown subcommand \`${head}\`.${didYouMean(name, SUBCOMMANDS)}`,
      showUsage: true,
    };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, error: error.message, showUsage: false };
    throw error;
  }
}

function parseHelp(rest: string[]): IncidentCommand {
  const [topic, ...extra] = rest.map((w) => w.toLowerCase());
  if (topic === undefined) return { name: 'help' };
  const known = SUBCOMMANDS.find((s) => s === topic);
  if (!known || extra.length > 0) {
    throw new UsageError(
      `\`help\` takes one subcommand: ${SUBCOMMANDS.map((s) => `\`${s}\``).join(', ')}; got \`${rest.join(' ')}\`.${didYouMean(topic, SUBCOMMANDS)}`,
    );
  }
  return { name: 'help', topic: known };
}

/** `why <regime>`: a regime id in any case (`HIPAA`, `us-ca`), or a place whose law it is ("California"). */
function parseWhy(rest: string[]): IncidentCommand {
  const typed = rest.join(' ').trim();
  if (!typed) throw new UsageError('`why` needs a regime, e.g. `/incident why hipaa` or `/incident why California`.');
  const regimes = catalogRegimes();
  const id = typed.toLowerCase();
  if (regimes.includes(id)) return { name: 'why', regime: id };
  const place = readPlace(typed);
  if (place.ok && regimes.includes(place.code.toLowerCase())) return { name: 'why', regime: place.code.toLowerCase() };
  if (!place.ok && place.kind === 'ambiguous') throw new UsageError(place.error);
  throw new UsageError(
    `\`${typed}\` is not a regime in the catalog.${didYouMean(id, regimes)} \`/incident help why\` says how regimes are named.`,
  );
}
