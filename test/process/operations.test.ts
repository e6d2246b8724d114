import { Redis } from 'ioredis';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import {
  type ApiCall,
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';
import { type Spawned, sample, spawnNode } from './spawned';

/**
 * Operations (issue 9, item 7) on the compiled bot and worker: /metrics on each, error lines that name the
 * error without the words of the request, a drill that stops escalating at the cap and closes itself.
 */
const prefix = `test-operations-${process.pid}-${Date.now()}`;
const keys = new RedisKeys(prefix);
const SECRET = 'operations-secret';
const HOUR = 3600_000;
/** The drill closes itself 14 s (wall clock) after it opened. */
const AUTO_CLOSE_HOURS = String(14 / 3600);
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let slack: SlackRequests;
let bot: Spawned;
let worker: Spawned;
let botUrl: string;
let workerUrl: string;

beforeAll(async () => {
  await deletePrefix(redis, prefix);
  sim = await startSlackSimulator();
  const env = {
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_API_URL: sim.apiUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    REDIS_ALLOW_VOLATILE: 'true',
    DRILL_AUTO_CLOSE_HOURS: AUTO_CLOSE_HOURS,
    REMINDER_ESCALATION_CAP: '2',
  };
  bot = spawnNode(
    'bot',
    compiled('src/main.js'),
    { ...env, SLACK_SIGNING_SECRET: SECRET, PORT: '0', REMINDER_WORKER: 'off' },
    ROOT,
  );
  worker = spawnNode('worker', compiled('src/worker-main.js'), { ...env, WORKER_METRICS_PORT: '0' }, ROOT);
  const workerPort = (await worker.waitFor(/"event":"reminder_worker_started"[^\n]*"metrics_port":(\d+)/))[1];
  const botPort = (await bot.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/))[1];
  botUrl = `http://127.0.0.1:${botPort}`;
  workerUrl = `http://127.0.0.1:${workerPort}`;
  slack = new SlackRequests({ appUrl: botUrl, signingSecret: SECRET, responseUrl: (id) => sim.responseUrl(id) });
}, 30_000);

afterAll(async () => {
  for (const p of [bot, worker]) p?.child.kill('SIGKILL');
  await Promise.all([bot?.exited, worker?.exited]);
  await sim?.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

async function command(text: string, channel_id = GENERAL_CHANNEL_ID): Promise<string> {
  const res = await slack.slashCommand({ text, user_id: 'UALICE', channel_id });
  expect(res.status).toBe(200);
  const acked = res.body ? String((res.json as { text?: string } | undefined)?.text ?? res.body) : '';
  // An open is acknowledged with its id at once ("Opening INC-…"); its result follows on the response_url.
  if (acked && !acked.startsWith('Opening ')) return acked;
  return String((await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 })).body.text);
}

async function metrics(url: string): Promise<string> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return res.text();
}

test('an act Slack refuses: the error line has class, code and message, and none of the words typed', async () => {
  // Refused on each of the channel step's three tries: the open is left unfinished (and resumable), and said so.
  sim.failNext('conversations.create', { error: 'restricted_action' }, 3);
  const reply = await command('open Zebra lantern payroll export --severity sev2');
  expect(reply).toMatch(/is not finished yet/);
  const [line] = bot.events('act_unfinished');
  expect(line).toMatchObject({
    level: 'error',
    act: 'open',
    err: {
      type: expect.stringMatching(/Error$/),
      code: 'slack_webapi_platform_error',
      slack_error: 'restricted_action',
      message: expect.stringContaining('restricted_action'),
    },
  });
  expect(bot.output()).not.toMatch(/zebra|lantern|payroll/i);

  const exposition = await metrics(botUrl);
  expect(sample(exposition, 'breachbot_acts_started_total', { act: 'command_open' })).toBe(1);
  expect(
    sample(exposition, 'breachbot_slack_api_calls_total', { method: 'conversations.create', outcome: 'slack_error' }),
  ).toBe(3);
  expect(sample(exposition, 'breachbot_ack_latency_seconds_count', { kind: 'command' })).toBe(1);
  expect(sample(exposition, 'breachbot_redis_up')).toBe(1);
  expect(sample(exposition, 'breachbot_queue_jobs', { queue: 'reminders', state: 'delayed' })).not.toBeNull();
});

const isReminder = (c: ApiCall) =>
  c.response.ok === true &&
  (c.args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';
const reminderIdOf = (c: ApiCall) =>
  String((c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);

test('a drill: escalations stop at REMINDER_ESCALATION_CAP with a last post saying so, and it closes itself', async () => {
  // 3600×: NIS2's 24-hour early warning is 44.5 legal hours overdue and escalates every 4 legal hours (4 s).
  const discovered = new Date(Math.floor((Date.now() - 68.5 * HOUR) / 1000) * 1000).toISOString();
  const reply = await command(
    `open Capped drill --drill --speed 3600 --regimes nis2 --discovered ${discovered.replace('.000Z', 'Z')}`,
  );
  const [, id, channel] = /\*(INC-[\w-]+)\* is open in <#([A-Z0-9]+)>/.exec(reply) ?? [];
  expect(id && channel).toBeTruthy();

  // Escalations travel in digests: only the early warning is overdue here, so each escalation digest is its own.
  const earlyWarning = (c: ApiCall) =>
    isReminder(c) &&
    c.args.channel === channel &&
    reminderIdOf(c).includes('|digest-escalations|') &&
    JSON.stringify(c.args.blocks).includes('nis2/regulator/early-warning');
  const [first, second] = await sim.waitForCalls('chat.postMessage', 2, earlyWarning, { timeoutMs: 15_000 });
  expect(JSON.stringify(first!.args.blocks)).not.toContain('Stopping escalations');
  expect(JSON.stringify(second!.args.blocks)).toContain('Stopping escalations');
  expect(String(second!.args.text)).toContain('stopping escalations');

  // Auto-close: the worker closes the drill as /incident close would, and posts the final summary.
  await worker.waitFor(new RegExp(`"event":"drill_auto_close","incident":"${id}","closed":true`), 20_000);
  expect((await new IncidentStore(redis, keys).get(id!))?.status).toBe('closed');
  const closedEntry = (await new TimelineStore(redis, keys).entries(id!)).find((e) => e.kind === 'closed');
  expect(closedEntry?.actor).toBe('breachbot');
  // No escalation of the capped obligation is left on the queue, and none was posted after the last.
  const pending = await redis.smembers(keys.reminderJobs(id!));
  expect(pending.filter((r) => r.includes('|digest-escalations|'))).toEqual([]);
  expect(sim.calls('chat.postMessage').filter(earlyWarning)).toHaveLength(2);

  const exposition = await metrics(workerUrl);
  expect(sample(exposition, 'breachbot_reminders_posted_total')).toBeGreaterThanOrEqual(2);
  expect(
    sample(exposition, 'breachbot_slack_api_calls_total', { method: 'chat.postMessage', outcome: 'ok' }),
  ).toBeGreaterThanOrEqual(2);
  expect(sample(exposition, 'breachbot_redis_up')).toBe(1);
  expect(sample(exposition, 'breachbot_reminder_lateness_seconds_count')).toBeGreaterThanOrEqual(2);
}, 45_000);
