import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { REMINDERS_QUEUE } from '../../jobs/reminders/queue';
import { digestsOf, type PlannedDigest } from '../../src/domain/reminders/reminder-digest';
import { escalation, type PlannedReminder, planIncident } from '../../src/domain/reminders/reminder-plan';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import {
  type ApiCall,
  type Args,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { spawnCompiledAgainst } from './bot-process';
import type { Spawned } from './spawned';

/**
 * Replicas as deployed: one compiled bot (REMINDER_WORKER=off) and two compiled `npm run worker` processes on
 * one Redis and key prefix, against the Slack simulator. A drill at 3600× makes a day of reminders fall due
 * within seconds; every reminder must be posted exactly once, whichever process takes it, when a worker is
 * SIGKILLed in the middle of a post and replaced, and when Slack answers a post with 429. Where the outcome
 * depends on which worker holds what, the simulator holds a post (`sim.hold`) until the test has acted.
 */
const prefix = `test-replicas-${process.pid}-${Date.now()}`;
const keys = new RedisKeys(prefix);
const SECRET = 'replicas-secret';
const HOUR = 3600_000;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let slack: SlackRequests;
let queue: Queue;
let events: QueueEvents;
const procs: Proc[] = [];
/** Called on every chunk any process writes: waits on logs re-check here instead of polling. */
const outputListeners = new Set<() => void>();

type Proc = Spawned;

function start(name: string, entry: string, env: Record<string, string>): Proc {
  // Timeline anchors (tested in test/security/anchors.test.ts) would post in the drills' channels too, and could
  // take the one 429 injected below; pushed out past these tests.
  const proc = spawnCompiledAgainst(
    name,
    entry,
    { apiUrl: sim.apiUrl, prefix },
    { TIMELINE_ANCHOR_DEBOUNCE_MS: '600000', ...env },
  );
  const notify = () => {
    for (const l of [...outputListeners]) l();
  };
  proc.child.stdout.on('data', notify);
  proc.child.stderr.on('data', notify);
  procs.push(proc);
  return proc;
}

/**
 * A worker as `npm run worker` runs it; one job at a time, so while a post is held the other worker takes the
 * rest. A job held by a killed worker is taken over once its 5-second lock has run out (REMINDER_LOCK_MS; long
 * enough that a live worker on a loaded machine renews it in time).
 */
async function startWorker(name: string): Promise<Proc> {
  const worker = start(name, 'src/worker-main.js', {
    REMINDER_CONCURRENCY: '1',
    REMINDER_LOCK_MS: '5000',
    WORKER_METRICS_PORT: '0',
  });
  await worker.waitFor(/"event":"reminder_worker_started"/);
  return worker;
}

/** Reminder ids this process logged as posted by itself. */
function postedBy(proc: Proc): string[] {
  return proc
    .output()
    .split('\n')
    .filter((line) => line.includes('"event":"reminder_posted"'))
    .map((line) => String((JSON.parse(line) as { reminder: string }).reminder));
}

/**
 * Waits until every one of these reminders has been logged as posted by some worker: a job completes in Redis
 * before its process's log line has necessarily come through the pipe.
 */
function allLogged(ids: Iterable<string>, timeoutMs = 10_000): Promise<void> {
  const wanted = [...ids];
  return new Promise((resolve, reject) => {
    const check = () => {
      const logged = new Set(procs.flatMap(postedBy));
      if (!wanted.every((id) => logged.has(id))) return;
      done();
      resolve();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`not logged as posted: ${wanted.filter((id) => !procs.flatMap(postedBy).includes(id))}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      outputListeners.delete(check);
    };
    outputListeners.add(check);
    check();
  });
}

const isReminder = (args: Args) =>
  (args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';
const reminderIdOf = (c: ApiCall) =>
  String((c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);
const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

let bot: Proc;
let workerA: Proc;
let workerB: Proc;

beforeAll(async () => {
  await deletePrefix(redis, prefix);
  sim = await startSlackSimulator();
  bot = start('bot', 'src/main.js', { SLACK_SIGNING_SECRET: SECRET, PORT: '0', REMINDER_WORKER: 'off' });
  [workerA, workerB] = await Promise.all([startWorker('worker-a'), startWorker('worker-b')]);
  const port = Number((await bot.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/))[1]);
  slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  queue = new Queue(REMINDERS_QUEUE, { connection: redis, prefix: keys.bullPrefix() });
  // From the stream's start, so that no job's 'completed' event can slip past before the first blocking read.
  events = new QueueEvents(REMINDERS_QUEUE, {
    connection: { host: '127.0.0.1', port: 6379 },
    prefix: keys.bullPrefix(),
    lastEventId: '0-0',
  });
  events.setMaxListeners(1000);
  await events.waitUntilReady();
}, 30_000);

afterAll(async () => {
  for (const p of procs) p.child.kill('SIGKILL');
  await Promise.all(procs.map((p) => p.exited));
  await events?.close();
  await queue?.close();
  await sim?.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

interface Drill {
  id: string;
  channel: string;
  openedAt: number;
  /** Every reminder whose moment falls within `windowMs` of the opening, by the product's own plan. */
  reminders: PlannedReminder[];
  /** The digests (one message per instant and kind) those reminders are posted in. */
  expected: PlannedDigest[];
}

/**
 * Opens a drill at 3600× (a legal hour is a wall-clock second) discovered 68.5 hours ago, naming GDPR, UK GDPR
 * and NIS2: the 72-hour notices get "1 hour left" at +2.5 s and "due now" at +3.5 s (their 4-hour ones are
 * already past and skipped), and NIS2's 24-hour early warning, 44.5 legal hours overdue, escalates every 4 legal
 * hours: +3.5 s, +7.5 s, +11.5 s …
 */
async function openDrill(title: string, windowMs: number): Promise<Drill> {
  const discovered = isoSeconds(Date.now() - 68.5 * HOUR);
  const since = sim.mark();
  // The acknowledgement says "Opening INC-…"; the answer on the response_url says where it is open.
  const res = await slack.slashCommand({
    text: `open ${title} --drill --speed 3600 --regimes gdpr,uk-gdpr,nis2 --discovered ${discovered}`,
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  const answered = await sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 10_000,
  });
  const reply = String(answered.body.text);
  const match = /\*(INC-[0-9A-Z-]+)\* is open in <#([A-Z0-9]+)>/.exec(reply);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected reply: ${reply}`);
  const [, id, channel] = match;
  await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && String(c.args.text).includes('Notification deadlines'),
    { since, timeoutMs: 10_000 },
  );
  const incident = (await new IncidentStore(redis, keys).get(id))!;
  const state = (await new DeadlineStore(redis, keys).get(id))!;
  const openedAt = Date.parse(incident.openedAt);
  const clock = { openedAt: incident.openedAt, speed: incident.drillSpeed };
  const until = openedAt + windowMs;
  const expected: PlannedReminder[] = [];
  for (const r of planIncident(id, state.obligations, clock, new Date(openedAt))) {
    // Each escalation that posts schedules the next: follow the chain through the window.
    let next: PlannedReminder | null = r;
    while (next && Date.parse(next.fireAt) <= until) {
      expected.push(next);
      const o = state.obligations.find((x) => x.id === next!.obligationId)!;
      next = next.kind === 'overdue' ? escalation(id, o, (next.n ?? 1) + 1, clock) : null;
    }
  }
  return { id, channel, openedAt, reminders: expected, expected: digestsOf(expected) };
}

/** Waits until each reminder's job has finished, and returns the outcomes by reminder id. */
async function outcomes(
  d: Drill,
  reminders: PlannedDigest[],
  timeoutMs = 20_000,
): Promise<Map<string, { outcome: string }>> {
  const deadline = Date.now() + timeoutMs;
  const done = new Map<string, { outcome: string }>();
  for (const r of reminders) {
    const call = await sim.waitForCall(
      'chat.postMessage',
      (c) => c.response.ok === true && isReminder(c.args) && reminderIdOf(c) === r.id,
      {
        timeoutMs: Math.max(1, deadline - Date.now()),
      },
    );
    expect(call.args.channel).toBe(d.channel);
    const job = await queue.getJob(r.id);
    if (!job) throw new Error(`no job ${r.id}`);
    done.set(r.id, (await job.waitUntilFinished(events, Math.max(1, deadline - Date.now()))) as { outcome: string });
  }
  return done;
}

/** Successful reminder posts in a channel, counted by reminder id. */
function postCounts(channel: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of sim.calls('chat.postMessage')) {
    if (c.args.channel !== channel || c.response.ok !== true || !isReminder(c.args)) continue;
    counts.set(reminderIdOf(c), (counts.get(reminderIdOf(c)) ?? 0) + 1);
  }
  return counts;
}

/** Marks the drill's notices done, so its escalations stop and do not run into the next scenario. */
async function finish(d: Drill): Promise<void> {
  // NIS2's three reports are stages: each is marked by its own id, never by `notified nis2`.
  const state = await new DeadlineStore(redis, keys).get(d.id);
  const open = (state?.obligations ?? []).filter((o) => o.doneAt === null && o.current).map((o) => o.id);
  for (const target of open) {
    const since = sim.mark();
    const res = await slack.slashCommand({ text: `notified ${target}`, user_id: 'UALICE', channel_id: d.channel });
    expect(res.status).toBe(200);
    await sim.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === d.channel && String(c.args.text).startsWith('[DRILL] Notice given'),
      { since, timeoutMs: 10_000 },
    );
  }
}

