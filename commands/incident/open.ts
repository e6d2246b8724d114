import type { z } from 'zod';
import { INCIDENT_TITLE_MAX, SEVERITIES, type severitySchema } from '../../src/domain/incidents/incident';
import { TITLE_NEEDS_A_WORD, titleAsStored, titleHasWord } from '../../src/domain/incidents/title-words';
import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
import { type ReadingContext, readInstant, readNumber, readWord, readWords } from './flag-values';
import { readSeverity } from './lifecycle';
import { type FlagSpec, splitFlags, UsageError } from './tokenize';

const OPEN_FLAGS: FlagSpec = {
  severity: 'value',
  discovered: 'value',
  regimes: 'value',
  drill: 'switch',
  speed: 'value',
};

export interface OpenCommand {
  name: 'open';
  title: string;
  severity: z.infer<typeof severitySchema>;
  discoveredAt?: string;
  regimes: string[];
  drill: boolean;
  speed: number;
}

/**
 * `open` without a title: the declare modal, filled in with whatever flags were typed
 * (`/incident open --drill --speed 60` opens it with the drill ticked).
 */
export interface DeclareCommand {
  name: 'declare';
  prefill: {
    severity?: z.infer<typeof severitySchema>;
    discoveredAt?: string;
    regimes: string[];
    drill: boolean;
    speed?: number;
  };
}

/**
 * `open <title> [--severity sev1…sev4] [--discovered <instant>] [--regimes <id,…>] [--drill [--speed N]]`. Severity
 * defaults to sev1: a declared breach gets the full checklist until someone downgrades it.
 */
export function parseOpen(
  tokens: string[],
  now: Date,
  ctx: ReadingContext = { timeZone: 'UTC', saidBack: [], subcommand: 'open' },
): OpenCommand | DeclareCommand {
  const { words, flags } = splitFlags(tokens, OPEN_FLAGS, 'open');
  const title = words.join(' ').trim();
  if (title && !titleHasWord(titleAsStored(title))) {
    throw new UsageError(`${TITLE_NEEDS_A_WORD} \`/incident open\` alone opens the declare form.`);
  }
  if (title.length > INCIDENT_TITLE_MAX) {
    throw new UsageError(`The title is ${title.length} characters; keep it within ${INCIDENT_TITLE_MAX}.`);
  }
  const text = (flag: string): string | undefined => {
    const v = flags.get(flag);
    return typeof v === 'string' ? v : undefined;
  };
  const severity = text('severity');
  const discovered = text('discovered');
  const regimes = text('regimes');
  const speed = text('speed');
  const drill = flags.get('drill') === true;
  if (speed !== undefined && !drill) throw new UsageError('`--speed` only applies to a drill (add `--drill`).');
  const read = {
    ...(severity !== undefined
      ? {
          severity: readWord('severity', readSeverity(severity) ?? severity, SEVERITIES, 'severity', ctx),
        }
      : {}),
    ...(discovered !== undefined ? { discoveredAt: readInstant('discovered', discovered, now, ctx) } : {}),
    regimes: regimes === undefined ? [] : readWords('regimes', regimes, catalogRegimes(), 'regime', ctx),
    drill,
    ...(speed !== undefined ? { speed: readNumber('speed', speed, 1, 10_000) } : {}),
  };
  if (!title) return { name: 'declare', prefill: read };
  return { name: 'open', title, ...read, severity: read.severity ?? 'sev1', speed: read.speed ?? 1 };
}
