import { resolve } from 'node:path';
import { catalogRegimes, computeWithCatalog } from '../../src/domain/obligations/catalog-engine';
import { parseFacts } from '../../src/domain/regulations/facts-parsing';
import type { BotLog } from '../../src/runtime/log';
import { ObligationThreadError, ObligationThreads } from '../../src/runtime/obligation-threads';
import { mrCooper } from '../support/mr-cooper';
import { compiled } from './compiled-build';

/**
 * Issue 9: the bot computes obligations on worker threads (OBLIGATION_THREADS) so a Mr. Cooper-sized open does
 * not stall its acknowledgements. The deadlines people are shown must be the engine's, exactly: the compiled
 * thread (as `npm start` runs it) gives what the inline engine gives, and an answer that is not obligations is
 * refused rather than stored and posted.
 */
const logged: string[] = [];
const log: BotLog = {
  info: () => undefined,
  warn: () => undefined,
  error: (event) => {
    logged.push(event);
  },
};

let pool: ObligationThreads | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
  logged.length = 0;
});

function mrCooperFacts() {
  const parsed = parseFacts(mrCooper);
  if (!parsed.ok) throw new Error(`examples/mr-cooper.json does not parse: ${JSON.stringify(parsed)}`);
  return parsed.facts;
}

test('the Mr. Cooper facts: the threads give the inline engine’s obligations, for 30 computations at once', async () => {
  pool = new ObligationThreads(2, { log, script: compiled('src/runtime/obligation-thread.js') });
  const facts = mrCooperFacts();
  const regimes = catalogRegimes().slice(0, 20);
  const cases: [string, readonly string[]][] = [
    ['no regimes named', []],
    ['20 regimes named', regimes],
  ];
  for (const [, named] of cases) {
    const inline = computeWithCatalog(facts, named);
    expect(inline.length).toBeGreaterThan(100);
    const threaded = await Promise.all(Array.from({ length: 30 }, () => pool?.compute(facts, named)));
    for (const result of threaded) expect(result).toEqual(inline);
  }
  expect(logged).toEqual([]);
});

test('facts a thread cannot read fail that computation alone, and the thread goes on', async () => {
  pool = new ObligationThreads(1, { log, script: compiled('src/runtime/obligation-thread.js') });
  const facts = mrCooperFacts();
  // Not facts: the thread refuses them by their schema before the engine sees them.
  await expect(pool.compute({ ...facts, discoveredAt: 'yesterday' }, [])).rejects.toThrow(/facts and regimes/);
  await expect(pool.compute(facts, [])).resolves.toEqual(computeWithCatalog(facts, []));
});

test('a thread answering something other than obligations is refused, never passed on as deadlines', async () => {
  pool = new ObligationThreads(1, { log, script: resolve(__dirname, 'fixtures/lying-obligation-thread.js') });
  await expect(pool.compute(mrCooperFacts(), [])).rejects.toThrow(ObligationThreadError);
  await expect(pool.compute(mrCooperFacts(), [])).rejects.toThrow(/answered something other than obligations/);
  expect(logged).toEqual(['obligation_thread_failed', 'obligation_thread_failed']);
});
