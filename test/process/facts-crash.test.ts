import { Redis } from 'ioredis';
import { DeadlineStore } from '../../src/store/deadline-store';
import { RedisKeys } from '../../src/store/keys';
import { deletePrefix } from '../integration/test-bot';
import { mrCooperFactsCommand } from '../support/mr-cooper';
import { SlackRequests } from '../support/slack-requests';
import { type Args, GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { type BotProcess, startBotProcess } from './bot-process';
import { until } from './spawned';

/**
 * `/incident facts` on the compiled bot with its one obligation thread (OBLIGATION_THREADS default): Mr. Cooper
 * facts for several incidents at once queue on the thread, and the process is SIGKILLed while they are being
 * computed and stored. After the restart each incident is consistent: its stored facts, its register and
 * `/incident deadlines` say the same.
 */
const prefix = `test-facts-crash-${process.pid}-${Date.now()}`;
const keys = new RedisKeys(prefix);
const SECRET = 'facts-crash-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let bot: BotProcess | undefined;

beforeAll(async () => {
  sim = await startSlackSimulator();
});
afterAll(async () => {
  await bot?.kill();
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

async function start(): Promise<SlackRequests> {
  bot = await startBotProcess({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_KEY_PREFIX: prefix,
    REMINDER_WORKER: 'off',
    ACT_RESUME_INTERVAL_MS: '300',
    TIMELINE_ANCHOR_DEBOUNCE_MS: '600000',
  });
  return new SlackRequests({ appUrl: bot.appUrl, signingSecret: SECRET, responseUrl: (id) => sim.responseUrl(id) });
}

const isRegister = (m: { blocks?: unknown }) =>
  Array.isArray(m.blocks) && m.blocks.some((b) => (b as { block_id?: string }).block_id === 'register-header');
const isFactsAnnouncement = (args: Args) => String(args.text).startsWith('Facts updated');

test('killed while facts for several incidents are computed on the one thread: each incident consistent after restart', async () => {
  let slack = await start();
  const incidents: { id: string; channel: string }[] = [];
  for (let i = 0; i < 6; i += 1) {
    const res = await slack.slashCommand({
      text: `open Thread crash ${i}`,
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
    incidents.push({ id, channel });
  }
  // The first facts stored reaches Slack's door with its announcement; the rest are still queued on the thread.
  const held = sim.hold('chat.postMessage', { where: isFactsAnnouncement });
  await Promise.all(
    incidents.map(({ channel }) =>
      slack.slashCommand({ text: mrCooperFactsCommand, user_id: 'UALICE', channel_id: channel }),
    ),
  );
  await held.reached;
  await bot?.kill();
  held.release();

  slack = await start();
  const deadlines = new DeadlineStore(redis, keys);
  let factsStored = 0;
  for (const { id, channel } of incidents) {
    // What Redis holds: either the Mr. Cooper facts with their obligations, or the facts as opened (none).
    const state = await deadlines.get(id);
    const stored = state?.obligations.filter((o) => o.current && o.doneAt === null).length ?? 0;
    if (stored > 0) factsStored += 1;
    const res = await slack.slashCommand({ text: 'deadlines', user_id: 'UALICE', channel_id: channel });
    const said = String((await sim.waitForResponse(res.responseUrlId, undefined, 10_000)).body.text);
    expect([id, Number(/ (\d+) open/.exec(said)?.[1] ?? 0)]).toEqual([id, stored]);
    // The pinned register says the same: drawn by the restarted bot's resumer where the kill came before it.
    const registerOpen = () => {
      const register = sim.messages(channel).filter(isRegister);
      expect(register).toHaveLength(1);
      return Number(/ (\d+) open/.exec(String(register[0]?.text))?.[1] ?? -1);
    };
    await until(async () => registerOpen() === stored, `the register of ${id} shows ${stored} open`);
  }
  // The kill fell after at least one incident's facts were stored (its announcement was at Slack's door).
  expect(factsStored).toBeGreaterThan(0);
}, 120_000);
