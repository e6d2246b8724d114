import { Redis } from 'ioredis';
import { DeadlineStore } from '../../src/store/deadline-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';
import { deletePrefix } from '../integration/test-bot';
import { runCliCaptured } from '../support/cli-run';
import { mrCooperFactsCommand } from '../support/mr-cooper';
import { SlackRequests, type SlackResponse } from '../support/slack-requests';
import {
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SimMessage,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { spawnCompiledAgainst } from './bot-process';
import { type Spawned, until } from './spawned';

/**
 * Replicas as an operator runs them: two compiled bots behind a load balancer (requests sent to each in turn)
 * and one `npm run worker`, on one Redis and key prefix, against the Slack simulator. An incident worked from
 * open to close across both bots must leave the channel as one bot would: one header, one checklist, one
 * register updated in place, one announcement per change, a timeline whose chain holds, one summary file.
 */
const prefix = `test-replicas-journey-${process.pid}-${Date.now()}`;
const SECRET = 'replicas-journey-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
const procs: Spawned[] = [];

function start(name: string, entry: string, env: Record<string, string>): Spawned {
  const proc = spawnCompiledAgainst(
    name,
    entry,
    { apiUrl: sim.apiUrl, prefix },
    { INCIDENT_RESPONDERS: 'UBOB', ...env },
  );
  procs.push(proc);
  return proc;
}

async function startBot(
  name: string,
  env: Record<string, string> = {},
): Promise<{ proc: Spawned; slack: SlackRequests }> {
  const proc = start(name, 'src/main.js', {
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    REMINDER_WORKER: 'off',
    ...env,
  });
  const port = Number((await proc.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/, 60_000))[1]);
  const slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
  return { proc, slack };
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

const postKind = (m: SimMessage) => m.metadata?.event_payload.post;
const isRegister = (m: { blocks?: unknown }) =>
  Array.isArray(m.blocks) && m.blocks.some((b) => (b as { block_id?: string }).block_id === 'register-header');

type Option = { value: string };
type Section = { block_id?: string; accessory?: { type: string; options: Option[]; initial_options?: Option[] } };

/** Sends a command that answers by telling the channel, and waits for that post. */
async function toldInChannel(slack: SlackRequests, text: string, channel: string): Promise<void> {
  const since = sim.mark();
  const res = await slack.slashCommand({ text, user_id: 'UALICE', channel_id: channel });
  expect(res.status).toBe(200);
  await sim.waitForCall('chat.postMessage', (c) => c.args.channel === channel && postKindOf(c.args) === undefined, {
    since,
    timeoutMs: 20_000,
  });
}

async function answered(res: SlackResponse, pattern: RegExp): Promise<string> {
  const r = await sim.waitForResponse(res.responseUrlId, (x) => pattern.test(String(x.body.text)), {
    timeoutMs: 20_000,
  });
  return String(r.body.text);
}

test('an incident worked across two bots and a worker: the channel holds each post once, the chain holds', async () => {
  const [a, b] = await Promise.all([startBot('bot-a'), startBot('bot-b')]);
  const worker = start('worker', 'src/worker-main.js', { WORKER_METRICS_PORT: '0' });
  await worker.waitFor(/"event":"reminder_worker_started"/, 60_000);

  // Open on A.
  const open = await a.slack.slashCommand({
    text: 'open Mortgage servicer breach',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  const reply = await answered(open, /is open/);
  const id = /\*(INC-[0-9A-Z-]+)\*/.exec(reply)?.[1] ?? '';
  const channel = /<#([A-Z0-9]+)>/.exec(reply)?.[1] ?? '';
  expect(id).not.toBe('');

  // Facts on B.
  await toldInChannel(b.slack, mrCooperFactsCommand, channel);

  // Notified on A.
  await toldInChannel(a.slack, 'notified us-ca/individuals', channel);

  // A checklist tick on B.
  const checklist = sim.messages(channel).find((m) => postKind(m) === 'checklist');
  if (!checklist) throw new Error('no checklist');
  const blocks = checklist.blocks as Section[];
  const section = blocks.find((s) => s.accessory?.type === 'checkboxes' && s.accessory.options.length > 0)!;
  const item = section.accessory!.options.find(
    (o) => !(section.accessory!.initial_options ?? []).some((i) => i.value === o.value),
  )!;
  const ticked = [...(section.accessory!.initial_options ?? []), item].map((o) => ({ value: o.value }));
  const tickSince = sim.mark();
  const tick = await b.slack.blockAction({
    user_id: 'UBOB',
    channel_id: channel,
    message: { ts: checklist.ts, blocks },
    actions: [
      { action_id: 'checklist_check', block_id: section.block_id!, type: 'checkboxes', selected_options: ticked },
    ],
  });
  expect(tick.status).toBe(200);
  await sim.waitForCall('chat.update', (c) => c.args.ts === checklist.ts, { since: tickSince, timeoutMs: 20_000 });

  // A decision on A, deadlines on B.
  await toldInChannel(a.slack, 'decision Notify every affected state now', channel);
  const deadlines = await b.slack.slashCommand({ text: 'deadlines', user_id: 'UALICE', channel_id: channel });
  const deadlinesReply = await sim.waitForResponse(deadlines.responseUrlId, undefined, { timeoutMs: 20_000 });

  // Close on A: notices are open, so the commander confirms.
  const close = await a.slack.slashCommand({ text: 'close Done for the test', user_id: 'UALICE', channel_id: channel });
  const question = await sim.waitForResponse(
    close.responseUrlId,
    (r) => String(r.body.text).includes('Close anyway?'),
    {
      timeoutMs: 20_000,
    },
  );
  const confirm = ((question.body as { blocks: { elements?: { action_id: string; value: string }[] }[] }).blocks ?? [])
    .flatMap((x) => x.elements ?? [])
    .find((x) => x.action_id === 'incident_close_confirm');
  if (!confirm) throw new Error('no confirm button');
  const confirmed = await a.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channel,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: confirm.action_id, value: confirm.value, type: 'button' }],
  });
  await answered(confirmed, /is closed/);
  await sim.waitForCall('files.completeUploadExternal', (c) => c.response.ok === true, { timeoutMs: 20_000 });

  const messages = sim.messages(channel);
  expect(messages.filter((m) => postKind(m) === 'header')).toHaveLength(1);
  expect(messages.filter((m) => postKind(m) === 'checklist')).toHaveLength(1);
  expect(messages.filter((m) => postKind(m) === 'obligations')).toHaveLength(1);
  // The register: posted once at the open, then updated in place by the facts (B), the notice (A) and the close.
  const registers = messages.filter(isRegister);
  expect(registers).toHaveLength(1);
  const registerEdits = sim.calls('chat.update').filter((c) => c.args.ts === registers[0]?.ts && c.response.ok);
  expect(registerEdits.length).toBeGreaterThanOrEqual(2);
  // What the register and `deadlines` count is what the facts brought: the stored obligations, one of them given.
  const stored = await new DeadlineStore(redis, new RedisKeys(prefix)).get(id);
  const total = stored?.obligations.length ?? 0;
  expect(total).toBeGreaterThan(100);
  expect(registers[0]?.text).toContain(`${total - 1} open, 1 done`);
  // The checklist shows the tick B took.
  const checklistNow = JSON.stringify(sim.message(channel, checklist.ts)?.blocks);
  expect(checklistNow).toContain('1 of 36 done');
  expect(checklistNow).toContain('done by <@UBOB>');
  // One announcement per change, whichever bot took it.
  const said = (start: string) => messages.filter((m) => String(m.text).startsWith(start));
  expect(said('Facts updated')).toHaveLength(1);
  expect(said('Notice given')).toHaveLength(1);
  expect(said('Decision recorded')).toHaveLength(1);
  expect(messages.filter((m) => postKind(m) === 'final_summary')).toHaveLength(1);
  expect(messages.flatMap((m) => m.files ?? [])).toHaveLength(1);
  expect(String(deadlinesReply.body.text)).toMatch(new RegExp(`notification deadlines: ${total - 1} open .* 1 done`));

  // The timeline: each change once, and its chain (and the anchors posted in the channel) hold.
  const kinds = (await new TimelineStore(redis, new RedisKeys(prefix)).entries(id)).map((e) => e.kind);
  // (each change of the obligations is followed by its recomputation's entry)
  expect(kinds).toEqual([
    'opened',
    'obligations_computed',
    'facts_changed',
    'obligations_computed',
    'notice_done',
    'obligations_computed',
    'checklist_item',
    'decision',
    'close_requested',
    'closed',
    'summary_posted',
  ]);
  const verify = await runCliCaptured(['verify', id], {
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_API_URL: sim.apiUrl,
  });
  expect(verify).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK /) });
  // Work really was spread: each bot logged acts of its own.
  expect(a.proc.output()).toContain('"event":"incident_opened"');
  expect(b.proc.output()).toContain('"event":"facts_changed"');
}, 120_000);