function expectExactlyOnce(d: Drill, done: Map<string, { outcome: string }>): void {
  expect([...done.values()].every((o) => o.outcome === 'posted')).toBe(true);
  const counts = postCounts(d.channel);
  for (const r of d.expected) expect([r.id, counts.get(r.id)]).toEqual([r.id, 1]);
  // Nothing else was posted twice either (e.g. an escalation past the window).
  expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
}

/** The worker process that has this job (BullMQ records the worker's name, `<host>:<pid>:<random>`). */
async function holderOf(jobId: string): Promise<Proc> {
  const processedBy = (await queue.getJob(jobId))?.processedBy ?? '';
  const holder = procs.find((p) => p.child.exitCode === null && processedBy.includes(`:${p.child.pid}:`));
  if (!holder) throw new Error(`no live process holds ${jobId} (processedBy ${processedBy})`);
  return holder;
}

test('two workers and a bot: every reminder of a drill is posted exactly once, and both workers take part', async () => {
  // The first reminder post waits in the simulator: its worker (one job at a time) is busy, the other takes over.
  const held = sim.hold('chat.postMessage', { where: isReminder });
  const d = await openDrill('Replica drill', 9_000);
  // 1 h left and due now for the three 72-hour notices, two NIS2 early-warning escalations.
  expect(d.reminders.map((r) => r.id.split('|').slice(1, 3).join(' ')).sort()).toEqual(
    [
      'gdpr/regulator before-60m',
      'gdpr/regulator due',
      'nis2/regulator/early-warning overdue-12',
      'nis2/regulator/early-warning overdue-13',
      'nis2/regulator/notification before-60m',
      'nis2/regulator/notification due',
      'uk-gdpr/regulator before-60m',
      'uk-gdpr/regulator due',
    ].sort(),
  );
  // One message for each instant and kind: 1 h left (3 notices), due now (3), and each escalation (1).
  expect(d.expected.map((g) => [g.kind, Date.parse(g.fireAt) - d.openedAt])).toEqual([
    ['reminders', 2500],
    ['escalations', 3500],
    ['reminders', 3500],
    ['escalations', 7500],
  ]);
  const heldId = String(
    ((await held.reached).metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id,
  );
  const holder = await holderOf(heldId);
  const other = await sim.waitForCall(
    'chat.postMessage',
    (c) => c.response.ok === true && isReminder(c.args) && reminderIdOf(c) !== heldId,
    { timeoutMs: 15_000 },
  );
  held.release();
  const done = await outcomes(d, d.expected);
  await allLogged(d.expected.map((r) => r.id));
  expectExactlyOnce(d, done);
  expect(postedBy(holder)).toContain(heldId);
  expect(postedBy(holder)).not.toContain(reminderIdOf(other));
  const listed = sim
    .calls('chat.postMessage')
    .filter((c) => c.args.channel === d.channel && c.response.ok === true && isReminder(c.args))
    .map((c) => (c.args.blocks as { accessory?: { value?: string } }[]).filter((b) => b.accessory?.value).length);
  expect(listed.sort()).toEqual([1, 1, 3, 3]);

  const ids = new Set(d.expected.map((r) => r.id));
  const byA = postedBy(workerA).filter((id) => ids.has(id));
  const byB = postedBy(workerB).filter((id) => ids.has(id));
  expect(byA.length).toBeGreaterThan(0);
  expect(byB.length).toBeGreaterThan(0);
  expect([...byA, ...byB].sort()).toEqual([...ids].sort()); // each by exactly one worker
  expect(postedBy(bot)).toEqual([]); // REMINDER_WORKER=off: the bot only schedules
  await finish(d);
}, 30_000);

test('a worker SIGKILLed while its post is in flight: another worker delivers that reminder exactly once', async () => {
  const held = sim.hold('chat.postMessage', { where: isReminder });
  const d = await openDrill('Replica crash drill', 9_000);
  const heldId = String(
    ((await held.reached).metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id,
  );
  // The post has reached Slack's door but not taken effect; the worker that sent it dies now, holding the job.
  const victim = await holderOf(heldId);
  const survivor = victim === workerA ? workerB : workerA;
  const since = sim.mark();
  victim.child.kill('SIGKILL');
  expect(await victim.exited).toBe(-1);
  const replacement = await startWorker(`${victim.name}-restarted`);

  const done = await outcomes(d, d.expected, 30_000);
  await allLogged(d.expected.map((r) => r.id));
  // The held post never took effect (the test never releases it): the job came back once its lock ran out,
  // the next worker found the "posting" mark, searched the channel, found nothing, and posted once.
  expect(done.get(heldId)).toEqual({
    outcome: 'posted',
    ts: expect.any(String),
    posts: 1,
    reminders: expect.any(Number),
  });
  expectExactlyOnce(d, done);
  expect(postedBy(victim)).not.toContain(heldId);
  expect([...postedBy(survivor), ...postedBy(replacement)]).toContain(heldId);
  expect(
    sim.calls('conversations.history').filter((c) => c.seq > since && c.args.channel === d.channel).length,
  ).toBeGreaterThan(0);
  const job = await queue.getJob(heldId);
  expect(job?.attemptsStarted).toBeGreaterThanOrEqual(2);
  if (victim === workerA) workerA = replacement;
  else workerB = replacement;
  await finish(d);
}, 60_000);

test('a post answered 429 is retried after retry-after and posted once', async () => {
  // The first reminder post is held until the 429 is armed for it: whatever the timing, it is the one limited.
  const held = sim.hold('chat.postMessage', { where: isReminder });
  const since = sim.mark();
  const d = await openDrill('Replica rate-limit drill', 5_000);
  await held.reached;
  sim.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1, channel: d.channel });
  held.release();
  const done = await outcomes(d, d.expected);
  await allLogged(d.expected.map((r) => r.id));
  const limited = sim.calls('chat.postMessage').filter((c) => c.seq > since && c.status === 429);
  expect(limited).toHaveLength(1);
  // The 429 fell on one of this drill's reminders, which was then posted once, after the retry-after second.
  const limitedId = reminderIdOf(limited[0]!);
  expect(d.expected.map((r) => r.id)).toContain(limitedId);
  const posted = sim
    .calls('chat.postMessage')
    .filter((c) => c.response.ok === true && isReminder(c.args) && reminderIdOf(c) === limitedId);
  expect(posted).toHaveLength(1);
  expect(posted[0]!.at - limited[0]!.at).toBeGreaterThanOrEqual(1000);
  expectExactlyOnce(d, done);
  await finish(d);
}, 30_000);
