import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';
import { deletePrefix } from '../integration/test-bot';
import { SlackRequests } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import type { Args, SimFile, SimMessage } from '../support/slack-simulator/types';
import { type BotProcess, startBotProcess } from './bot-process';

/**
 * `/incident close` killed (SIGKILL) inside its header refresh or its final summary post (which then takes
 * effect), or while its file share is held by Slack and lands late: the restarted bot finishes the close, with
 * one final summary and one summary file.
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

async function start(env: Record<string, string> = {}): Promise<SlackRequests> {
  bot = await startBotProcess({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_KEY_PREFIX: prefix,
    ACT_RESUME_INTERVAL_MS: '300',
    ACT_LEASE_MS: '600',
    ...env,
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
  const sharedSummaries = () => sim.messages(channelId).filter((m) => liveSummaryFiles(m).length > 0);
  expect(sharedSummaries()).toHaveLength(1);

  slack = await start();
  await closeFinished(incidentId);
  expect(sim.messages(channelId).filter((m) => m.metadata?.event_payload.post === 'final_summary')).toHaveLength(1);
  expect(sharedSummaries()).toHaveLength(1);
  const status = await slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: channelId });
  expect(String((await sim.waitForResponse(status.responseUrlId)).body.text)).toContain('closed');
}, 60_000);

test.each([
  { lands: 'after the restarted bot finished the close', beforeDelete: false },
  { lands: "between the restarted bot's look in the channel and its delete of the earlier file", beforeDelete: true },
])(
  'killed while Slack holds the file share, which lands $lands: one summary file, the one the timeline records',
  async ({ beforeDelete }) => {
    sim.reset();
    let slack = await start();
    const victim = bot;
    if (!victim) throw new Error('no bot');
    // A title of its own: the same person opening the same title within a minute gets the same incident.
    const { incidentId, channelId } = await openIncident(
      slack,
      `Close crash with a file share landing ${beforeDelete ? 'before the delete' : 'late'}`,
    );

    // The first share reaches Slack and is held there, not yet applied; the process that sent it dies.
    const held = sim.hold('files.completeUploadExternal', { where: (a) => a.channel_id === channelId });
    await slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: channelId });
    const lateFileId = fileIdsOf(await held.reached)[0] ?? '';
    await victim.kill();
    const lateShare = () =>
      sim.waitForCall('files.completeUploadExternal', (c) => fileIdsOf(c.args).includes(lateFileId));
    if (beforeDelete) {
      // The held share is applied after the restarted bot looked for the file and did not find it, just
      // before its delete of that file reaches Slack.
      sim.setHandler('files.delete', async (args, ctx) => {
        if (args.file === lateFileId) {
          held.release();
          await lateShare();
        }
        return ctx.callDefault();
      });
    }

    slack = await start();
    await closeFinished(incidentId);
    // Otherwise only now does Slack apply the dead process's share.
    held.release();
    const late = await lateShare();

    await expectOneSummaryFile(incidentId, channelId);
    // Landed before the delete (then taken out by it), or refused after it: never a second file.
    expect(late.response.ok).toBe(beforeDelete);
    expect(sim.messages(channelId).filter((m) => m.metadata?.event_payload.post === 'final_summary')).toHaveLength(1);
  },
  60_000,
);

test('the late share landed, the restarted bot deleted it and was killed before its fresh copy: the third run does not take the deleted file for the summary', async () => {
  sim.reset();
  let slack = await start();
  const first = bot;
  if (!first) throw new Error('no bot');
  const { incidentId, channelId } = await openIncident(slack, 'Close crash twice around a late file share');

  const held = sim.hold('files.completeUploadExternal', { where: (a) => a.channel_id === channelId });
  await slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: channelId });
  const lateFileId = fileIdsOf(await held.reached)[0] ?? '';
  await first.kill();

  // The late share lands just before the restarted bot's delete, which takes it out (a tombstone stays in
  // the message that shared it); the restarted bot dies as the delete is answered.
  slack = await start();
  const second = bot;
  if (!second) throw new Error('no bot');
  sim.setHandler('files.delete', async (args, ctx) => {
    if (args.file !== lateFileId) return ctx.callDefault();
    held.release();
    await sim.waitForCall('files.completeUploadExternal', (c) => fileIdsOf(c.args).includes(lateFileId));
    const deleted = await ctx.callDefault();
    await second.kill();
    return deleted;
  });
  await second.exited;
  expect(sim.state.files.get(lateFileId)?.deleted).toBe(true);

  slack = await start();
  await closeFinished(incidentId);
  await expectOneSummaryFile(incidentId, channelId);
}, 60_000);

test('killed after Slack completed the file without sharing it into the channel: that copy is deleted, one summary file', async () => {
  sim.reset();
  let slack = await start();
  const victim = bot;
  if (!victim) throw new Error('no bot');
  const { incidentId, channelId } = await openIncident(slack, 'Close crash with an unshared file');

  // Slack takes the upload and completes the file but has not shared it when the process dies (the share
  // may still come: Slack shares asynchronously).
  let earlierFileId = '';
  sim.setHandler('files.completeUploadExternal', async (args, ctx) => {
    if (earlierFileId) return ctx.callDefault();
    earlierFileId = fileIdsOf(args)[0] ?? '';
    delete args.channel_id;
    const completed = await ctx.callDefault();
    await victim.kill();
    return completed;
  });
  await slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: channelId });
  await victim.exited;
  expect(sim.state.files.get(earlierFileId)?.completed).toBe(true);

  slack = await start();
  await closeFinished(incidentId);
  expect(sim.state.files.get(earlierFileId)?.deleted).toBe(true);
  await expectOneSummaryFile(incidentId, channelId);
}, 60_000);

test('the file share gets no answer in time and lands after the close finished: one summary file, the one the timeline records', async () => {
  sim.reset();
  // No kill: the bot gives up on the held share after SLACK_CALL_TIMEOUT_MS, while Slack still has it.
  const slack = await start({ SLACK_CALL_TIMEOUT_MS: '1000' });
  const { incidentId, channelId } = await openIncident(slack, 'Close with a file share that times out');

  const held = sim.hold('files.completeUploadExternal', { where: (a) => a.channel_id === channelId });
  await slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: channelId });
  const lateFileId = fileIdsOf(await held.reached)[0] ?? '';
  await closeFinished(incidentId);
  held.release();
  const late = await sim.waitForCall('files.completeUploadExternal', (c) => fileIdsOf(c.args).includes(lateFileId));

  await expectOneSummaryFile(incidentId, channelId);
  expect(late.response.ok).toBe(false);
}, 60_000);

async function openIncident(slack: SlackRequests, title: string): Promise<{ incidentId: string; channelId: string }> {
  const opened = await slack.slashCommand({ text: `open ${title}`, user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  const incidentId = /\*(INC-[^*]+)\*/.exec(JSON.parse(opened.body).text)?.[1] ?? '';
  const answer = await sim.waitForResponse(opened.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 20_000,
  });
  return { incidentId, channelId: /<#([A-Z0-9]+)>/.exec(String(answer.body.text))?.[1] ?? '' };
}

