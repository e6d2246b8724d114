import { z } from 'zod';
import type { JurisdictionCode } from '../../src/domain/regulations/jurisdiction-code';
import { readCount, readPlace } from '../../src/domain/regulations/jurisdiction-names';
import { beforeRecordablePast, RECORDABLE_PAST_YEARS } from '../../src/domain/time/recordable-past';
import { readTypedInstant } from '../../src/domain/time/typed-instant';
import { didYouMean } from '../../src/domain/words/did-you-mean';
import { UsageError } from './tokenize';

/**
 * Flag values as people type them, each read with its own words when it is wrong: in any case (`SSN`, `SEV1`,
 * `GDPR`), lists with or without spaces after the commas, counts with thousands separators, places by code or
 * name, instants with a zone or in the person's own. A wrong value is named with the closest right ones and a
 * pointer to `/incident help <subcommand>`, never a dump of every option.
 */

/** What a reader needs to know about the person typing: their zone, and where to say back a reading. */
export interface ReadingContext {
  timeZone: string;
  saidBack: string[];
  subcommand: string;
}

const helpPointer = (ctx: ReadingContext) => `\`/incident help ${ctx.subcommand}\` lists them.`;

/** Comma- (or semicolon-) separated items, spaces around them ignored. */
export function readList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A vocabulary word in any case, with spaces or hyphens for underscores (`Bank-Account`, `drivers license`). */
export function readWord<T extends string>(
  flag: string,
  typed: string,
  known: readonly T[],
  noun: string,
  ctx: ReadingContext,
  synonyms: Record<string, T> = {},
): T {
  const folded = typed
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const exact = known.find((k) => k.toLowerCase() === folded || k.toLowerCase().replace(/-/g, '_') === folded);
  if (exact) return exact;
  const synonym = synonyms[folded];
  const hint = synonym ? ` Did you mean \`${synonym}\`?` : didYouMean(folded, known);
  throw new UsageError(`\`--${flag}\`: unknown ${noun} \`${typed.trim()}\`.${hint} ${helpPointer(ctx)}`);
}

export function readWords<T extends string>(
  flag: string,
  value: string,
  known: readonly T[],
  noun: string,
  ctx: ReadingContext,
  synonyms: Record<string, T> = {},
): T[] {
  const items = readList(value);
  if (items.length === 0) throw new UsageError(`\`--${flag}\` needs at least one ${noun}. ${helpPointer(ctx)}`);
  return [...new Set(items.map((item) => readWord(flag, item, known, noun, ctx, synonyms)))];
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

/** yes / no, also true / false (people type both), in any case. */
export function readYesNo(flag: string, typed: string): boolean {
  const t = typed.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  throw new UsageError(`\`--${flag}\` must be yes or no; got \`${typed.trim()}\`.`);
}

/**
 * An instant, said back when it was read in the person's zone; never years back (recordable-past.ts), nor in the
 * future unless `mayLieAhead` (an end the law-enforcement request states).
 */
export function readInstant(
  flag: string,
  typed: string,
  now: Date,
  ctx: ReadingContext,
  options: { mayLieAhead?: boolean } = {},
): string {
  const reading = readTypedInstant(typed, ctx.timeZone);
  if (!reading.ok) throw new UsageError(`\`--${flag}\` ${reading.error}; got \`${typed.trim()}\`.`);
  if (!options.mayLieAhead && Date.parse(reading.iso) > now.getTime()) {
    throw new UsageError(`\`--${flag}\` cannot lie in the future; got \`${typed.trim()}\`.`);
  }
  if (beforeRecordablePast(new Date(reading.iso), now)) {
    throw new UsageError(
      `\`--${flag}\` lies more than ${RECORDABLE_PAST_YEARS} years back (${reading.iso.slice(0, 10)}); got \`${typed.trim()}\`. Check the year.`,
    );
  }
  if (reading.saidBack) ctx.saidBack.push(`\`--${flag}\`: ${reading.saidBack}.`);
  return reading.iso;
}

/** One place, by code or name; an ambiguous or unknown one refused with its readings. */
export function readPlaceFlag(flag: string, typed: string): JurisdictionCode {
  const place = readPlace(typed);
  if (!place.ok) throw new UsageError(`\`--${flag}\` ${place.error}`);
  return place.code;
}

/**
 * `US-CA=1200, Texas=12, Germany 40, California: 1,749,623`: a place and a count per entry. Entries are split at
 * a comma or semicolon followed by a letter, so the commas inside a count (`1,749,623`) stay with it.
 */
export function readAffected(flag: string, value: string): [JurisdictionCode, number][] {
  const entries = value
    .split(/\s*[,;]\s*(?=[^\d\s,;])/)
    .map((e) => e.trim().replace(/[,;]$/, ''))
    .filter(Boolean);
  if (entries.length === 0) throw new UsageError(`\`--${flag}\` needs entries like \`US-CA=1200\`.`);
  return entries.map((entry) => {
    const m = /^(.+?)\s*(?:=|:|\s)\s*(-?\d[\d,_ .’'\u00a0\u202f]*)$/u.exec(entry);
    if (!m?.[1] || !m[2]) {
      throw new UsageError(
        `\`--${flag}\` entries look like \`US-CA=1200\` or \`California 1,749,623\`; got \`${entry}\`.`,
      );
    }
    const count = readCount(m[2]);
    if (count === null) {
      throw new UsageError(
        `\`--${flag}\`: \`${m[2].trim()}\` is not a count of people (whole number, e.g. 1749623 or 1,749,623); got \`${entry}\`.`,
      );
    }
    return [readPlaceFlag(flag, m[1]), count];
  });
}

/** A number in a range. */
export function readNumber(flag: string, typed: string, min: number, max: number): number {
  const n = z.coerce.number().safeParse(typed.trim().replace(/[,_]/g, ''));
  if (!n.success || Number.isNaN(n.data)) throw new UsageError(`\`--${flag}\` must be a number; got \`${typed}\`.`);
  if (n.data < min) throw new UsageError(`\`--${flag}\` must be at least ${min}; got \`${typed}\`.`);
  if (n.data > max) throw new UsageError(`\`--${flag}\` must be at most ${max}; got \`${typed}\`.`);
  return n.data;
}

export const commaList = z.string().transform(readList);

/** Parses flag values with a zod schema whose keys are the flag names, and words the first issue for a person. */
export function parseFlags<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new UsageError('Invalid input.');
  const [flag, ...rest] = issue.path.map(String);
  const got = flag !== undefined ? values[flag] : undefined;
  const where = flag ? `\`--${flag}\`${rest.length ? ` (${rest.join('.')})` : ''}` : 'The command';
  const shown = typeof got === 'string' ? `; got \`${got}\`` : '';
  throw new UsageError(`${where} ${issue.message}${shown}.`);
}
