import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';
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
 * The compiled bot in Socket Mode (SLACK_APP_TOKEN set, no signing secret): it fetches its WebSocket URL with
 * apps.connections.open from SLACK_API_URL, takes slash commands, buttons, shortcuts and events as envelopes and
 * acks them on the socket, reconnects when Slack asks it to, still serves /healthz on PORT, and exits 0 on SIGTERM.
 */
const prefix = `test-socket-${process.pid}-${Date.now()}`;
const keys = new RedisKeys(prefix);
let sim: SlackSimulator;
let bot: SpawnedProcess;
let port: number;
/** Builds payloads in Slack's wire format (the same kit the HTTP tests sign) by sending them to a sink. */
let payloads: SlackRequests;
let sink: Server;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
/** The incident opened over the socket, used by the later tests. */
let channel = '';

beforeAll(async () => {
  sim = await startSlackSimulator();
  sink = createServer((_req, res) => res.end());
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  payloads = new SlackRequests({
    appUrl: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`,
    signingSecret: 'unused',
    responseUrl: (id) => sim.responseUrl(id),
  });
  port = await freePort();
  bot = spawnCompiled('src/main.js', {
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_APP_TOKEN: sim.appToken,
    SLACK_API_URL: sim.apiUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    REDIS_ALLOW_VOLATILE: 'true',
    REMINDER_WORKER: 'off',
    PORT: String(port),
  });
  await bot.waitFor(/"event":"bot_started"[^\n]*"mode":"socket"/);
}, 30_000);

afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await bot?.exited;
  await new Promise<void>((resolve) => sink?.close(() => resolve()));
  await sim.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

/** A port nobody listens on now (Socket Mode's HTTP server cannot report the port it got for PORT=0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
}

async function timeline() {
  const incident = await new IncidentStore(redis, keys).getByChannel(channel);
  if (!incident) throw new Error(`no incident for ${channel}`);
  return new TimelineStore(redis, keys).entries(incident.id);
}

test('connects with the app token, answers /incident over the socket, serves /healthz', async () => {
  // It asked the simulator (SLACK_API_URL), not slack.com, for its WebSocket URL, with the app-level token.
  const open = sim.calls('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]!.token).toBe(sim.appToken);
  expect(open[0]!.response.ok).toBe(true);
  expect(String(open[0]!.response.url)).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=/);
  await sim.socketMode.waitForConnection();
  expect(sim.socketMode.openConnections()).toHaveLength(1);

  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ redis: 'ok' });
  expect((await fetch(`http://127.0.0.1:${port}/livez`)).status).toBe(200);

  const help = await sim.socketMode.request(
    sim.socketMode.slashCommandEnvelope({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID }),
    { timeoutMs: 10_000 },
  );
  expect(help.payload.response_type).toBe('ephemeral');
  expect(String(help.payload.text)).toContain('/incident open <title>');

  const since = sim.mark();
  const opened = await sim.socketMode.request(
    sim.socketMode.slashCommandEnvelope({
      text: 'open Socket mode test',
      user_id: 'UALICE',
      channel_id: GENERAL_CHANNEL_ID,
      response_url: sim.responseUrl('socket-open'),
    }),
    { timeoutMs: 10_000 },
  );
  // Acknowledged at once with a visible line naming the incident; the work follows.
  expect(opened.payload).toEqual({
    response_type: 'ephemeral',
    text: expect.stringMatching(/^Opening incident \*INC-.+\*; the channel will follow\.$/),
  });
  const create = await sim.waitForCall('conversations.create', undefined, { since, timeoutMs: 10_000 });
  channel = String((create.response.channel as { id: string }).id);
  expect(sim.channel(channel)).toMatchObject({
    is_private: true,
    name: expect.stringMatching(/^inc-\d{8}-socket-mode-test$/),
  });
  await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && JSON.stringify(c.args.blocks ?? '').includes('checklist-progress'),
    { since, timeoutMs: 10_000 },
  );
  const reply = await sim.waitForResponse('socket-open', undefined, { timeoutMs: 10_000 });
  expect(String(reply.body.text)).toMatch(/is open in <#/);
}, 30_000);

test('a checklist button over the socket: acked on the socket, the tick stored and shown', async () => {
  const checklist = sim.messages(channel).find((m) => JSON.stringify(m.blocks ?? '').includes('checklist-progress'));
  type Boxes = { block_id?: string; accessory?: { action_id?: string; options?: { value: string }[] } };
  const blocks = (checklist?.blocks ?? []) as Boxes[];
  const boxes = blocks.find((b) => b.accessory?.action_id === 'checklist_check');
  const value = boxes?.accessory?.options?.[0]?.value;
  if (!checklist || !boxes?.block_id || !value) throw new Error('no checklist checkboxes');
  // A click on the first box, as Slack sends it: every box checked after the click, and the message.
  const { sent } = await payloads.blockAction({
    user_id: 'UALICE',
    channel_id: channel,
    message: { ts: checklist.ts, text: checklist.text ?? '', blocks },
    actions: [
      { action_id: 'checklist_check', block_id: boxes.block_id, type: 'checkboxes', selected_options: [{ value }] },
    ],
  });
  const since = sim.mark();
  const ack = await sim.socketMode.request({ type: 'interactive', payload: sent.payload }, { timeoutMs: 10_000 });
  expect(ack.payload).toEqual({});
  const update = await sim.waitForCall('chat.update', (c) => c.args.ts === checklist.ts, { since, timeoutMs: 10_000 });
  expect(JSON.stringify(update.args.blocks)).toContain('<@UALICE>');
  expect((await timeline()).filter((e) => e.kind === 'checklist_item')).toHaveLength(1);
}, 30_000);

test('the "Record decision" message shortcut over the socket records the message as a decision', async () => {
  const message = sim.seedMessage(channel, { user: 'UBOB', text: 'We engage outside counsel today' });
  const { sent } = await payloads.messageShortcut({
    user_id: 'UALICE',
    callback_id: 'record_decision',
    channel_id: channel,
    message: { ts: message.ts, text: message.text ?? '', user: 'UBOB' },
  });
  const since = sim.mark();
  const ack = await sim.socketMode.request({ type: 'interactive', payload: sent.payload }, { timeoutMs: 10_000 });
  expect(ack.payload).toEqual({}); // acknowledged at once, before the work
  await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && String(c.args.text).startsWith('Decision recorded'),
    { since, timeoutMs: 10_000 },
  );
  const decisions = (await timeline()).filter((e) => e.kind === 'decision');
  expect(decisions.map((d) => d.data.text)).toEqual(['We engage outside counsel today']);
}, 30_000);

test('the Declare breach shortcut over the socket opens the form; its field errors come back in the ack', async () => {
  const trigger = `${Date.now()}.1.socket`;
  const { sent } = await payloads.globalShortcut({
    user_id: 'UALICE',
    callback_id: 'declare_breach',
    trigger_id: trigger,
  });
  const ack = await sim.socketMode.request({ type: 'interactive', payload: sent.payload }, { timeoutMs: 10_000 });
  expect(ack.payload).toEqual({});
  const opened = await sim.waitForCall('views.open', (c) => c.args.trigger_id === trigger, { timeoutMs: 10_000 });
  const view = opened.response.view as { id: string; callback_id: string };
  const submitted = await payloads.viewSubmission({
    user_id: 'UALICE',
    view,
    values: { title: { value: { type: 'plain_text_input', value: '' } } },
  });
  const answer = await sim.socketMode.request(
    { type: 'interactive', payload: submitted.sent.payload },
    { timeoutMs: 10_000 },
  );
  expect(answer.payload).toMatchObject({ response_action: 'errors', errors: { title: expect.any(String) } });
}, 30_000);

test('a :pushpin: reaction event over the socket pins the message to the timeline', async () => {
  const message = sim.seedMessage(channel, { user: 'UBOB', text: 'Forensics found the entry point' });
  const { sent } = await payloads.reactionAdded({
    user_id: 'UALICE',
    reaction: 'pushpin',
    channel_id: channel,
    ts: message.ts,
  });
  const since = sim.mark();
  const ack = await sim.socketMode.request({ type: 'events_api', payload: sent.payload }, { timeoutMs: 10_000 });
  expect(ack.payload).toEqual({}); // acknowledged at once, before the work
  // The person is told once the entry is stored.
  const told = await sim.waitForCall('chat.postEphemeral', (c) => c.args.channel === channel, {
    since,
    timeoutMs: 10_000,
  });
  expect(String(told.args.text)).toMatch(/^Added to the .+ timeline/);
  const pinned = (await timeline()).filter((e) => e.kind === 'pinned' && e.data.messageTs === message.ts);
  expect(pinned).toHaveLength(1);
}, 30_000);

test('reconnects after Slack’s disconnect message and keeps answering on the new socket', async () => {
  const before = sim.socketMode.openConnections();
  expect(before).toHaveLength(1);
  const since = sim.mark();
  sim.socketMode.disconnect('refresh_requested');
  // A fresh URL is fetched and a new socket opened.
  await sim.waitForCall('apps.connections.open', (c) => c.response.ok === true, { since, timeoutMs: 15_000 });
  const next = await sim.socketMode.waitForConnection({ timeoutMs: 15_000 });
  expect(before).not.toContain(next.id);
  const help = await sim.socketMode.request(
    sim.socketMode.slashCommandEnvelope({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID }),
    { timeoutMs: 10_000, connectionId: next.id },
  );
  expect(String(help.payload.text)).toContain('/incident open <title>');
}, 30_000);

test('exits 0 on SIGTERM', async () => {
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  expect(bot.output()).toContain('shutdown_complete');
  // One connection per session: the first, and the one the disconnect asked for; no reconnect loop.
  expect(sim.calls('apps.connections.open')).toHaveLength(2);
}, 30_000);