/**
 * One final summary file live in the channel, and one final summary on the timeline that names it: its id,
 * name and the SHA-256 of the bytes Slack holds for it.
 */
async function expectOneSummaryFile(incidentId: string, channelId: string): Promise<void> {
  const live = sim.messages(channelId).flatMap(liveSummaryFiles);
  expect(live).toHaveLength(1);
  const inChannel = live[0];
  const summaries = (await timeline(incidentId)).filter((e) => e.kind === 'summary_posted' && e.data?.final === true);
  expect(summaries).toHaveLength(1);
  expect(summaries[0]?.data?.fileId).toBe(inChannel?.id);
  expect(summaries[0]?.data?.fileName).toBe(inChannel?.name);
  const bytes = sim.fileContents(inChannel?.id ?? '');
  expect(bytes).toBeDefined();
  const digest = createHash('sha256')
    .update(bytes ?? '')
    .digest('hex');
  expect(summaries[0]?.data?.markdownSha256).toBe(digest);
}

/** The final summary files a message shares that are still there (a deleted file leaves a tombstone). */
function liveSummaryFiles(message: SimMessage) {
  return (message.files ?? []).filter(
    (f): f is SimFile => f.mode !== 'tombstone' && f.name.includes('-final-summary-'),
  );
}

function fileIdsOf(args: Args): string[] {
  return Array.isArray(args.files) ? (args.files as { id?: unknown }[]).map((f) => String(f.id)) : [];
}

async function timeline(incidentId: string) {
  return new TimelineStore(redis, new RedisKeys(prefix)).entries(incidentId);
}

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
