import { didYouMean } from '../src/domain/words/did-you-mean';

export type BenchSelection<T> = { ok: true; chosen: T[] } | { ok: false; error: string };

/**
 * The benches `npm run bench -- <name> …` asks for, in the usual order; every one when none is named. A name
 * that is no bench is refused with the closest names, so a typo never passes for a bench that ran and measured
 * nothing.
 */
export function selectBenches<T extends readonly [string, ...unknown[]]>(
  benches: readonly T[],
  requested: readonly string[],
): BenchSelection<T> {
  const names = benches.map(([name]) => name);
  const unknown = requested.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    const problems = unknown.map((name) => `No bench named \`${name}\`.${didYouMean(name, names)}`);
    return { ok: false, error: `${problems.join(' ')} The benches: ${names.join(', ')}.` };
  }
  if (requested.length === 0) return { ok: true, chosen: [...benches] };
  return { ok: true, chosen: benches.filter(([name]) => requested.includes(name)) };
}