const postKindOf = (args: Record<string, unknown>) =>
  (args.metadata as { event_payload?: { post?: string } } | undefined)?.event_payload?.post;

test('bot A stopped (SIGTERM) mid-open with Slack slow, bot B alive: the open finishes once, the opener answered once', async () => {
  // A's lease outlasts a Slack call (2 s here): B takes the open over only once what A sent has landed.
  const fast = { ACT_RESUME_INTERVAL_MS: '300', ACT_LEASE_MS: '3000', SHUTDOWN_GRACE_SECONDS: '3' };
  const [a, b] = await Promise.all([startBot('bot-a2', fast), startBot('bot-b2', fast)]);
  // Every post takes 2 s: the open's four posts outlast A's drain time.
  sim.failNext('chat.postMessage', { delayMs: 2000 }, 8);
  const held = sim.hold('chat.postMessage', { where: (args) => postKindOf(args) === 'header' });
  const open = await a.slack.slashCommand({
    text: 'open Slow Slack shutdown',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  expect(JSON.parse(open.body).text).toMatch(/^Opening incident/);
  await held.reached;
  a.proc.child.kill('SIGTERM');
  await a.proc.waitFor(/"event":"shutdown_started"/);
  held.release();
  const code = await a.proc.exited;
  const reply = await answered(open, /is open/);
  const channel = /<#([A-Z0-9]+)>/.exec(reply)?.[1] ?? '';
  // A gave up its acknowledged open at the drain time: B's resumer finished it.
  expect(code).toBe(1);
  expect(a.proc.output()).toMatch(/"event":"shutdown_abandoned"[^\n]*"acts":"command_open:1"/);
  await until(async () => (await redis.zcard(new RedisKeys(prefix).pendingActs())) === 0, 'no pending open', 30_000);
  const messages = sim.messages(channel);
  expect(messages.filter((m) => postKind(m) === 'header')).toHaveLength(1);
  expect(messages.filter((m) => postKind(m) === 'checklist')).toHaveLength(1);
  expect(messages.filter((m) => postKind(m) === 'obligations')).toHaveLength(1);
  expect(messages.filter(isRegister)).toHaveLength(1);
  expect(sim.responses(open.responseUrlId).map((r) => r.body.text)).toEqual([reply]);
  expect(b.proc.output()).toContain('"event":"acts_resumed"');
}, 120_000);
