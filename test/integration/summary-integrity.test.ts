import { RedisKeys } from '../../src/store/keys';
import { capturingLog, openIncidentThroughSlack, runCommand, useTestBot } from './test-bot';

/**
 * (No anchor is posted between summaries here: what the summary finds, it finds in Redis alone.)
 * The summary is what a regulator reads to trust the timeline: a stored entry that is no longer even a timeline
 * entry (edited in Redis into text that does not parse) must be reported in the summary, naming the entry, as
 * `breachbot verify` reports it, not make the summary fail.
 */
const log = capturingLog();
const ctx = useTestBot({
  name: 'test-summary-integrity',
  env: { REMINDER_WORKER: 'off', TIMELINE_ANCHOR_DEBOUNCE_MS: '600000' },
  log,
});
const { sim, t } = ctx;
const command = (text: string, channel: string) =>
  runCommand(t, { text, user_id: 'UALICE', channel_id: channel }, 30_000);
const answered = (id: string) =>
  sim
    .responses(id)
    .map((r) => String(r.body.text ?? ''))
    .join(' ');

test('a stored entry that no longer parses is named in the summary as the broken link, and the summary still goes out', async () => {
  const { id: incidentId, channelId: channel } = await openIncidentThroughSlack(
    t,
    sim,
    'Integrity check --severity sev2',
  );
  await command('decision first decision', channel);
  await command('decision second decision', channel);
  const key = new RedisKeys(ctx.prefix).timeline(incidentId);
  const stored = await ctx.redis.lrange(key, 0, -1);
  const index = stored.findIndex((text) => text.includes('first decision'));
  expect(index).toBeGreaterThan(0);
  await ctx.redis.lset(key, index, `${stored[index]?.slice(0, 40)}`);

  const filesBefore = new Set(sim.state.files.keys());
  const asked = await command('summary', channel);
  expect(answered(asked)).not.toMatch(/Something went wrong/);
  const file = [...sim.state.files.entries()].find(([id, f]) => !filesBefore.has(id) && String(f.name).endsWith('.md'));
  const markdown = file?.[1].bytes?.toString('utf8') ?? '';
  expect(markdown).toContain(`BROKEN at entry ${index} (entry ${index} is not a well-formed timeline entry)`);
  // The entries that can be read are all still there.
  expect(markdown).toContain('second decision');
  const message = sim
    .calls('chat.postMessage')
    .filter((c) => c.args.channel === channel && JSON.stringify(c.args.blocks ?? '').includes('summary-integrity'))
    .at(-1);
  expect(JSON.stringify(message?.args.blocks)).toContain(`BROKEN at entry ${index}`);
}, 60_000);

test('the last entries removed from Redis are reported, as `breachbot verify` reports them from the recorded head', async () => {
  const { id: incidentId, channelId: channel } = await openIncidentThroughSlack(
    t,
    sim,
    'Cut at the end --severity sev2',
  );
  await command('decision keep the logs', channel);
  await command('decision tell no one yet', channel);
  const key = new RedisKeys(ctx.prefix).timeline(incidentId);
  const removed = (await ctx.redis.llen(key)) - 1;
  expect(await ctx.redis.rpop(key)).toContain('tell no one yet');

  const filesBefore = new Set(sim.state.files.keys());
  await command('summary', channel);
  const file = [...sim.state.files.entries()].find(([id, f]) => !filesBefore.has(id) && String(f.name).endsWith('.md'));
  const markdown = file?.[1].bytes?.toString('utf8') ?? '';
  expect(markdown).not.toContain('chain of');
  expect(markdown).toContain(
    `BROKEN at entry ${removed} (the recorded head is entry ${removed}, but the list ends at entry ${removed - 1}: entries were removed or replaced at the end)`,
  );
}, 60_000);
