import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { type SpawnedProcess, spawnCompiled } from './spawned-process';

/**
 * What the compiled bot writes to stdout and stderr (its own log, Bolt's and the WebClient's) never holds what
 * people typed: titles, decisions, messages, numbers. Checked at the most talkative level, with Slack failing
 * in the ways that make the libraries log (a refusal, a 500 and a 429 retried), on the process's real output.
 */
const prefix = `test-log-content-${process.pid}-${Date.now()}`;
const SECRET = 'log-content-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
/** Words that appear only in what people typed: none may reach the output. */
const TYPED = ['Zebracorn', 'Quokkafile', 'Narwhalized', '123-45-6789', '4111 1111 1111 1111', 'Wombatty'];
let sim: SlackSimulator;
let bot: SpawnedProcess;
let slack: SlackRequests;

beforeAll(async () => {
  sim = await startSlackSimulator();
  bot = spawnCompiled('src/main.js', {
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    REDIS_ALLOW_VOLATILE: 'true',
    REMINDER_WORKER: 'off',
    LOG_LEVEL: 'debug',
    PORT: '0',
  });
  const port = Number((await bot.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/))[1]);
  slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
}, 30_000);

afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await bot?.exited;
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

test('titles, decisions, messages and numbers people typed never reach the process output', async () => {
  const res = await slack.slashCommand({
    text: 'open Zebracorn payroll export --regimes gdpr',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  expect(res.status).toBe(200);
  const reply = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
  expect(String(reply.body.text)).toContain('is open');
  const created = sim.calls('conversations.create')[0];
  const channel = (created?.response.channel as { id: string } | undefined)?.id ?? '';
  await bot.waitFor(/"event":"incident_opened"/);

  // A decision whose confirmation Slack answers 429 twice (waited out and retried: nothing happened on a 429;
  // a 500 on a post is never retried blindly, so it would not show the retry path).
  sim.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1, channel }, 2);
  await slack.slashCommand({
    text: 'decision Quokkafile vendor notified, card 4111 1111 1111 1111',
    user_id: 'UALICE',
    channel_id: channel,
  });
  await bot.waitFor(/"event":"decision_recorded"/);
  await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && c.response.ok === true && String(c.args.text).startsWith('Decision recorded'),
    { timeoutMs: 15_000 },
  );

  // A message with an SSN (warned about in a thread), and a refused act whose answer quotes the input.
  await slack.messagePosted({ user_id: 'UBOB', channel_id: channel, text: 'Narwhalized record SSN 123-45-6789' });
  await bot.waitFor(/"event":"sensitive_number_warned"/);
  const refused = await slack.slashCommand({ text: 'notified Wombatty', user_id: 'UALICE', channel_id: channel });
  await sim.waitForResponse(refused.responseUrlId, undefined, { timeoutMs: 10_000 });

  // Slack refusing a post outright: Bolt's and the flow's error paths.
  sim.failNext('chat.postMessage', { error: 'fatal_error', channel });
  await slack.slashCommand({ text: 'decision Zebracorn second thoughts', user_id: 'UALICE', channel_id: channel });
  await bot.waitFor(/"event":"(announce_failed|act_failed)"/);

  // Stop cleanly so every buffered line is out before reading.
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  const output = bot.output();
  // The output is not empty (the test would pass vacuously): it logged each act, by id.
  expect(output).toMatch(/"event":"decision_recorded"[^\n]*"incident":"INC-/);
  for (const typed of TYPED)
    expect([typed, output.toLowerCase().includes(typed.toLowerCase())]).toEqual([typed, false]);
}, 60_000);
