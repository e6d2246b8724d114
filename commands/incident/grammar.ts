import { type DecisionCommand, parseDecision } from './decision';
import { type FactsCommand, parseFactsCommand } from './facts';
import { type NotifiedCommand, parseNotified } from './notified';
import { type OpenCommand, parseOpen } from './open';
import { parseRole, type RoleCommand } from './role';
import { tokenize, UsageError } from './tokenize';

export type IncidentCommand =
  | { name: 'help' }
  | OpenCommand
  | { name: 'status' }
  | { name: 'deadlines' }
  | FactsCommand
  | NotifiedCommand
  | DecisionCommand
  | RoleCommand
  | { name: 'summary' }
  | { name: 'close' };

export type ParseResult = { ok: true; command: IncidentCommand } | { ok: false; error: string; showUsage: boolean };

const NO_ARGUMENTS = new Set(['status', 'deadlines', 'summary', 'close']);

/** `/incident …` text → a typed command, or the words to answer the person with. Never throws. */
export function parseIncidentCommand(text: string, now: Date = new Date()): ParseResult {
  const trimmed = text.trim();
  const [head = '', ...rest] = tokenize(trimmed);
  const name = head.toLowerCase();
  try {
    if (name === '' || name === 'help') return { ok: true, command: { name: 'help' } };
    if (name === 'open') return { ok: true, command: parseOpen(rest, now) };
    if (name === 'decision') return { ok: true, command: parseDecision(trimmed.slice(head.length)) };
    if (name === 'role') return { ok: true, command: parseRole(rest) };
    if (name === 'notified') return { ok: true, command: parseNotified(rest) };
    if (name === 'facts') return { ok: true, command: parseFactsCommand(rest, now) };
    if (NO_ARGUMENTS.has(name)) {
      if (rest.length > 0) throw new UsageError(`\`${name}\` takes no arguments; got \`${rest.join(' ')}\`.`);
      return { ok: true, command: { name } as IncidentCommand };
    }
    return { ok: false, error: `Unknown subcommand \`${head}\`.`, showUsage: true };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, error: error.message, showUsage: false };
    throw error;
  }
}
