import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { REMINDERS_QUEUE } from '../../jobs/reminders/queue';
import { digestsOf } from '../../src/domain/reminders/reminder-digest';
import { escalation, type PlannedReminder, planIncident } from '../../src/domain/reminders/reminder-plan';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import { type Args, GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { spawnCompiledAgainst } from './bot-process';
import { type Spawned, until } from './spawned';

/**
 * Everything restarted (bot and worker) while a drill's reminders are pending: killed while a digest's post is
 * in flight, down while further digests fall due, then started again. Each digest is posted once (the one in
 * flight landed with nobody to hear it; the ones due meanwhile late, once), and the Home tab, the register
 * and `/incident deadlines` agree on what is overdue.
 */
const prefix = `test-restart-reminders-${process.pid}-${Date.now()}`;
const keys = new RedisKeys(prefix);
const SECRET = 'restart-reminders-secret';
const HOUR = 3600_000;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
const procs: Spawned[] = [];

function start(name: string, entry: string, env: Record<string, string>): Spawned {
  const proc = spawnCompiledAgainst(
    name,
    entry,
    { apiUrl: sim.apiUrl, prefix },
    { TIMELINE_ANCHOR_DEBOUNCE_MS: '600000', ...env },
  );
  procs.push(proc);
  return proc;
}

async function startAll(tag: string): Promise<{ bot: Spawned; worker: Spawned; slack: SlackRequests }> {
  const bot = start(`bot-${tag}`, 'src/main.js', { SLACK_SIGNING_SECRET: SECRET, PORT: '0', REMINDER_WORKER: 'off' });
  const worker = start(`worker-${tag}`, 'src/worker-main.js', {
    REMINDER_CONCURRENCY: '1',
    REMINDER_LOCK_MS: '3000',
    WORKER_METRICS_PORT: '0',
  });
  const [[, port]] = await Promise.all([
    bot.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/, 60_000),
    worker.waitFor(/"event":"reminder_worker_started"/, 60_000),
  ]);
  const slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  return { bot, worker, slack };
}

beforeAll(async () => {
  await deletePrefix(redis, prefix);
  sim = await startSlackSimulator();
}, 30_000);

