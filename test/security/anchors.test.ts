import { runVerify } from '../../src/cli/verify-command';
import type { Incident } from '../../src/domain/incidents/incident';
import { ANCHOR_EVENT_TYPE } from '../../src/domain/timeline/anchor';
import { entryHash } from '../../src/domain/timeline/hash-chain';
import type { TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { RedisKeys } from '../../src/store/keys';
import { openIncidentThroughSlack, runCommand, useTestBot } from '../integration/test-bot';
import { expectDrained } from '../support/expect-drained';
import { type ApiCall, DEFAULT_BOT_TOKEN } from '../support/slack-simulator';

/**
 * Issue 10, item 6: the bot anchors the timeline in the incident channel (message metadata), and `breachbot
 * verify` with a bot token compares Redis's chain with every anchor: each tampering the issue names, which
 * the Redis-internal check alone let pass, now fails.
 */
const { prefix, redis, sim, t } = useTestBot({
  name: 'test-anchors',
  env: { REMINDER_WORKER: 'off', TIMELINE_ANCHOR_DEBOUNCE_MS: '50' },
});
const keys = new RedisKeys(prefix);
let incident: Incident;

const command = (text: string) => runCommand(t, { user_id: 'UALICE', channel_id: incident.channelId, text });

async function verify(withToken: boolean, ...extra: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runVerify([incident.id, ...extra], {
    env: {
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      ...(withToken ? { SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN, SLACK_API_URL: sim.apiUrl } : {}),
    },
    stdout: (s) => (out += s),
    stderr: (s) => (out += s),
  });
  return { code, out };
}

const isAnchorCall = (c: ApiCall) =>
  (c.args.metadata as { event_type?: string } | undefined)?.event_type === ANCHOR_EVENT_TYPE;
const anchorPayload = (c: ApiCall) =>
  (c.args.metadata as { event_payload: { length: number; head_hash: string } }).event_payload;

/** Waits until the anchor message carries the chain's current length (the debounced job ran). */
async function anchoredNow(): Promise<void> {
  const length = await t.bot.ctx.timeline.length(incident.id);
  const matches = (c: ApiCall) => c.response.ok === true && isAnchorCall(c) && anchorPayload(c).length === length;
  await Promise.race([
    sim.waitForCall('chat.update', matches),
    sim.waitForCall('chat.postMessage', (c) => matches(c) && !String(c.args.text).includes('summary')),
  ]);
}

/** The timeline keys as they are, to put back after each tampering. */
async function snapshot() {
  const [list, head, dedupe] = await Promise.all([
    redis.lrange(keys.timeline(incident.id), 0, -1),
    redis.get(keys.timelineHead(incident.id)),
    redis.hgetall(keys.timelineDedupe(incident.id)),
  ]);
  return async () => {
    await redis.del(keys.timeline(incident.id), keys.timelineHead(incident.id), keys.timelineDedupe(incident.id));
    await redis.rpush(keys.timeline(incident.id), ...list);
    if (head) await redis.set(keys.timelineHead(incident.id), head);
    if (Object.keys(dedupe).length) await redis.hset(keys.timelineDedupe(incident.id), dedupe);
  };
}

beforeAll(async () => {
  incident = await openIncidentThroughSlack(t, sim, 'Ransom note');
  await command('decision Do not pay ransom');
  await command('decision Engage outside counsel');
  await anchoredNow();
});

describe('anchors in Slack', () => {
  test('appends are anchored in one message, updated in place, carrying length and head hash', async () => {
    const posted = sim
      .calls('chat.postMessage')
      .filter((c) => isAnchorCall(c) && String(c.args.text).includes('Timeline anchor'));
    expect(posted).toHaveLength(1);
    const entries = await t.bot.ctx.timeline.entries(incident.id);
    const latest = [...sim.calls('chat.update'), ...posted].filter(isAnchorCall).sort((a, b) => b.seq - a.seq)[0]!;
    expect(anchorPayload(latest)).toEqual({
      incident_id: incident.id,
      length: entries.length,
      head_hash: entries[entries.length - 1]!.hash,
    });
  });

  test('verify with a token compares with the anchors; without one it says only the Redis check ran', async () => {
    const withToken = await verify(true);
    expect(withToken.code).toBe(0);
    expect(withToken.out).toMatch(/Anchors: the chain holds all \d+ anchored head\(s\)/);
    const without = await verify(false);
    expect(without.code).toBe(0);
    expect(without.out).toContain('Only the Redis-internal check ran');
  });

  test('the summary says which check it made, and is itself an anchor', async () => {
    const since = sim.mark();
    await command('summary');
    const summary = await sim.waitForCall(
      'chat.postMessage',
      (c) => JSON.stringify(c.args.blocks ?? '').includes('summary-integrity'),
      { since },
    );
    expect(JSON.stringify(summary.args.blocks)).toMatch(/Matches the \d+ anchor\(s\) posted in the incident channel/);
    expect(isAnchorCall(summary)).toBe(true);
    await anchoredNow();
  });

  test('the last entry and the head record deleted: verify fails', async () => {
    const restore = await snapshot();
    await redis.rpop(keys.timeline(incident.id));
    await redis.del(keys.timelineHead(incident.id), keys.timelineDedupe(incident.id));
    expect((await verify(false)).code).toBe(0); // what the issue found: Redis alone cannot tell
    const r = await verify(true);
    expect(r.code).toBe(1);
    expect(r.out).toContain('entries were removed');
    await restore();
  });

  test('the whole timeline deleted: verify fails', async () => {
    const restore = await snapshot();
    await redis.del(keys.timeline(incident.id), keys.timelineHead(incident.id), keys.timelineDedupe(incident.id));
    const r = await verify(true);
    expect(r.code).toBe(1);
    expect(r.out).toContain('it was deleted');
    // Even with the incident record gone too, naming the channel finds the anchors.
    const record = await redis.get(keys.incident(incident.id));
    await redis.del(keys.incident(incident.id));
    const gone = await verify(true, '--channel', incident.channelId);
    expect(gone.code).toBe(1);
    expect(gone.out).toContain('it was deleted');
    await redis.set(keys.incident(incident.id), record!);
    await restore();
    expect((await verify(true)).code).toBe(0);
  });

  test('a consistent rewrite (every hash recomputed) fails verify, and the bot does not overwrite the evidence', async () => {
    // The rewrite must reach an anchored entry: one after the last anchor is not protected (README, Security).
    await anchoredNow();
    // The anchor message as it stands: the evidence the rewrite must not be able to erase.
    const evidence = (JSON.parse((await redis.get(keys.anchor(incident.id))) ?? '{}') as { ts?: string }).ts;
    expect(evidence).toBeDefined();
    // From here on: an anchor job still pending from earlier appends may run during the rewrite, as may the one
    // the next append schedules; whichever sees the rewrite first must post anew, never update the evidence.
    const since = sim.mark();
    const list = (await redis.lrange(keys.timeline(incident.id), 0, -1)).map((r) => JSON.parse(r) as TimelineEntry);
    let prev: string | undefined;
    const rewritten = list.map((entry, i) => {
      const data = entry.data.text === 'Do not pay ransom' ? { ...entry.data, text: 'Pay the ransom' } : entry.data;
      const body = { ...entry, data, prevHash: i === 0 ? entry.prevHash : prev! };
      const { hash: _old, ...rest } = body;
      const hash = entryHash(rest);
      prev = hash;
      return { ...rest, hash };
    });
    expect(JSON.stringify(rewritten)).toContain('Pay the ransom');
    await redis.del(keys.timeline(incident.id));
    await redis.rpush(keys.timeline(incident.id), ...rewritten.map((e) => JSON.stringify(e)));
    const last = rewritten[rewritten.length - 1]!;
    await redis.set(keys.timelineHead(incident.id), JSON.stringify({ seq: last.seq, hash: last.hash }));
    expect((await verify(false)).code).toBe(0); // internally consistent
    const r = await verify(true);
    expect(r.code).toBe(1);
    expect(r.out).toContain('rewritten');

    // The next append anchors the rewritten chain in a new message: the old anchor message is left as it was.
    await command('decision After the rewrite');
    await sim.waitForCall(
      'chat.postMessage',
      (c) => isAnchorCall(c) && String(c.args.text).includes('Timeline anchor'),
      { since },
    );
    await expectDrained(t.bot.inFlight);
    expect(sim.calls('chat.update').filter((c) => c.seq > since && isAnchorCall(c) && c.args.ts === evidence)).toEqual(
      [],
    );
    expect((await verify(true)).code).toBe(1);
  });
});
