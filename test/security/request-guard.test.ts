import type { Incident } from '../../src/domain/incidents/incident';
import { openIncidentThroughSlack, useTestBot } from '../integration/test-bot';
import { sendOversizedBody } from '../support/oversized-body';
import { FORM_CONTENT_TYPE, JSON_CONTENT_TYPE } from '../support/slack-requests';
import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';

/**
 * Issue 10, items 1 and 2, through Bolt's real HTTP receiver with real signatures: bodies are bounded while
 * they are read, malformed signed payloads are answered 400 (never a crash or 5xx), and a signed request
 * sent again inside Slack's 5-minute window is acknowledged and ignored.
 */
const { prefix, redis, sim, t } = useTestBot({ name: 'test-request-guard', env: { REMINDER_WORKER: 'off' } });
const MB = 1024 * 1024;

let incident: Incident;

beforeAll(async () => {
  incident = await openIncidentThroughSlack(t, sim, 'Guarded intake');
});

const flood = (path: string, total: number, declareLength: boolean) =>
  sendOversizedBody(new URL(path, t.appUrl).toString(), total, declareLength);

describe('bounded bodies', () => {
  test('an unsigned 64 MB body is refused with 413 long before it is all sent, with or without Content-Length', async () => {
    const chunked = await flood('/slack/events', 64 * MB, false);
    expect(chunked.status).toBe(413);
    expect(chunked.sent).toBeLessThan(64 * MB);
    const declared = await flood('/slack/events', 64 * MB, true);
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(64 * MB);
  });

  test('four at once: each refused, and the process does not hold their bytes', async () => {
    const before = process.memoryUsage();
    const results = await Promise.all([1, 2, 3, 4].map(() => flood('/slack/events', 64 * MB, false)));
    const after = process.memoryUsage();
    for (const r of results) {
      expect(r.status).toBe(413);
      expect(r.sent).toBeLessThan(64 * MB);
    }
    // Reading them whole would take 256 MB of buffers; bounded reading keeps at most a few MB per request.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * MB);
  });

  test('other routes are bounded too; a normal request still works afterwards', async () => {
    const other = await flood('/healthz', 64 * MB, true);
    expect(other.status).toBe(413);
    const unknown = await flood('/elsewhere', 64 * MB, false);
    expect([404, 413]).toContain(unknown.status);
    const res = await t.slack.slashCommand({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    expect(res.status).toBe(200);
    expect(res.body).toContain('/incident');
  });

  test('a body just over the limit is refused, one at the limit is read (and then judged by its signature)', async () => {
    const over = await t.slack.raw('x'.repeat(MB + 1), JSON_CONTENT_TYPE);
    expect(over.status).toBe(413);
    const at = await t.slack.raw(`"${'x'.repeat(MB - 2)}"`, JSON_CONTENT_TYPE, { omitSignature: true });
    expect(at.status).toBe(401);
  });
});

describe('malformed signed payloads', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  test('payload=null, payload=[], payload=7 and unparsable JSON: 400, and the bot keeps serving', async () => {
    for (const payload of ['null', '[]', '7', '"text"', '{"type":', '{}']) {
      const res = await t.slack.raw(form({ payload }), FORM_CONTENT_TYPE);
      expect({ payload, status: res.status }).toEqual({ payload, status: 400 });
    }
    for (const body of ['null', '[]', '{}', '{"type":"event_callback","event":null}']) {
      const res = await t.slack.raw(body, JSON_CONTENT_TYPE);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const alive = await t.slack.slashCommand({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    expect(alive.status).toBe(200);
  });

  test('every top-level field of every payload kind set to null: never a 5xx, never a crash', async () => {
    const kinds: Record<string, Record<string, unknown>> = {
      block_actions: {
        type: 'block_actions',
        user: { id: 'UALICE', name: 'alice', team_id: 'T0TEST' },
        team: { id: 'T0TEST' },
        channel: { id: incident.channelId },
        container: { type: 'message', message_ts: '1.000001', channel_id: incident.channelId },
        message: { ts: '1.000001', type: 'message' },
        actions: [{ action_id: 'close_cancel', block_id: 'b', type: 'button', value: incident.id }],
        response_url: sim.responseUrl('fuzz'),
        trigger_id: '1.2.3',
        state: { values: {} },
        enterprise: null,
      },
      message_action: {
        type: 'message_action',
        callback_id: 'record_decision',
        user: { id: 'UALICE' },
        team: { id: 'T0TEST' },
        channel: { id: incident.channelId },
        message_ts: '1.000001',
        message: { ts: '1.000001', type: 'message', text: 'x' },
        response_url: sim.responseUrl('fuzz'),
        trigger_id: '1.2.3',
      },
      view_submission: {
        type: 'view_submission',
        user: { id: 'UALICE' },
        team: { id: 'T0TEST' },
        view: { id: 'V1', callback_id: 'whatever', state: { values: {} }, private_metadata: '' },
        trigger_id: '1.2.3',
      },
    };
    const sends: [string, Promise<{ status: number }>][] = [];
    for (const [kind, payload] of Object.entries(kinds)) {
      for (const field of Object.keys(payload)) {
        const body = form({ payload: JSON.stringify({ ...payload, [field]: null }) });
        sends.push([`${kind}.${field}`, t.slack.raw(body, FORM_CONTENT_TYPE)]);
      }
    }
    const event = {
      type: 'reaction_added',
      user: 'UALICE',
      reaction: 'pushpin',
      item: { type: 'message', channel: incident.channelId, ts: '1.000001' },
      event_ts: '1.000002',
    };
    for (const field of Object.keys(event)) {
      sends.push([`event.${field}`, t.slack.event({ event: { ...event, [field]: null } as typeof event })]);
    }
    const command = { command: '/incident', text: 'status', user_id: 'UALICE', channel_id: incident.channelId };
    for (const field of Object.keys(command)) {
      const { [field as keyof typeof command]: _dropped, ...rest } = command;
      sends.push([`command.${field} missing`, t.slack.raw(form(rest), FORM_CONTENT_TYPE)]);
    }
    const statuses: Record<string, number> = {};
    for (const [name, sent] of sends) statuses[name] = (await sent).status;
    // 404 is Bolt's own answer when no listener takes a well-formed request (e.g. a view nobody opened).
    const failures = Object.entries(statuses).filter(([, status]) => ![200, 400, 404].includes(status));
    expect({ failures, statuses }).toEqual({ failures: [], statuses });
    // Null user or channel never reaches a listener: the shape is refused.
    expect(statuses['block_actions.user']).toBe(400);
    expect(statuses['message_action.channel']).toBe(400);
    await t.bot.inFlight.drain(5000);
    const alive = await t.slack.slashCommand({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    expect(alive.status).toBe(200);
  });

  test('a timestamp more than five minutes in the future is refused like a stale one', async () => {
    const future = await t.slack.slashCommand(
      { text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID },
      { timestampSec: Math.floor(Date.now() / 1000) + 400 },
    );
    expect(future.status).toBe(401);
  });
});

describe('replays', () => {
  test('the same signed /incident decision sent three times records one decision', async () => {
    const body = new URLSearchParams({
      token: 'verification-token',
      team_id: 'T0TEST',
      channel_id: incident.channelId,
      user_id: 'UALICE',
      command: '/incident',
      text: 'decision Do not pay the ransom',
      response_url: sim.responseUrl('replayed'),
      trigger_id: '1.2.3',
    }).toString();
    const timestampSec = Math.floor(Date.now() / 1000);
    const sends = await Promise.all([1, 2, 3].map(() => t.slack.raw(body, FORM_CONTENT_TYPE, { timestampSec })));
    expect(sends.map((s) => s.status)).toEqual([200, 200, 200]);
    expect(sends.every((s) => s.body === '')).toBe(true);
    await sim.waitForCall('chat.postMessage', (c) => String(c.args.text).startsWith('Decision recorded'));
    await t.bot.inFlight.drain(5000);
    const decisions = (await t.bot.ctx.timeline.entries(incident.id)).filter(
      (e) => e.kind === 'decision' && e.data.text === 'Do not pay the ransom',
    );
    expect(decisions).toHaveLength(1);
    // A new request (signed anew) gets through the replay guard: other words are a new decision; the same words
    // sent again (a double submit) are the decision already recorded, and the person is told so.
    const other = await t.slack.raw(body.replace('ransom', 'ransom%2C+ever'), FORM_CONTENT_TYPE, {
      timestampSec: timestampSec + 1,
    });
    expect(other.status).toBe(200);
    const again = await t.slack.raw(body.replace('replayed', 'replayed-again'), FORM_CONTENT_TYPE, {
      timestampSec: timestampSec + 1,
    });
    expect(again.status).toBe(200);
    await t.bot.inFlight.drain(5000);
    await sim.waitForCalls('chat.postMessage', 2, (c) => String(c.args.text).startsWith('Decision recorded'));
    const texts = (await t.bot.ctx.timeline.entries(incident.id)).map((e) => e.data.text);
    expect(texts.filter((text) => text === 'Do not pay the ransom')).toHaveLength(1);
    expect(texts.filter((text) => text === 'Do not pay the ransom, ever')).toHaveLength(1);
    await sim.waitForResponse('replayed-again');
    expect(sim.responses('replayed-again').map((r) => r.body.text)).toEqual([
      expect.stringContaining('already recorded'),
    ]);
  });

  test('the replay marker lives in Redis under the bot prefix, so every replica sees it', async () => {
    const keys = await redis.keys(`${prefix}:{requests}:signature:*`);
    expect(keys.length).toBeGreaterThan(0);
    const ttl = await redis.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(11 * 60 * 1000);
  });
});
