import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeObligations, parseFacts } from '../src/domain/regulations/engine';

const RUNS = 1_000;
const WARMUP = 50;

/** From bench/ in the source tree and from dist/bench/ once compiled. */
function exampleFacts(name: string): unknown {
  const candidates = [
    resolve(__dirname, `../examples/${name}.json`),
    resolve(__dirname, `../../examples/${name}.json`),
  ];
  for (const path of candidates) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      // try the next location
    }
  }
  throw new Error(`examples/${name}.json not found (looked in ${candidates.join(', ')})`);
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function measure(name: string): { median: number; p95: number; obligations: number } {
  const parsed = parseFacts(exampleFacts(name));
  if (!parsed.ok) throw new Error(`examples/${name}.json is invalid: ${parsed.errors.join('; ')}`);
  const facts = parsed.facts;
  let obligations = 0;
  for (let i = 0; i < WARMUP; i += 1) obligations = computeObligations(facts).length;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    obligations = computeObligations(facts).length;
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: median(samples), p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, obligations };
}

const round3 = (n: number): number => Number(n.toFixed(3));

/**
 * Computing every obligation over the whole catalog for incidents with people in all 54 US jurisdictions:
 * the Mr. Cooper facts of October 2023, and the same servicer today (more federal and investor rules in force).
 * Median and 95th percentile of 1,000 runs each, after a warm-up.
 */
export async function runDeadlinesBench(): Promise<Record<string, number>> {
  const mrCooper = measure('mr-cooper');
  const today = measure('mortgage-servicer-2026');
  return {
    deadlines_mr_cooper_median_ms: round3(mrCooper.median),
    deadlines_mr_cooper_p95_ms: round3(mrCooper.p95),
    deadlines_mr_cooper_obligations: mrCooper.obligations,
    deadlines_servicer_2026_median_ms: round3(today.median),
    deadlines_servicer_2026_p95_ms: round3(today.p95),
    deadlines_servicer_2026_obligations: today.obligations,
    deadlines_runs: RUNS,
  };
}

if (require.main === module) {
  runDeadlinesBench().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
