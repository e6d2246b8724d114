import { Redis } from 'ioredis';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import type { Args } from '../support/slack-simulator/types';
import { type BotProcess, startBotProcess } from './bot-process';

/**
 * `/incident open` killed (SIGKILL) at each of its steps, inside the step's Slack call, which then takes
 * effect with nobody to hear the answer (the worst case: did it happen?). A restarted bot finishes the open:
 * one channel, one header, one checklist, the opener a member, and the opener answered.
 */
const prefix = `test-open-crash-${process.pid}-${Date.now()}`;
const SECRET = 'open-crash-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let bot: BotProcess | undefined;

const ENV = {
  SLACK_SIGNING_SECRET: SECRET,
  REDIS_KEY_PREFIX: prefix,
  INCIDENT_RESPONDERS: 'UBOB',
  ACT_RESUME_INTERVAL_MS: '300',
  ACT_LEASE_MS: '600',
  SLACK_CALL_TIMEOUT_MS: '3000',
};

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
  bot = await startBotProcess({ ...ENV, SLACK_API_URL: sim.apiUrl });
  return new SlackRequests({ appUrl: bot.appUrl, signingSecret: SECRET, responseUrl: (id) => sim.responseUrl(id) });
}

const postKind = (args: Args) =>
  (args.metadata as { event_payload?: { post?: string } } | undefined)?.event_payload?.post;

/** Each step of an open, and the Slack call that is in flight when the process dies there. */
const STEPS: { step: string; method: string; when?: (args: Args) => boolean }[] = [
  { step: 'while creating the channel', method: 'conversations.create' },
  { step: 'while inviting (record and timeline stored)', method: 'conversations.invite' },
  { step: 'while setting the topic', method: 'conversations.setTopic' },
  { step: 'while posting the header', method: 'chat.postMessage', when: (a) => postKind(a) === 'header' },
  { step: 'while pinning the header', method: 'pins.add' },
  { step: 'while posting the checklist', method: 'chat.postMessage', when: (a) => postKind(a) === 'checklist' },
  { step: 'while posting the deadlines', method: 'chat.postMessage', when: (a) => postKind(a) === 'obligations' },
  // Told apart by its blocks, not its metadata: what Slack shows is what counts.
  { step: 'while posting the register', method: 'chat.postMessage', when: (a) => isRegister(a) },
];

/** The notification register message (src/slack/messages/register-message.ts), by its header block. */
function isRegister(message: { blocks?: unknown }): boolean {
  return (
    Array.isArray(message.blocks) &&
    message.blocks.some((b) => (b as { block_id?: string }).block_id === 'register-header')
  );
}

test.each(STEPS)(
  'killed $step: the restarted bot finishes the open, once',
  async ({ method, when }) => {
    sim.reset();
    let slack = await start();
    const victim = bot;
    if (!victim) throw new Error('no bot');
    let killed = false;
    // Inside Slack's handling of the step's call: the process dies first, then the call takes effect.
    sim.setHandler(method, async (args, ctx) => {
      if (!killed && (when?.(args) ?? true)) {
        killed = true;
        await victim.kill();
      }
      return ctx.callDefault();
    });

    const title = `Crash ${method} ${postKindLabel(when)}`.trim();
    const res = await slack.slashCommand({ text: `open ${title}`, user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).text).toMatch(/^Opening incident \*INC-.+\*; the channel will follow\.$/);
    await victim.exited;
    expect(killed).toBe(true);
    expect(sim.responses(res.responseUrlId)).toEqual([]);

    slack = await start();
    const answer = await sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
      timeoutMs: 20_000,
    });
    const channelId = /<#([A-Z0-9]+)>/.exec(String(answer.body.text))?.[1] ?? '';
    const channel = sim.channel(channelId);
    expect(channel?.name).toMatch(/^inc-\d{8}-crash-/);
    // One channel: no -2 made for a name that was already ours.
    expect(sim.channel(`${channel?.name}-2`)).toBeUndefined();
    expect(channel?.members).toEqual(expect.arrayContaining(['UALICE', 'UBOB']));
    const messages = sim.messages(channelId);
    const kinds = messages.map((m) => m.metadata?.event_payload.post).filter(Boolean);
    expect(kinds.filter((k) => k === 'header')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'checklist')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'obligations')).toHaveLength(1);
    expect(messages.filter(isRegister)).toHaveLength(1);
    expect(messages.find((m) => m.metadata?.event_payload.post === 'header')?.pinned_to).toEqual([channelId]);

    // The incident works for its opener: status in its channel answers with the incident.
    const status = await slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: channelId });
    const reply = await sim.waitForResponse(status.responseUrlId);
    expect(String(reply.body.text)).toContain(title);
  },
  60_000,
);

function postKindLabel(when: ((args: Args) => boolean) | undefined): string {
  if (!when) return '';
  for (const kind of ['header', 'checklist', 'obligations']) {
    if (when({ metadata: { event_payload: { post: kind } } })) return kind;
  }
  if (when({ blocks: [{ block_id: 'register-header' }] })) return 'register';
  return '';
}

test('killed while conversations.create is held; the create lands only after the restarted bot made the channel: still one channel', async () => {
  sim.reset();
  let slack = await start();
  const victim = bot;
  if (!victim) throw new Error('no bot');
  const held = sim.hold('conversations.create');
  const res = await slack.slashCommand({ text: 'open Late create', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  const args = await held.reached;
  await victim.kill();

  slack = await start();
  const answer = await sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 20_000,
  });
  // The first process's create now reaches Slack: the name is taken by the channel the restarted bot made.
  held.release();
  await sim.waitForCall('conversations.create', (c) => c.response.error === 'name_taken');
  const channelId = /<#([A-Z0-9]+)>/.exec(String(answer.body.text))?.[1] ?? '';
  expect(sim.channel(channelId)?.name).toBe(args.name);
  expect(sim.channel(`${String(args.name)}-2`)).toBeUndefined();
  expect(sim.calls('conversations.create').filter((c) => c.response.ok)).toHaveLength(1);
}, 60_000);
