import type { JurisdictionCode } from '../../src/domain/regulations/jurisdiction-code';
import { jurisdictionName, readCount, readPlace } from '../../src/domain/regulations/jurisdiction-names';

/**
 * People affected as pasted into the facts form: one place and its count a line ("California 1,749,623",
 * "US-TX 1200", "Germany: 40", "US-NY=3", a spreadsheet's "Texas<tab>12"), read by the same rules as
 * `--affected` (places by code or name, counts with separators, a bare code that is both a US state and a
 * country refused with both readings). Every bad line gets its own error, with its number and text, so the
 * person fixes them all at once.
 */

export interface LineProblem {
  /** 1-based, as the person counts the lines they pasted. */
  line: number;
  text: string;
  error: string;
}

export type AffectedLines =
  | { ok: true; affected: [JurisdictionCode, number][] }
  | { ok: false; problems: LineProblem[] };

// The place and its count, separated by `=`, `:`, spaces, or a dash with spaces round it ("California – 1,749,623",
// and what a phone makes of "California - 1,749,623"); a dash touching the digits stays a minus sign.
const ENTRY = /^(.+?)\s*(?:=|:|\s[-‐‑–—]\s|\s)\s*(-?\d[\d,_ .’'\u00a0\u202f]*)$/u;
/** Quotes round a place, straight or curly: `"New York" 40`, `“New York” 40`. */
const QUOTED = /^["'“”„‘’«»]+|["'“”„‘’«»]+$/gu;

/** One entry: a place and a count, or why not (without the entry itself, which the caller quotes). */
function readEntry(entry: string): { ok: true; code: JurisdictionCode; count: number } | { ok: false; error: string } {
  const m = ENTRY.exec(entry);
  if (!m?.[1] || !m[2]) {
    return { ok: false, error: 'write a place and a count, e.g. `California 1,749,623` or `US-TX 1200`' };
  }
  const count = readCount(m[2]);
  if (count === null) {
    return {
      ok: false,
      error: `\`${m[2].trim()}\` is not a count of people (a whole number, e.g. 1749623 or 1,749,623)`,
    };
  }
  const place = readPlace(m[1].replace(QUOTED, '').trim());
  // readPlace's words start with the place in backticks ("`CA`: did you mean …"); the line is quoted instead.
  if (!place.ok) return { ok: false, error: place.error.replace(/^`[^`]*`:?\s*/, '') };
  return { ok: true, code: place.code, count };
}

export function readAffectedLines(text: string): AffectedLines {
  const affected = new Map<JurisdictionCode, { count: number; line: number }>();
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    // Bullets and trailing separators from a pasted list.
    const cleaned = raw
      .trim()
      .replace(/^[•*·‐‑–—-]\s+/, '')
      .replace(/[,;]+$/, '')
      .trim();
    if (!cleaned) return;
    // Several entries on one line, split as `--affected` splits them (the commas inside 1,749,623 stay).
    const entries = cleaned.split(/\s*[,;]\s*(?=[^\d\s,;])/).filter(Boolean);
    for (const entry of entries) {
      const read = readEntry(entry.trim());
      if (!read.ok) {
        problems.push({ line, text: raw.trim(), error: read.error });
        return;
      }
      const earlier = affected.get(read.code);
      if (earlier) {
        problems.push({
          line,
          text: raw.trim(),
          error: `${read.code} (${jurisdictionName(read.code)}) is already on line ${earlier.line}; give each place once`,
        });
        return;
      }
      affected.set(read.code, { count: read.count, line });
    }
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, affected: [...affected].map(([code, { count }]) => [code, count]) };
}

/** The problems as one message: the first `max` lines, the rest counted. */
export function describeLineProblems(problems: readonly LineProblem[], max = 5): string {
  const shown = problems.slice(0, max).map((p) => `line ${p.line} \`${p.text.slice(0, 60)}\`: ${p.error}`);
  const more = problems.length > max ? ` (and ${problems.length - max} more line(s))` : '';
  return `${shown.join('; ')}${more}.`;
}

/** The stored counts as lines for the form: one place a line, by name where the name reads back to the code. */
export function affectedAsLines(affected: Partial<Record<JurisdictionCode, number>>): string {
  return Object.entries(affected)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${placeWords(code as JurisdictionCode)} ${(n ?? 0).toLocaleString('en-US')}`)
    .join('\n');
}

/** A place's name when reading that name back gives the same code ("California"), else its code ("US-GA"). */
function placeWords(code: JurisdictionCode): string {
  const name = jurisdictionName(code);
  const back = readPlace(name);
  return back.ok && back.code === code ? name : code;
}

/**
 * A place as a command would type it: its code when the code reads back as itself (`US-CA`, `FR`), else its name
 * (`CA` alone is refused as California or Canada, so Canada is written `Canada`).
 */
export function placeAsTyped(code: JurisdictionCode): string {
  const back = readPlace(code);
  return back.ok && back.code === code ? code : placeWords(code);
}
