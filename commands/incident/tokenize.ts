import { didYouMean } from '../../src/domain/words/did-you-mean';

/**
 * Splits slash-command text (already normalised: normalise.ts) into words. Double quotes group words; Slack's
 * escaped mentions such as `<@U123|ana>` stay one word.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    tokens.push(match[1] ?? match[2] ?? '');
  }
  return tokens;
}

export interface SplitArgs {
  words: string[];
  flags: Map<string, string | true>;
}

export type FlagSpec = Record<string, 'value' | 'switch'>;

export class UsageError extends Error {}

/**
 * How a flag's value may run on over the following words:
 *   - 'all': every word up to the next flag (a subcommand that takes no words: `--affected New York=40, Texas=12`);
 *   - 'lists': only across a comma (`--regimes gdpr, us-ca`), or a time after a date (`--discovered 2026-11-02 09:30`),
 *     because the other words are the title.
 */
export type Continuation = 'all' | 'lists';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** `--name`, or `-name` when it names one of the subcommand's flags (a single dash is a common slip). */
function flagName(token: string, spec: FlagSpec): string | null {
  if (token.startsWith('--') && token.length > 2) return token.slice(2);
  if (/^-\p{L}/u.test(token)) {
    const name = token.slice(1).split('=')[0]?.toLowerCase() ?? '';
    return spec[name] ? token.slice(1) : null;
  }
  return null;
}

/**
 * Separates `--flag value` pairs from the other words. Unknown and repeated flags are errors, never ignored: a
 * mistyped `--severty` must not silently open a sev1 with the default. Flag names are read in any case.
 */
export function splitFlags(
  tokens: string[],
  spec: FlagSpec,
  subcommand: string,
  continuation: Continuation = 'lists',
): SplitArgs {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  let last: string | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    const named = flagName(token, spec);
    if (named === null) {
      const value = last !== null ? flags.get(last) : undefined;
      if (last !== null && typeof value === 'string' && runsOn(value, token, continuation)) {
        flags.set(last, `${value} ${token}`);
        continue;
      }
      last = null;
      words.push(token);
      continue;
    }
    const [typedName, inlineValue] = splitInline(named);
    const rawName = typedName.toLowerCase();
    const kind = spec[rawName];
    if (!kind) {
      const hint = didYouMean(rawName, Object.keys(spec), (f) => `\`--${f}\``);
      throw new UsageError(
        `Unknown flag \`--${typedName}\` for \`${subcommand}\`.${hint} \`/incident help ${subcommand}\` lists its flags.`,
      );
    }
    if (flags.has(rawName)) throw new UsageError(`\`--${rawName}\` is given twice.`);
    if (kind === 'switch') {
      if (inlineValue !== undefined) throw new UsageError(`\`--${rawName}\` takes no value.`);
      flags.set(rawName, true);
      last = null;
      continue;
    }
    const next = tokens[i + 1];
    const value = inlineValue ?? next;
    if (value === undefined || (inlineValue === undefined && next !== undefined && flagName(next, spec) !== null)) {
      throw new UsageError(`\`--${rawName}\` needs a value. \`/incident help ${subcommand}\` shows its values.`);
    }
    if (inlineValue === undefined) i += 1;
    flags.set(rawName, value);
    last = rawName;
  }
  return { words, flags };
}

function runsOn(value: string, next: string, continuation: Continuation): boolean {
  if (continuation === 'all') return true;
  return value.endsWith(',') || next.startsWith(',') || (DATE_ONLY.test(value) && TIME_OF_DAY.test(next));
}

function splitInline(flag: string): [string, string | undefined] {
  const eq = flag.indexOf('=');
  return eq === -1 ? [flag, undefined] : [flag.slice(0, eq), flag.slice(eq + 1)];
}