afterAll(async () => {
  for (const p of procs) p.child.kill('SIGKILL');
  await Promise.all(procs.map((p) => p.exited));
  await sim?.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

const isReminder = (args: Args) =>
  (args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';
const reminderIdOf = (c: { args: Args }) =>
  String((c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);
const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

test('bot and worker killed with a digest in flight and restarted after more fell due: each digest once, figures agree', async () => {
  let { bot, worker, slack } = await startAll('1');
  const held = sim.hold('chat.postMessage', { where: isReminder });
  // 3600×: a legal hour is a wall-clock second. Discovered 68.5 h ago: the 72-hour notices get "1 hour left" at
  // +2.5 s and "due now" at +3.5 s; NIS2's early warning, long overdue, escalates at +3.5 s, +7.5 s, +11.5 s …
  const discovered = isoSeconds(Date.now() - 68.5 * HOUR);
  const res = await slack.slashCommand({
    text: `open Restart drill --drill --speed 3600 --regimes gdpr,uk-gdpr,nis2 --discovered ${discovered}`,
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  const reply = String(
    (
      await sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
        timeoutMs: 15_000,
      })
    ).body.text,
  );
  const [, id, channel] = /\*(INC-[0-9A-Z-]+)\* is open in <#([A-Z0-9]+)>/.exec(reply) ?? [];
  if (!id || !channel) throw new Error(`unexpected reply: ${reply}`);
  const incident = (await new IncidentStore(redis, keys).get(id))!;
  const state = (await new DeadlineStore(redis, keys).get(id))!;
  const openedAt = Date.parse(incident.openedAt);
  const clock = { openedAt: incident.openedAt, speed: incident.drillSpeed };
  const window = openedAt + 12_000;
  const planned: PlannedReminder[] = [];
  for (const r of planIncident(id, state.obligations, clock, new Date(openedAt))) {
    let next: PlannedReminder | null = r;
    while (next && Date.parse(next.fireAt) <= window) {
      planned.push(next);
      const o = state.obligations.find((x) => x.id === next!.obligationId)!;
      next = next.kind === 'overdue' ? escalation(id, o, (next.n ?? 1) + 1, clock) : null;
    }
  }
  const expected = digestsOf(planned);
  expect(expected.map((d) => [d.kind, Date.parse(d.fireAt) - openedAt])).toEqual([
    ['reminders', 2500],
    ['escalations', 3500],
    ['reminders', 3500],
    ['escalations', 7500],
    ['escalations', 11500],
  ]);

  // The first digest's post reaches Slack; everything dies before the answer, then the post takes effect.
  const first = await held.reached;
  bot.child.kill('SIGKILL');
  worker.child.kill('SIGKILL');
  await Promise.all([bot.exited, worker.exited]);
  held.release();
  await sim.waitForCall('chat.postMessage', (c) => isReminder(c.args) && c.response.ok === true, { timeoutMs: 5000 });
  expect(reminderIdOf({ args: first })).toBe(expected[0]?.id);

  // Down while the +3.5 s digests and the +7.5 s escalation fall due.
  await until(async () => Date.now() > openedAt + 8_000, 'the +7.5 s digest fell due while everything was down');
  ({ bot, worker, slack } = await startAll('2'));

  // Every digest of the window is posted, each exactly once: the one in flight landed and is found (never
  // posted again), the +3.5 s ones late. An escalation missed while down is not: a worker that returns posts
  // one escalation, then the next one ahead (`nextEscalation`), never one per missed interval.
  const missed = expected.filter((d) => d.kind === 'escalations' && Date.parse(d.fireAt) - openedAt === 7500);
  const posted = expected.filter((d) => !missed.includes(d));
  for (const d of posted) {
    await sim.waitForCall(
      'chat.postMessage',
      (c) => c.response.ok === true && isReminder(c.args) && reminderIdOf(c) === d.id,
      { timeoutMs: 20_000 },
    );
  }
  const counts = new Map<string, number>();
  for (const c of sim.calls('chat.postMessage')) {
    if (c.args.channel !== channel || c.response.ok !== true || !isReminder(c.args)) continue;
    counts.set(reminderIdOf(c), (counts.get(reminderIdOf(c)) ?? 0) + 1);
  }
  for (const d of posted) expect([d.id, counts.get(d.id)]).toEqual([d.id, 1]);
  for (const d of missed) expect(counts.get(d.id)).toBeUndefined();
  expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  // The job of the digest in flight came back to the restarted worker, which found its post in the channel.
  const queue = new Queue(REMINDERS_QUEUE, { connection: redis, prefix: keys.bullPrefix() });
  try {
    const job = async () => queue.getJob(expected[0]?.id ?? '');
    await until(async () => (await (await job())?.getState()) === 'completed', 'the in-flight digest job completed');
    expect((await job())?.returnvalue).toMatchObject({ outcome: 'already_posted' });
  } finally {
    await queue.close();
  }

  // The "due now" digest went out 5 legal hours late: it says the notices are overdue, not "due now".
  const lateDue = sim
    .calls('chat.postMessage')
    .find((c) => c.response.ok === true && isReminder(c.args) && reminderIdOf(c) === expected[2]?.id);
  expect(lateDue?.args.text).toBe('[DRILL] 3 notices overdue: GDPR; NIS2 incident notification; UK GDPR');
  expect(JSON.stringify(lateDue?.args.blocks)).not.toContain('due now');
  expect(JSON.stringify(lateDue?.args.blocks)).toContain('posted late');

  // What is overdue now, as the Home tab, the register and /incident deadlines each say it.
  const homeSince = sim.mark();
  await slack.appHomeOpened({ user_id: 'UALICE' });
  const home = await sim.waitForCall('views.publish', (c) => c.args.user_id === 'UALICE', {
    since: homeSince,
    timeoutMs: 10_000,
  });
  const homeText = JSON.stringify((home.response.view as { blocks: unknown[] }).blocks);
  const deadlines = await slack.slashCommand({ text: 'deadlines', user_id: 'UALICE', channel_id: channel });
  const deadlinesText = String((await sim.waitForResponse(deadlines.responseUrlId, undefined, 10_000)).body.text);
  // The register, pinned at the open when only the early warning was overdue, is redrawn at each digest.
  const register = sim
    .messages(channel)
    .filter((m) => (m.blocks as { block_id?: string }[] | undefined)?.some((b) => b.block_id === 'register-header'));
  expect(register).toHaveLength(1);
  const homeOverdue = Number(/\*(\d+) overdue\*/.exec(homeText)?.[1]);
  const deadlinesOverdue = Number(/ (\d+) overdue /.exec(deadlinesText)?.[1]);
  const registerOverdue = Number(/register: (\d+) overdue/.exec(String(register[0]?.text))?.[1]);
  // The 72-hour notices and NIS2's early warning: every notice of the drill with a fixed due time that has passed.
  const overdueNow = state.obligations.filter(
    (o) => o.dueAt !== null && openedAt + (Date.parse(o.dueAt) - openedAt) / 3600 < Date.now(),
  ).length;
  expect(overdueNow).toBe(4);
  expect({ home: homeOverdue, deadlines: deadlinesOverdue, register: registerOverdue }).toEqual({
    home: overdueNow,
    deadlines: overdueNow,
    register: overdueNow,
  });
}, 120_000);
