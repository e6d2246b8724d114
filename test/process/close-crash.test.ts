import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import type { Args } from '../support/slack-simulator/types';
import { type BotProcess, startBotProcess } from './bot-process';

/**
 * `/incident close` killed (SIGKILL) inside its header refresh or its final summary post (which then takes
 * effect): the restarted bot finishes the close, with one final summary.
 */
const prefix = `test-close-crash-${process.pid}-${Date.now()}`;
const SECRET = 'close-crash-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let bot: BotProcess | undefined;

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
});
afterAll(async () => {
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

async function start(): Promise<SlackRequests> {
  bot = await startBotProcess({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_KEY_PREFIX: prefix,
    ACT_RESUME_INTERVAL_MS: '300',
    ACT_LEASE_MS: '600',
  });
  return new SlackRequests({ appUrl: bot.appUrl, signingSecret: SECRET, responseUrl: (id) => sim.responseUrl(id) });
}

const postKind = (args: Args) =>
  (args.metadata as { event_payload?: { post?: string } } | undefined)?.event_payload?.post;

test.each([
  { step: 'refreshing the header', method: 'chat.update', when: (_a: Args) => true },
  { step: 'posting the final summary', method: 'chat.postMessage', when: (a: Args) => postKind(a) === 'final_summary' },
])(
  'killed while $step: the restarted bot finishes the close, one final summary',
  async ({ method, when }) => {
    sim.reset();
    let slack = await start();
    const victim = bot;
    if (!victim) throw new Error('no bot');
    const opened = await slack.slashCommand({
      text: `open Close crash ${method}`,
      user_id: 'UALICE',
      channel_id: GENERAL_CHANNEL_ID,
    });
    const answer = await sim.waitForResponse(opened.responseUrlId, (r) => String(r.body.text).includes('is open'), {
      timeoutMs: 20_000,
    });
    const channelId = /<#([A-Z0-9]+)>/.exec(String(answer.body.text))?.[1] ?? '';

    let killed = false;
    sim.setHandler(method, async (args, ctx) => {
      if (!killed && when(args)) {
        killed = true;
        await victim.kill();
      }
      return ctx.callDefault();
    });
    await slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: channelId });
    await victim.exited;
    expect(killed).toBe(true);

    slack = await start();
    await sim.waitForCall(
      'files.completeUploadExternal',
      (c) => c.args.channel_id === channelId && c.response.ok === true,
      {
        timeoutMs: 20_000,
      },
    );
    const finals = sim.messages(channelId).filter((m) => m.metadata?.event_payload.post === 'final_summary');
    expect(finals).toHaveLength(1);
    const status = await slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: channelId });
    expect(String((await sim.waitForResponse(status.responseUrlId)).body.text)).toContain('closed');
  },
  60_000,
);

test('killed while Slack shares the final summary file (files.completeUploadExternal takes effect): the file is attached once', async () => {
  sim.reset();
  let slack = await start();
  const victim = bot;
  if (!victim) throw new Error('no bot');
  const opened = await slack.slashCommand({
    text: 'open Close crash during the file share',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  const incidentId = /\*(INC-[^*]+)\*/.exec(JSON.parse(opened.body).text)?.[1] ?? '';
  const answer = await sim.waitForResponse(opened.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 20_000,
  });
  const channelId = /<#([A-Z0-9]+)>/.exec(String(answer.body.text))?.[1] ?? '';

  let killed = false;
  sim.setHandler('files.completeUploadExternal', async (_args, ctx) => {
    if (!killed) {
      killed = true;
      await victim.kill();
    }
    return ctx.callDefault();
  });
  await slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: channelId });
  await victim.exited;
  expect(killed).toBe(true);
  // The share went through after the process died (nobody heard the answer).
  await sim.waitForCall('files.completeUploadExternal', (c) => c.response.ok === true);
  const sharedSummaries = () =>
    sim.messages(channelId).filter((m) => m.files?.some((f) => f.name.includes('-final-summary-')));
  expect(sharedSummaries()).toHaveLength(1);

  slack = await start();
  await closeFinished(incidentId);
  expect(sim.messages(channelId).filter((m) => m.metadata?.event_payload.post === 'final_summary')).toHaveLength(1);
  expect(sharedSummaries()).toHaveLength(1);
  const status = await slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: channelId });
  expect(String((await sim.waitForResponse(status.responseUrlId)).body.text)).toContain('closed');
}, 60_000);

/** Waits for the close act's record to say it finished (the restarted bot's resumer ran it to the end). */
async function closeFinished(incidentId: string, timeoutMs = 20_000): Promise<void> {
  const key = `${prefix}:{acts}:close:${incidentId}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const raw = await redis.get(key);
    if (raw && (JSON.parse(raw) as { status: string }).status === 'finished') return;
    if (Date.now() > deadline) throw new Error(`close of ${incidentId} not finished: ${raw}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
