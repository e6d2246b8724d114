import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
import { factsPatchSchema } from '../../src/domain/obligations/facts-patch';
import type { Facts } from '../../src/domain/regulations/facts';
import { openIncident } from '../../src/flows/open-incident';
import type { ObligationsComputing } from '../../src/flows/ports/obligations-computing';
import { updateFacts } from '../../src/flows/update-facts';
import { ObligationThreads } from '../../src/runtime/obligation-threads';
import { compiled } from '../process/compiled-build';
import { mrCooper } from '../support/mr-cooper';
import { FlowHarness, silentLog } from './flow-harness';

/**
 * Issue 9: the acts ask the deadline engine through `ctx.obligations` (worker threads in the bot), so a
 * Mr. Cooper-sized open or facts change does not stall every acknowledgement behind it. What a person sees
 * must not depend on where it was computed: the same deadlines are stored and posted, and a thread's answer
 * that is not obligations is refused (the channel is told they could not be computed), never posted.
 */
const h = new FlowHarness(`test-obligations-off-loop-${process.pid}`);
const threads: ObligationThreads[] = [];
afterAll(async () => {
  await Promise.all(threads.map((t) => t.close()));
  await h.close();
});
beforeEach(async () => {
  h.restart();
  await h.wipe();
  h.chat.clear();
  delete h.ctx.obligations;
});

/** The threads, counting what the acts asked of them. */
function threadPort(script: string): { port: ObligationsComputing; asked: Facts[] } {
  const pool = new ObligationThreads(2, { log: silentLog, script });
  threads.push(pool);
  const asked: Facts[] = [];
  return {
    asked,
    port: {
      compute: (facts, regimes) => {
        asked.push(facts);
        return pool.compute(facts, regimes);
      },
    },
  };
}

const mrCooperPatch = factsPatchSchema.parse({
  dataTypes: mrCooper.dataTypes,
  entityTypes: mrCooper.entityTypes,
  affected: mrCooper.affected,
  judgments: mrCooper.judgments,
  encrypted: false,
});

/** Opens with 20 regimes named, then records the Mr. Cooper facts: what was stored and announced each time. */
async function openThenMrCooper() {
  const { incident, deadlines } = await openIncident(h.ctx, {
    title: 'Mortgage servicer breach',
    severity: 'sev1',
    regimes: [...catalogRegimes().slice(0, 20)],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
  });
  const atOpen = await h.ctx.deadlines.get(incident.id);
  await updateFacts(h.ctx, { userId: 'UALICE', channelId: incident.channelId }, mrCooperPatch);
  const afterFacts = await h.ctx.deadlines.get(incident.id);
  const strip = (s: typeof atOpen) => (s ? { facts: s.facts, obligations: s.obligations } : null);
  return { deadlines, atOpen: strip(atOpen), afterFacts: strip(afterFacts), told: h.chat.kinds() };
}

test('an open naming 20 regimes, then the Mr. Cooper facts: on threads, the same deadlines stored and posted as inline', async () => {
  const inline = await openThenMrCooper();
  expect(inline.atOpen?.obligations.length).toBeGreaterThan(100);
  expect(inline.afterFacts?.obligations.length).toBeGreaterThan(inline.atOpen?.obligations.length ?? 0);

  await h.wipe();
  h.chat.clear();
  const { port, asked } = threadPort(compiled('src/runtime/obligation-thread.js'));
  h.ctx.obligations = port;
  const threaded = await openThenMrCooper();
  // Both computations went to the threads: at open, and for the facts change.
  expect(asked).toHaveLength(2);
  expect(threaded).toEqual(inline);
});

test('a thread answering something other than obligations: the open finishes, the channel is told they could not be computed', async () => {
  const { port, asked } = threadPort(`${__dirname}/../process/fixtures/lying-obligation-thread.js`);
  h.ctx.obligations = port;
  const { incident, deadlines } = await openIncident(h.ctx, {
    title: 'Mortgage servicer breach',
    severity: 'sev1',
    regimes: ['gdpr'],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
  });
  expect(asked).toHaveLength(1);
  expect(deadlines).toBeNull();
  expect(h.chat.kinds()).toContain('obligations_failed');
  expect(h.chat.kinds()).not.toContain('obligations_at_open');
  expect(await h.ctx.deadlines.get(incident.id)).toBeNull();
});
