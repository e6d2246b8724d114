/**
 * The signed-request kit against a real Bolt app (HTTPReceiver) whose WebClient talks to the simulator: Bolt must
 * accept what the kit signs, refuse what it forges, and parse each payload shape into the listener it routes to.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel, verifySlackRequest } from '@slack/bolt';
import { Recorder } from '../support/recorder';
import { SlackRequests, signSlackRequest } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';

const SIGNING_SECRET = 'test-signing-secret';

let sim: SlackSimulator;
let app: App;
let slack: SlackRequests;
/** What the listeners saw; listeners may run after Bolt has answered, so tests wait for entries. */
type Seen = { seq: number; kind: string; body: unknown; retryNum?: number; retryReason?: string };
let seq = 0;
const seen = new Recorder<Seen>(
  () => ++seq,
  (s) => s.kind,
);
const waitSeen = (kind: string) => seen.wait((s) => s.kind === kind, `a ${kind} listener`, { timeoutMs: 2000 });

beforeAll(async () => {
  sim = await startSlackSimulator();
  app = new App({
    token: sim.botToken,
    signingSecret: SIGNING_SECRET,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: sim.apiUrl, retryConfig: { retries: 0 } },
  });

  app.command('/incident', async ({ ack, respond, command, client }) => {
    await ack();
    seen.add({ kind: 'command', body: command });
    const channel = await client.conversations.create({ name: `inc-${command.text}`, is_private: true });
    await respond({ response_type: 'ephemeral', text: `Opened <#${channel.channel?.id}>` });
  });
  app.command('/echo', async ({ ack, command }) => {
    await ack({ response_type: 'ephemeral', text: `echo: ${command.text}` });
  });
  app.action('close_confirm', async ({ ack, body, respond }) => {
    await ack();
    seen.add({ kind: 'action', body });
    await respond({ replace_original: true, text: 'Closed' });
  });
  app.action('checklist_toggle', async ({ ack, body }) => {
    await ack();
    seen.add({ kind: 'checkboxes', body });
  });
  app.shortcut('record_decision', async ({ ack, body, client }) => {
    await ack();
    seen.add({ kind: 'shortcut', body });
    const trigger = (body as { trigger_id: string }).trigger_id;
    await client.views.open({
      trigger_id: trigger,
      view: {
        type: 'modal',
        callback_id: 'decision_modal',
        title: { type: 'plain_text', text: 'Decision' },
        blocks: [],
      },
    });
  });
  app.view('decision_modal', async ({ ack, view }) => {
    const text = (view.state.values.decision?.text as { value?: string } | undefined)?.value ?? '';
    if (text === '') await ack({ response_action: 'errors', errors: { decision: 'Write the decision' } });
    else await ack();
    seen.add({ kind: 'view', body: view });
  });
  app.message(async ({ message }) => {
    seen.add({ kind: 'message', body: message });
  });
  app.event('reaction_added', async ({ event, context }) => {
    seen.add({ kind: 'event', body: event, retryNum: context.retryNum, retryReason: context.retryReason });
  });

  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  // With a token (and tokenVerificationEnabled, the default) Bolt calls auth.test once, asynchronously, at start.
  await sim.waitForCall('auth.test');
  slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SIGNING_SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
});

afterAll(async () => {
  await app.stop();
  await sim.stop();
});

beforeEach(() => {
  sim.reset();
  seen.clear();
});

describe('signature', () => {
  it('is what Bolt computes: verifySlackRequest accepts the exact bytes sent', () => {
    const body = 'token=x&text=open+Laptop';
    const ts = Math.floor(Date.now() / 1000);
    const signature = signSlackRequest(SIGNING_SECRET, ts, body);
    expect(() =>
      verifySlackRequest({
        signingSecret: SIGNING_SECRET,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts },
      }),
    ).not.toThrow();
    expect(() =>
      verifySlackRequest({
        signingSecret: SIGNING_SECRET,
        body: `${body}x`,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts },
      }),
    ).toThrow(/signature mismatch/);
  });

  it.each([
    ['a wrong secret', { secret: 'not-the-secret' }],
    ['a stale timestamp (6 minutes old)', { ageSeconds: 360 }],
    ['a body tampered with after signing', { tamper: (b: string) => b.replace('open', 'close') }],
    ['no signature', { omitSignature: true }],
  ])('Bolt answers 401 for %s and runs no listener', async (_label, forge) => {
    const res = await slack.slashCommand({ text: 'open', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID }, forge);
    expect(res.status).toBe(401);
    expect(res.body).toBe('');
    expect(seen.all()).toHaveLength(0);
    expect(sim.calls()).toHaveLength(0);
  });

  it('a charset suffix on a form body passes the signature check but Bolt cannot parse it (400)', async () => {
    const res = await slack.slashCommand(
      { command: '/echo', text: 'hi', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID },
      { contentType: 'application/x-www-form-urlencoded; charset=utf-8' },
    );
    expect(res.status).toBe(400);
  });
});

