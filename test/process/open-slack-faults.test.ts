import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { type BotProcess, startBotProcess } from './bot-process';

/**
 * The compiled bot against a Slack that answers ambiguously, rate-limits one channel, or never answers:
 * no duplicate channel or header, one channel's 429 does not hold another channel's command, and a hung
 * call ends by its timeout with the person told what exists.
 */
const prefix = `test-open-faults-${process.pid}-${Date.now()}`;
const SECRET = 'open-faults-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let bot: BotProcess;
let slack: SlackRequests;

beforeAll(async () => {
  sim = await startSlackSimulator();
  bot = await startBotProcess({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_KEY_PREFIX: prefix,
    ACT_RESUME_INTERVAL_MS: '500',
    ACT_LEASE_MS: '1000',
    SLACK_CALL_TIMEOUT_MS: '1000',
    SLACK_RATE_LIMIT_WAIT_MS: '30000',
  });
  slack = new SlackRequests({ appUrl: bot.appUrl, signingSecret: SECRET, responseUrl: (id) => sim.responseUrl(id) });
});
afterAll(async () => {
  await bot?.kill();
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

/** Opens and waits for the final answer; returns the channel id it names. */
async function open(title: string): Promise<{ channelId: string }> {
  const res = await slack.slashCommand({ text: `open ${title}`, user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  const answer = await sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 15_000,
  });
  return { channelId: /<#([A-Z0-9]+)>/.exec(String(answer.body.text))?.[1] ?? '' };
}

const headers = (channelId: string) =>
  sim.messages(channelId).filter((m) => m.metadata?.event_payload.post === 'header');

test('conversations.create takes effect, then answers 500: the channel is found by its name; no -2', async () => {
  sim.failNext('conversations.create', { status: 500, applied: true });
  const { channelId } = await open('Ambiguous create');
  const channel = sim.channel(channelId);
  expect(channel?.name).toMatch(/^inc-\d{8}-ambiguous-create$/);
  expect(sim.channel(`${channel?.name}-2`)).toBeUndefined();
  expect(sim.calls('conversations.create').filter((c) => c.response.ok)).toHaveLength(0);
  expect(channel?.members).toContain('UALICE');
  expect(headers(channelId)).toHaveLength(1);
});

test('the header post takes effect, then answers 500: one header, pinned and remembered', async () => {
  sim.failNext('chat.postMessage', { status: 500, applied: true });
  const { channelId } = await open('Ambiguous header');
  const posted = headers(channelId);
  expect(posted).toHaveLength(1);
  expect(posted[0]?.pinned_to).toEqual([channelId]);
});

test("a 429 (Retry-After 10) on channel A's call does not hold up status in channel B", async () => {
  const a = await open('Rate limited A');
  const b = await open('Rate limited B');
  sim.failNext('conversations.members', { status: 429, retryAfterSeconds: 10, channel: a.channelId });
  const since = sim.mark();
  const inA = await slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: a.channelId });
  await sim.waitForCall('conversations.members', (c) => c.seq > since && c.status === 429);

  const inB = await slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: b.channelId });
  const answeredB = await sim.waitForResponse(inB.responseUrlId);
  expect(String(answeredB.body.text)).toContain('Rate limited B');
  // A is still waiting out its Retry-After: B went first.
  expect(sim.responses(inA.responseUrlId)).toEqual([]);

  // And A is answered once the limit has passed (the call was repeated: a 429 means nothing happened).
  const answeredA = await sim.waitForResponse(inA.responseUrlId, undefined, { timeoutMs: 20_000 });
  expect(String(answeredA.body.text)).toContain('Rate limited A');
  expect(answeredA.seq).toBeGreaterThan(answeredB.seq);
}, 40_000);

test('a hung header post ends by timeout; the opener is told what exists, then that it is open', async () => {
  sim.failNext('chat.postMessage', { hang: true }, 3);
  const res = await slack.slashCommand({ text: 'open Hung header', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  const unfinished = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 15_000 });
  const text = String(unfinished.body.text);
  expect(text).toMatch(/is not finished yet/);
  expect(text).toMatch(/Done: the private channel, the incident record/);
  expect(text).toMatch(/Still to do: the header/);
  expect(text).not.toMatch(/nothing (more )?was done/i);

  const done = await sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 15_000,
  });
  const channelId = /<#([A-Z0-9]+)>/.exec(String(done.body.text))?.[1] ?? '';
  expect(headers(channelId)).toHaveLength(1);
}, 40_000);
