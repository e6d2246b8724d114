import { verifyChain } from '../../src/domain/timeline/hash-chain';
import { FlowHarness } from './flow-harness';

/**
 * The harness's own crash, checked: a cut that falls inside a pipeline or a MULTI (which ioredis writes to
 * Redis in one go) fails the act at once, as a cut anywhere else does, sends none of the batch, and leaves the
 * connection answering each later command with its own reply. A crash test that hangs instead says nothing.
 * The short timeouts are the point: a pipeline left waiting for replies never settles.
 */
const h = new FlowHarness(`test-flow-harness-crash-${process.pid}`);
afterAll(() => h.close());
beforeEach(async () => {
  h.revive();
  await h.wipe();
});

const entry = (n: number) => ({
  kind: 'decision' as const,
  actor: 'UALICE',
  at: new Date(Date.UTC(2026, 11, 1, 12, 0, n)).toISOString(),
  summary: `decision ${n}`,
});

describe('crashAfter', () => {
  test('a cut between the two reads of a timeline append (one pipeline) rejects the append', async () => {
    await h.ctx.timeline.append('INC-1', entry(1));
    // An append sends its pipeline (LLEN, LINDEX) then its script: cut after the LLEN.
    h.crashAfter(1);
    await expect(h.ctx.timeline.append('INC-1', entry(2))).rejects.toThrow('simulated crash');
    // Nothing after the cut goes out either.
    await expect(h.redis.get(`${h.prefix}:probe`)).rejects.toThrow('simulated crash');
    h.revive();

    await h.ctx.timeline.append('INC-1', entry(3));
    const entries = await h.ctx.timeline.entries('INC-1');
    expect(entries.map((e) => e.summary)).toEqual(['decision 1', 'decision 3']);
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 2 });
  }, 3_000);

  test('a cut inside a MULTI rejects it, writes none of it and leaves no transaction open', async () => {
    const a = `${h.prefix}:a`;
    const b = `${h.prefix}:b`;
    h.crashAfter(2); // MULTI and the first SET fit; the second SET does not
    await expect(h.redis.multi().set(a, '1').set(b, '1').exec()).rejects.toThrow('simulated crash');
    h.revive();

    // Each reply to its own command: a connection left inside MULTI would answer QUEUED.
    expect(await h.redis.set(a, '2')).toBe('OK');
    expect(await h.redis.mget(a, b)).toEqual(['2', null]);
  }, 3_000);

  test('a pipeline wholly before the cut is sent and counted command by command', async () => {
    const key = `${h.prefix}:c`;
    h.countCommands();
    await h.redis.pipeline().set(key, '1').get(key).exec();
    expect(h.commandsSent).toBe(2);
    h.crashAfter(2);
    expect(await h.redis.pipeline().incr(key).incr(key).exec()).toEqual([
      [null, 2],
      [null, 3],
    ]);
    await expect(h.redis.incr(key)).rejects.toThrow('simulated crash');
    h.revive();
    expect(await h.redis.get(key)).toBe('3');
  }, 3_000);
});