describe('payloads Bolt routes', () => {
  it('slash command: empty 200 ack, then respond() POSTs JSON on the response_url', async () => {
    const res = await slack.slashCommand({ text: 'laptop', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.sent.contentType).toBe('application/x-www-form-urlencoded');

    const reply = await sim.waitForResponse(res.responseUrlId);
    expect(reply.contentType).toMatch(/^application\/json/);
    expect(reply.body).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/^Opened <#C\w+>$/) });
    expect((await waitSeen('command')).body).toMatchObject({
      command: '/incident',
      text: 'laptop',
      user_id: 'UALICE',
      team_id: 'T0TEST',
    });
    expect(sim.channel('inc-laptop')?.is_private).toBe(true);
  });

  it('ack(body) comes back as the HTTP response (JSON)', async () => {
    const res = await slack.slashCommand({
      command: '/echo',
      text: 'a & b = c',
      user_id: 'UBOB',
      channel_id: GENERAL_CHANNEL_ID,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.json).toEqual({ response_type: 'ephemeral', text: 'echo: a & b = c' });
  });

  it('block_actions: button and checkboxes reach their action listeners', async () => {
    const channel = sim.seedChannel({ name: 'inc-x', is_private: true, members: ['UBOT', 'UALICE'] }).id;
    const message = sim.seedMessage(channel, { user: 'UBOT', text: 'Close the incident?' });
    const res = await slack.blockAction({
      user_id: 'UALICE',
      channel_id: channel,
      message: { ...message },
      actions: [{ action_id: 'close_confirm', block_id: 'close', value: 'INC-1' }],
    });
    expect(res.status).toBe(200);
    expect((await sim.waitForResponse(res.responseUrlId)).body).toEqual({ replace_original: true, text: 'Closed' });
    expect((await waitSeen('action')).body).toMatchObject({
      type: 'block_actions',
      container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: false },
      message: { ts: message.ts, text: 'Close the incident?' },
      actions: [{ action_id: 'close_confirm', value: 'INC-1', type: 'button' }],
    });

    await slack.blockAction({
      user_id: 'UALICE',
      channel_id: channel,
      message_ts: message.ts,
      is_ephemeral: true,
      actions: [{ action_id: 'checklist_toggle', type: 'checkboxes', selected_options: [{ value: 'contain' }] }],
    });
    const toggle = (await waitSeen('checkboxes')).body as Record<string, unknown>;
    expect(toggle.message).toBeUndefined();
    expect(toggle.actions).toEqual([
      expect.objectContaining({ type: 'checkboxes', selected_options: [{ value: 'contain' }] }),
    ]);
  });

  it('message shortcut opens a modal; view_submission gets the ack body back', async () => {
    const channel = sim.seedChannel({ name: 'inc-y', is_private: true, members: ['UBOT', 'UALICE'] }).id;
    const message = sim.seedMessage(channel, { user: 'UALICE', text: 'We notify the regulator today.' });
    const res = await slack.messageShortcut({
      callback_id: 'record_decision',
      user_id: 'UALICE',
      channel_id: channel,
      message,
    });
    expect(res.status).toBe(200);
    const opened = await sim.waitForCall('views.open');
    expect(opened.args.trigger_id).toBe((res.sent.payload as { trigger_id: string }).trigger_id);
    expect((await waitSeen('shortcut')).body).toMatchObject({
      type: 'message_action',
      message_ts: message.ts,
      message: { text: message.text },
    });

    const view = opened.response.view as { id: string; callback_id: string };
    const refused = await slack.viewSubmission({
      user_id: 'UALICE',
      view,
      values: { decision: { text: { type: 'plain_text_input', value: '' } } },
    });
    expect(refused.json).toEqual({ response_action: 'errors', errors: { decision: 'Write the decision' } });
    const accepted = await slack.viewSubmission({
      user_id: 'UALICE',
      view,
      values: { decision: { text: { type: 'plain_text_input', value: 'Notify' } } },
    });
    expect([accepted.status, accepted.body]).toEqual([200, '']);
    expect((await waitSeen('view')).body).toMatchObject({ id: view.id, callback_id: 'decision_modal' });
  });

  it('events: JSON envelope, retry headers reach context.retryNum/retryReason', async () => {
    const res = await slack.reactionAdded(
      { user_id: 'UALICE', reaction: 'pushpin', channel_id: GENERAL_CHANNEL_ID, ts: '1700000000.000100' },
      { retryNum: 1, retryReason: 'http_timeout' },
    );
    expect(res.status).toBe(200);
    expect(res.sent.contentType).toBe('application/json');
    expect(await waitSeen('event')).toMatchObject({
      body: {
        type: 'reaction_added',
        reaction: 'pushpin',
        item: { channel: GENERAL_CHANNEL_ID, ts: '1700000000.000100' },
      },
      retryNum: 1,
      retryReason: 'http_timeout',
    });
  });

  it('message events (message.groups) reach app.message listeners', async () => {
    const res = await slack.messagePosted({ user_id: 'UBOB', text: 'SSN 123-45-6789', channel_id: 'C0INC' });
    expect(res.status).toBe(200);
    expect((await waitSeen('message')).body).toMatchObject({
      user: 'UBOB',
      text: 'SSN 123-45-6789',
      channel: 'C0INC',
      channel_type: 'group',
    });
  });

  it('url_verification is answered with the challenge', async () => {
    const res = await slack.urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    expect(res.json).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });
});
