/**
 * Splits slash-command text into words. Double quotes group words (Slack clients turn them into curly
 * quotes, so those count too); Slack's escaped mentions such as `<@U123|ana>` stay one word.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /[“"]([^”"]*)[”"]|(\S+)/g;
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
 * Separates `--flag value` pairs from the other words. Unknown and repeated flags are errors, never
 * ignored: a mistyped `--severty` must not silently open a sev1 with the default.
 */
export function splitFlags(tokens: string[], spec: FlagSpec, subcommand: string): SplitArgs {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  const known =
    Object.keys(spec)
      .map((f) => `--${f}`)
      .join(', ') || 'none';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (!token.startsWith('--') || token === '--') {
      words.push(token);
      continue;
    }
    const [rawName, inlineValue] = splitInline(token.slice(2));
    const kind = spec[rawName];
    if (!kind) throw new UsageError(`Unknown flag \`--${rawName}\` for \`${subcommand}\`. Flags: ${known}.`);
    if (flags.has(rawName)) throw new UsageError(`\`--${rawName}\` is given twice.`);
    if (kind === 'switch') {
      if (inlineValue !== undefined) throw new UsageError(`\`--${rawName}\` takes no value.`);
      flags.set(rawName, true);
      continue;
    }
    const value = inlineValue ?? tokens[i + 1];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
      throw new UsageError(`\`--${rawName}\` needs a value.`);
    }
    if (inlineValue === undefined) i += 1;
    flags.set(rawName, value);
  }
  return { words, flags };
}

function splitInline(flag: string): [string, string | undefined] {
  const eq = flag.indexOf('=');
  return eq === -1 ? [flag, undefined] : [flag.slice(0, eq), flag.slice(eq + 1)];
}
