/**
 * "Did you mean": the known words closest to a mistyped one. Close means a small edit distance (`hippa` → `hipaa`,
 * `opne` → `open`) or a shared word part (`bank_account` → `financial_account`), so that a person who guessed a
 * name from its meaning is pointed at the one the bot uses.
 */

/** Levenshtein distance with adjacent transpositions counted as one edit (`opne` → `open`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

const fold = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '_');
const parts = (s: string) =>
  fold(s)
    .split('_')
    .filter((p) => p.length >= 3);

/**
 * Up to `max` of `known` closest to `typed`: within an edit distance of a third of the word (at least 2), else
 * sharing a word part of three letters or more; the closest first.
 */
export function closestWords(typed: string, known: readonly string[], max = 3): string[] {
  const t = fold(typed);
  if (!t) return [];
  const limit = Math.max(2, Math.floor(t.length / 3));
  const byDistance = known
    .map((word) => ({ word, distance: editDistance(t, fold(word)) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
    .map((c) => c.word);
  if (byDistance.length > 0) return byDistance.slice(0, max);
  const typedParts = new Set(parts(t));
  return known.filter((word) => parts(word).some((p) => typedParts.has(p))).slice(0, max);
}

/** " Did you mean `a` or `b`?", or nothing when no known word is close. */
export function didYouMean(
  typed: string,
  known: readonly string[],
  show: (word: string) => string = (w) => `\`${w}\``,
): string {
  const close = closestWords(typed, known);
  if (close.length === 0) return '';
  const shown = close.map(show);
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
  return ` Did you mean ${list}?`;
}
