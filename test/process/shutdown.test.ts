import { Redis } from 'ioredis';
import { HOUR } from '../../src/domain/reminders/lead-times';
import { digestId } from '../../src/domain/reminders/reminder-digest';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { deletePrefix } from '../integration/test-bot';
import { record } from '../reminders/fixtures';
import { ReminderHarness } from '../reminders/harness';
import { SlackRequests } from '../support/slack-requests';
import { type Args, DEFAULT_BOT_TOKEN, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { type SpawnedProcess, spawnCompiled } from './spawned-process';

/**
 * The compiled bot (`npm start`) and worker (`npm run worker`) on SIGTERM: acknowledged work and a reminder being
 * posted are finished, new requests are not taken, a second signal exits at once, and work that does not finish
 * within the drain time is given up and said so. Where the outcome depends on timing, the simulator holds the
 * Slack call (`sim.hold`) until the test has sent the signal.
 */
const h = new ReminderHarness(`test-shutdown-${process.pid}-${Date.now()}`);
const SECRET = 'shutdown-secret';
const started: SpawnedProcess[] = [];
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

beforeAll(() => h.start());
afterEach(() => h.sim.reset({ state: false }));
afterAll(async () => {
  for (const p of started) p.child.kill('SIGKILL');
  await Promise.all(started.map((p) => p.exited));
  await h.stop();
  await deletePrefix(redis, h.prefix);
  await redis.quit();
});

function processEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_API_URL: h.sim.apiUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: h.prefix,
    REDIS_ALLOW_VOLATILE: 'true',
    ...extra,
  };
}

async function startBotProcess(extra: Record<string, string> = {}) {
  const proc = spawnCompiled('src/main.js', processEnv({ SLACK_SIGNING_SECRET: SECRET, PORT: '0', ...extra }));
  started.push(proc);
  const port = Number((await proc.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/))[1]);
  const slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => h.sim.responseUrl(id),
  });
  return { proc, port, slack };
}

const isReminder = (args: Args) =>
  (args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';

test('serves /healthz, and on SIGTERM finishes an acknowledged open, then exits 0', async () => {
  const { proc, port, slack } = await startBotProcess({ REMINDER_WORKER: 'off' });
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  // The channel creation waits in the simulator until the process has begun stopping: the open is in flight.
  const held = h.sim.hold('conversations.create');
  const res = await slack.slashCommand({
    text: 'open Shutdown drill --drill',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  expect(res.status).toBe(200);
  await held.reached;
  proc.child.kill('SIGTERM');
  await proc.waitFor(/"event":"shutdown_started"/);
  held.release();
  expect(await proc.exited).toBe(0);
  // The open that was acknowledged before the signal was carried through, checklist included.
  expect(
    h.sim.calls('chat.postMessage').some((c) => JSON.stringify(c.args.blocks ?? '').includes('checklist-progress')),
  ).toBe(true);
  expect(String((await h.sim.waitForResponse(res.responseUrlId)).body.text)).toContain('is open');
  expect(proc.output()).toContain('shutdown_complete');
}, 30_000);

test('after SIGTERM, new requests are not taken (nothing acknowledged, nothing done)', async () => {
  const { proc, slack } = await startBotProcess({ REMINDER_WORKER: 'off' });
  const held = h.sim.hold('conversations.create');
  const first = await slack.slashCommand({ text: 'open First', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  expect(first.status).toBe(200);
  await held.reached;
  proc.child.kill('SIGTERM');
  await proc.waitFor(/"event":"shutdown_started"/);
  // While the first open drains, a second command arrives: refused at the door (no ack), so Slack tells the user.
  const second = await slack
    .slashCommand({ text: 'open Second', user_id: 'UBOB', channel_id: GENERAL_CHANNEL_ID })
    .then((r) => r.status)
    .catch((error: Error) => error.name);
  expect(second).not.toBe(200);
  held.release();
  expect(await proc.exited).toBe(0);
  expect(h.sim.calls('conversations.create').map((c) => String(c.args.name))).toEqual([
    expect.stringContaining('first'),
  ]);
}, 30_000);

test('a second signal while stopping exits at once with 1', async () => {
  const { proc, slack } = await startBotProcess({ REMINDER_WORKER: 'off' });
  const held = h.sim.hold('conversations.create');
  await slack.slashCommand({ text: 'open Stuck', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  await held.reached;
  proc.child.kill('SIGTERM');
  await proc.waitFor(/"event":"shutdown_started"/);
  proc.child.kill('SIGINT');
  expect(await proc.exited).toBe(1);
  expect(proc.output()).not.toContain('shutdown_complete');
  held.release();
}, 30_000);

test('work that outlasts the drain time is given up, said so in the log, and the process still exits', async () => {
  const { proc, slack } = await startBotProcess({ REMINDER_WORKER: 'off', SHUTDOWN_GRACE_SECONDS: '3' });
  // Slack does not answer the channel creation until the process is gone: the acknowledged open cannot finish.
  const held = h.sim.hold('conversations.create');
  await slack.slashCommand({ text: 'open Never answered', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  await held.reached;
  proc.child.kill('SIGTERM');
  expect(await proc.exited).toBe(1);
  expect(proc.output()).toMatch(/"event":"shutdown_abandoned"[^\n]*"reason":"drain_timeout"[^\n]*"inFlight":1/);
  expect(proc.output()).toMatch(/"event":"shutdown_incomplete"[^\n]*"abandoned":1/);
  expect(proc.output()).not.toContain('shutdown_complete');
  held.release();
}, 60_000);

test.each([
  ['`npm run worker`', 'src/worker-main.js', /"event":"reminder_worker_started"/, {}],
  ['the bot', 'src/main.js', /"event":"bot_started"/, { SLACK_SIGNING_SECRET: SECRET, PORT: '0' }],
] as const)(
  '%s on SIGTERM finishes the reminder it is posting, records it, and exits 0',
  async (_name, entry, ready, extra) => {
    const worker = spawnCompiled(entry, processEnv({ REMINDER_CONCURRENCY: '1', ...extra }));
    started.push(worker);
    await worker.waitFor(ready);
    // A 72-hour notice due in 200 ms (its lead times past), scheduled from this test.
    const o = record('gdpr/regulator', new Date(Date.now() + 200 - 72 * HOUR).toISOString(), 72 * HOUR);
    const incident = await h.seedIncident([o]);
    const scheduler = h.runtime(false).scheduler;
    const held = h.sim.hold('chat.postMessage', { where: isReminder });
    await scheduler.scheduleIncident({ id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 }, [o], new Date());
    // Its due-time reminder travels as the incident's digest of that instant.
    const id = digestId(incident.id, 'reminders', Date.parse(o.dueAt ?? ''));
    await held.reached;
    worker.child.kill('SIGTERM');
    await worker.waitFor(/"event":"shutdown_started"/);
    held.release();
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain('shutdown_complete');
    const job = await scheduler.queue.getJob(id);
    expect(await job?.getState()).toBe('completed');
    expect(job?.returnvalue).toMatchObject({ outcome: 'posted' });
    expect(await new DeliveryLedger(h.redis, h.keys).get(incident.id, id)).toMatchObject({ state: 'posted' });
    expect(h.sim.messages(incident.channelId).filter((m) => m.metadata?.event_payload.reminder_id === id)).toHaveLength(
      1,
    );
    // Its next escalation waits in Redis for the next worker.
    expect((await scheduler.pending(incident.id)).map((p) => p.data.kind)).toEqual(['escalations']);
  },
  30_000,
);
