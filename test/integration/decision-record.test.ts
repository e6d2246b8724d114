import { execFile } from 'node:child_process';
import { Redis } from 'ioredis';
import { type BotHandle, startBot } from '../../src/bot';
import type { Incident } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import type { Obligation } from '../../src/domain/regulations/obligation';
import { envSchema } from '../../src/runtime/env';
import type { BotLog } from '../../src/runtime/log';
import { DeadlineStore } from '../../src/store/deadline-store';
import { RedisKeys } from '../../src/store/keys';
import { compiled, ROOT } from '../process/compiled-build';
import { expectDrained } from '../support/expect-drained';
import { SlackRequests } from '../support/slack-requests';
import {
  type ApiCall,
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';

/**
 * Issue 5 end to end: the real app (startBot) on a random port, real Redis under this file's own prefix, the
 * Slack Web API simulator, and signed requests in Slack's wire formats. Waits are on simulator calls, never sleeps.
 */
const prefix = `test-decision-record-${process.pid}-${Date.now()}`;
const SECRET = 'decision-record-signing-secret';
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
/** Everything the bot logs, to check that no message text or number reaches the logs. */
const logged: string[] = [];
const capture: BotLog = {
  info: (event, fields) => void logged.push(JSON.stringify({ event, ...fields })),
  warn: (event, fields) => void logged.push(JSON.stringify({ event, ...fields })),
  error: (event, fields) => void logged.push(JSON.stringify({ event, ...fields })),
};

let sim: SlackSimulator;
let bot: BotHandle;
let slack: SlackRequests;
let incident: Incident;

async function boot(): Promise<void> {
  const env = envSchema.parse({
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: sim.apiUrl,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: prefix,
    PORT: '0',
    LOG_LEVEL: 'error',
    INCIDENT_RESPONDERS: 'UBOB',
    REMINDER_WORKER: 'off',
    // Run from the TypeScript sources: no compiled obligation thread (test-bot.ts says why).
    OBLIGATION_THREADS: '0',
  });
  bot = await startBot(env, { redis, log: capture });
  slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${bot.port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
}

const command = (user: string, channel: string, text: string) =>
  slack.slashCommand({ user_id: user, channel_id: channel, text });
const reply = async (res: { responseUrlId?: string }) => (await sim.waitForResponse(res.responseUrlId)).body;
const timeline = () => bot.ctx.timeline.entries(incident.id);
const postedIn = (channel: string, predicate: (c: ApiCall) => boolean, since: number) =>
  sim.waitForCall('chat.postMessage', (c) => c.args.channel === channel && predicate(c), { since });

beforeAll(async () => {
  sim = await startSlackSimulator();
  await boot();
  const res = await command('UALICE', GENERAL_CHANNEL_ID, 'open Payroll export on a public bucket');
  expect(res.status).toBe(200);
  await sim.waitForCall('chat.postMessage', (c) => JSON.stringify(c.args.blocks ?? '').includes('checklist-progress'));
  expect(String((await reply(res)).text)).toContain('is open');
  const created = sim.calls('conversations.create')[0]!;
  const channelId = (created.response.channel as { id: string }).id;
  const found = await bot.ctx.incidents.getByChannel(channelId);
  if (!found) throw new Error(`no incident stored for channel ${channelId}`);
  incident = found;
  await expectDrained(bot.inFlight, 5000);
});

afterAll(async () => {
  await bot?.stop();
  await sim?.stop();
  const found = [...(await redis.keys(`${prefix}:*`)), ...(await redis.keys(`{${prefix}:bull}*`))];
  if (found.length) await redis.del(...found);
  await redis.quit();
});

describe('decisions', () => {
  test('by command: stored first, then confirmed in the channel', async () => {
    const since = sim.mark();
    const res = await command('UALICE', incident.channelId, 'decision Engage outside counsel (Baker & Co)');
    expect(res.status).toBe(200);
    const confirmation = await postedIn(
      incident.channelId,
      (c) => String(c.args.text).startsWith('Decision recorded'),
      since,
    );
    // The confirmation exists, so the decision must already be on the timeline.
    const decisions = (await timeline()).filter((e) => e.kind === 'decision');
    expect(decisions.map((d) => d.data.text)).toContain('Engage outside counsel (Baker & Co)');
    expect(decisions[decisions.length - 1]).toMatchObject({ actor: 'UALICE', data: { source: 'command' } });
    expect(JSON.stringify(confirmation.args.blocks)).toContain('Engage outside counsel');
  });

  test('outside an incident channel: told so, nothing recorded', async () => {
    const before = (await timeline()).length;
    const res = await command('UALICE', GENERAL_CHANNEL_ID, 'decision Should not be stored');
    expect(String((await reply(res)).text)).toContain('not an incident channel');
    expect((await reply(res)).response_type).toBe('ephemeral');
    await expectDrained(bot.inFlight);
    expect(await timeline()).toHaveLength(before);
  });

  test('a non-member is refused and nothing is recorded', async () => {
    const before = (await timeline()).length;
    const res = await command('UCAROL', incident.channelId, 'decision Carol decides');
    expect(String((await reply(res)).text)).toContain('Only members of the incident channel');
    const shortcutMessage = sim.seedMessage(incident.channelId, { user: 'UBOB', text: 'Carol cannot record this' });
    const sc = await slack.messageShortcut({
      user_id: 'UCAROL',
      callback_id: 'record_decision',
      channel_id: incident.channelId,
      message: { ts: shortcutMessage.ts, text: shortcutMessage.text, user: 'UBOB' },
    });
    expect(String((await reply(sc)).text)).toContain('Only members of the incident channel');
    await expectDrained(bot.inFlight);
    expect(await timeline()).toHaveLength(before);
  });

  test('by message shortcut, with author, link and recorder; the same message twice stays one decision', async () => {
    const message = sim.seedMessage(incident.channelId, {
      user: 'UBOB',
      text: 'We notify the regulator tomorrow at 9',
    });
    const shortcut = () =>
      slack.messageShortcut({
        user_id: 'UALICE',
        callback_id: 'record_decision',
        channel_id: incident.channelId,
        message: { ts: message.ts, text: message.text, user: 'UBOB' },
      });
    const since = sim.mark();
    await shortcut();
    await postedIn(
      incident.channelId,
      (c) => JSON.stringify(c.args.blocks ?? '').includes('We notify the regulator'),
      since,
    );
    const second = await shortcut();
    expect(String((await reply(second)).text)).toContain('already recorded as a decision');
    await expectDrained(bot.inFlight);
    const recorded = (await timeline()).filter((e) => e.kind === 'decision' && e.data.messageTs === message.ts);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      actor: 'UALICE',
      data: { author: 'UBOB', text: 'We notify the regulator tomorrow at 9', source: 'message' },
    });
    expect(String(recorded[0]!.data.permalink)).toMatch(/^https?:\/\//);
  });

  test('a message with `&` (Slack keeps it as `&amp;`) is recorded and shown as its author typed it', async () => {
    const message = sim.seedMessage(incident.channelId, { user: 'UBOB', text: 'R&amp;D signs off today' });
    const since = sim.mark();
    await slack.messageShortcut({
      user_id: 'UALICE',
      callback_id: 'record_decision',
      channel_id: incident.channelId,
      message: { ts: message.ts, text: message.text, user: 'UBOB' },
    });
    const post = await postedIn(
      incident.channelId,
      (c) => JSON.stringify(c.args.blocks ?? '').includes('signs off'),
      since,
    );
    await expectDrained(bot.inFlight);
    const recorded = (await timeline()).find((e) => e.kind === 'decision' && e.data.messageTs === message.ts);
    expect(recorded?.data.text).toBe('R&D signs off today');
    expect(JSON.stringify(post.args.blocks)).toContain('R&amp;D signs off today');
    expect(JSON.stringify(post.args.blocks)).not.toContain('&amp;amp;');
  });

  test('a message naming a person, a link and @here is recorded as it reads in Slack, notifying nobody', async () => {
    // In a message's text Slack writes a person as `<@UBOB>` (no name), a link as `<url|label>`, @here as `<!here>`.
    const message = sim.seedMessage(incident.channelId, {
      user: 'UCAROL',
      text: '<@UBOB> signs off; <!here> see <https://wiki.example/ir|the plan>',
    });
    const since = sim.mark();
    await slack.messageShortcut({
      user_id: 'UALICE',
      callback_id: 'record_decision',
      channel_id: incident.channelId,
      message: { ts: message.ts, text: message.text, user: 'UCAROL' },
    });
    const post = await postedIn(
      incident.channelId,
      (c) => JSON.stringify(c.args.blocks ?? '').includes('signs off'),
      since,
    );
    await expectDrained(bot.inFlight);
    const recorded = (await timeline()).find((e) => e.kind === 'decision' && e.data.messageTs === message.ts);
    expect(recorded?.data.text).toBe('@bob signs off; @here see the plan (https://wiki.example/ir)');
    expect(JSON.stringify(post.args.blocks)).toContain('@bob signs off; @here see the plan (https://wiki.example/ir)');
  });

  test('a forged shortcut (another channel’s message, words it does not hold) records nothing', async () => {
    const elsewhere = sim.seedMessage(GENERAL_CHANNEL_ID, { user: 'UCEO', text: 'lunch at noon' });
    const before = (await timeline()).length;
    const sc = await slack.messageShortcut({
      user_id: 'UALICE',
      callback_id: 'record_decision',
      channel_id: incident.channelId,
      message: { ts: elsewhere.ts, text: 'The board decided to pay the ransom', user: 'UCEO' },
    });
    expect(String((await reply(sc)).text)).toContain('could not read that message in this channel');
    await expectDrained(bot.inFlight);
    expect(await timeline()).toHaveLength(before);
    expect(JSON.stringify(await timeline())).not.toContain('decided to pay');
  });
});

describe(':pushpin: reactions', () => {
  test('add the message once, whatever the retries and second pins', async () => {
    const message = sim.seedMessage(incident.channelId, {
      user: 'UBOB',
      text: 'Forensics: attacker IP 203.0.113.9 seen in access logs',
    });
    const since = sim.mark();
    const pin = { user_id: 'UALICE', reaction: 'pushpin', channel_id: incident.channelId, ts: message.ts };
    await slack.reactionAdded(pin, { event_id: 'EvPIN1' });
    await slack.reactionAdded(pin, { event_id: 'EvPIN1', retryNum: 1, retryReason: 'http_timeout' });
    await slack.reactionAdded(pin, { event_id: 'EvPIN1', retryNum: 2, retryReason: 'http_timeout' });
    await slack.reactionAdded({ ...pin, user_id: 'UBOB' }, { event_id: 'EvPIN2' });
    // Every delivery reads the message (and its link) before appending; after the fourth read, wait for the appends.
    await sim.waitForCalls('chat.getPermalink', 4, (c) => c.args.message_ts === message.ts, { since });
    await expectDrained(bot.inFlight, 5000);
    const pinned = (await timeline()).filter((e) => e.kind === 'pinned' && e.data.messageTs === message.ts);
    expect(pinned).toHaveLength(1);
    expect(pinned[0]).toMatchObject({
      actor: 'UALICE',
      data: { author: 'UBOB', text: 'Forensics: attacker IP 203.0.113.9 seen in access logs' },
    });
    expect(
      sim
        .ephemerals(incident.channelId)
        .filter((e) => e.text.includes('Added to the') && e.text.includes(`#${pinned[0]!.seq}`)),
    ).toHaveLength(1);
  });

  test('a thread reply is found through conversations.replies; other reactions and channels are ignored', async () => {
    const parent = sim.seedMessage(incident.channelId, { user: 'UBOB', text: 'Thread about containment' });
    const child = sim.seedMessage(incident.channelId, {
      user: 'UALICE',
      text: 'Replica isolated at 14:02',
      thread_ts: parent.ts,
    });
    const since = sim.mark();
    await slack.reactionAdded({ user_id: 'UBOB', reaction: 'thumbsup', channel_id: incident.channelId, ts: parent.ts });
    await slack.reactionAdded({
      user_id: 'UALICE',
      reaction: 'pushpin',
      channel_id: GENERAL_CHANNEL_ID,
      ts: sim.seedMessage(GENERAL_CHANNEL_ID, { user: 'UBOB', text: 'lunch' }).ts,
    });
    await slack.reactionAdded({ user_id: 'UBOB', reaction: 'pushpin', channel_id: incident.channelId, ts: child.ts });
    await sim.waitForCall(
      'chat.postEphemeral',
      (c) => c.args.user === 'UBOB' && String(c.args.text).includes('Added to the'),
      { since },
    );
    // The other two deliveries ran alongside: wait for all of them before asserting what they did not do.
    await expectDrained(bot.inFlight);
    const pinned = (await timeline()).filter((e) => e.kind === 'pinned');
    expect(pinned.map((e) => e.data.text)).toContain('Replica isolated at 14:02');
    expect(pinned.map((e) => e.data.text)).not.toContain('lunch');
    expect(pinned.map((e) => e.data.text)).not.toContain('Thread about containment');
  });
});

describe('personal numbers', () => {
  test('a posted SSN is warned about once, without echoing it; a decision with a card number is stored masked', async () => {
    const ts = `${Math.floor(Date.now() / 1000)}.000777`;
    const text = 'Customer record: SSN 123-45-6789, call back';
    const since = sim.mark();
    await slack.messagePosted({ user_id: 'UBOB', channel_id: incident.channelId, text, ts }, { event_id: 'EvSSN1' });
    await slack.messagePosted(
      { user_id: 'UBOB', channel_id: incident.channelId, text, ts },
      { event_id: 'EvSSN1', retryNum: 1, retryReason: 'http_timeout' },
    );
    const warning = await postedIn(incident.channelId, (c) => c.args.thread_ts === ts, since);
    expect(String(warning.args.text)).toContain('a Social Security number');
    expect(String(warning.args.text)).not.toContain('6789');
    // A later warning proves the retry was handled; it must not have warned a second time.
    const later = `${Math.floor(Date.now() / 1000)}.000778`;
    await slack.messagePosted({
      user_id: 'UBOB',
      channel_id: incident.channelId,
      text: 'card 4111 1111 1111 1111',
      ts: later,
    });
    await postedIn(incident.channelId, (c) => c.args.thread_ts === later, since);
    await expectDrained(bot.inFlight, 5000);
    expect(sim.calls('chat.postMessage').filter((c) => c.seq > since && c.args.thread_ts === ts)).toHaveLength(1);

    const s2 = sim.mark();
    await command('UALICE', incident.channelId, 'decision Refund card 4111 1111 1111 1111 and SSN 123-45-6789 holder');
    await postedIn(incident.channelId, (c) => String(c.args.text).startsWith('Decision recorded'), s2);
    const stored = JSON.stringify(await redis.lrange(keys.timeline(incident.id), 0, -1));
    expect(stored).toContain('Refund card XXXX XXXX XXXX 1111 and SSN XXX-XX-6789 holder');
    expect(stored).not.toMatch(/4111 1111 1111 1111|123-45-6789/);
    expect(logged.join('\n')).not.toMatch(/4111|123-45|Refund card|Customer record/);
  });
});

describe('roles', () => {
  test('assigning a role updates the record, the header and the timeline', async () => {
    const since = sim.mark();
    await command('UALICE', incident.channelId, 'role legal <@UBOB|bob>');
    const header = await sim.waitForCall(
      'chat.update',
      (c) => c.args.ts === incident.headerMessageTs && JSON.stringify(c.args.blocks).includes('*Legal*'),
      { since },
    );
    expect(JSON.stringify(header.args.blocks)).toContain('<@UBOB>');
    expect((await bot.ctx.incidents.get(incident.id))!.roles.legal).toBe('UBOB');
    expect(
      (await timeline()).some((e) => e.kind === 'role_assigned' && e.data.role === 'legal' && e.data.userId === 'UBOB'),
    ).toBe(true);
  });
});

// Deterministic obligations (the deadline feature's record), so the statuses do not depend on the catalog.
const HOUR = 3600_000;
function obligationRecord(id: string, dueInHours: number | null, doneHoursAgo: number | null): ObligationRecord {
  const now = Date.now();
  const o: Obligation = {
    id,
    regime: id.split('/')[0]!,
    jurisdiction: 'EU',
    recipient: 'regulator',
    recipientName: `Authority ${id}`,
    dueAt: dueInHours === null ? null : new Date(now + dueInHours * HOUR).toISOString(),
    deadline: 'test deadline',
    citation: 'Test Act § 1',
    trigger: { name: 'discoveredAt', at: new Date(now - 100 * HOUR).toISOString(), fallback: true },
    notes: [],
  };
  return {
    ...o,
    doneAt: doneHoursAgo === null ? null : new Date(now - doneHoursAgo * HOUR).toISOString(),
    doneBy: doneHoursAgo === null ? null : 'UBOB',
    doneNote: null,
    current: true,
  };
}

describe('summary, close, verify, restart', () => {
  beforeAll(async () => {
    await new DeadlineStore(redis, keys).update(incident.id, () => ({
      facts: {
        discoveredAt: incident.discoveredAt,
        entityTypes: [],
        dataTypes: ['name', 'ssn'],
        encrypted: false,
        affected: { 'US-CA': 1200, EU: 40 },
        judgments: {},
      },
      factsUpdatedAt: new Date().toISOString(),
      factsUpdatedBy: 'UALICE',
      computedAt: new Date().toISOString(),
      obligations: [
        obligationRecord('late/regulator', -10, 1), // due 10h ago, done 1h ago
        obligationRecord('ontime/regulator', 48, 2), // due in 2 days, done 2h ago
        obligationRecord('missed/regulator', -5, null), // due 5h ago, not done
        obligationRecord('pending/regulator', 72, null),
        obligationRecord('nofixed/individuals', null, null),
      ],
    }));
  });

  test('the summary has every decision and every obligation with its status, and the Markdown file arrives', async () => {
    const since = sim.mark();
    await command('UBOB', incident.channelId, 'summary');
    const message = await postedIn(
      incident.channelId,
      (c) => JSON.stringify(c.args.blocks ?? '').includes('summary-decisions'),
      since,
    );
    const blocks = JSON.stringify(message.args.blocks);
    expect(blocks).toContain('Engage outside counsel');
    expect(blocks).toContain('We notify the regulator tomorrow at 9');
    const complete = await sim.waitForCall('files.completeUploadExternal', undefined, { since });
    expect(complete.args.channel_id).toBe(incident.channelId);
    const fileId = (complete.args.files as { id: string }[])[0]!.id;
    const upload = await sim.waitForCall('files.getUploadURLExternal', undefined, { since });
    expect(String(upload.args.filename)).toMatch(/^INC-\d{8}-[0-9A-Z]{5}-summary-.*\.md$/);
    const md = sim.fileContents(fileId)!.toString('utf8');
    expect(md).toContain('Engage outside counsel (Baker & Co)');
    expect(md).toContain('We notify the regulator tomorrow at 9');
    expect(md).toContain('Refund card XXXX XXXX XXXX 1111 and SSN XXX-XX-6789 holder');
    expect(md).not.toMatch(/4111 1111 1111 1111|123-45-6789/);
    for (const [id, status] of [
      ['late/regulator', 'done late'],
      ['ontime/regulator', 'done on time'],
      ['missed/regulator', 'OVERDUE'],
      ['pending/regulator', 'open'],
      ['nofixed/individuals', 'open'],
    ]) {
      expect(md).toContain(`**${status}** ${id}`);
    }
    expect(md).toContain('Legal: bob (UBOB)');
    expect(md).toContain('People affected: 1,240 (US-CA: 1,200, EU: 40)');
    expect(md).toContain('Data types: name, ssn');
    expect(md).toMatch(/SHA-256 chain of \d+ entries verified/);
    const decisionLines = md.split('\n').filter((l) => /^\d+\. /.test(l));
    const counsel = decisionLines.findIndex((l) => l.includes('Engage outside counsel'));
    const regulator = decisionLines.findIndex((l) => l.includes('We notify the regulator'));
    // Both listed (findIndex gives -1 for a missing line, which would pass a bare "less than"), in order.
    expect([counsel >= 0, regulator >= 0]).toEqual([true, true]);
    expect(counsel).toBeLessThan(regulator);
    await expectDrained(bot.inFlight, 5000);
    expect((await timeline()).some((e) => e.kind === 'summary_posted' && e.data.fileId === fileId)).toBe(true);
  });

  test('close asks for confirmation while obligations are open; Confirm closes, re-renders without buttons, posts the final summary', async () => {
    const since = sim.mark();
    const asked = Date.now();
    const res = await command('UALICE', incident.channelId, 'close');
    const question = await reply(res);
    expect(String(question.text)).toContain('still open');
    expect(JSON.stringify(question.blocks)).toContain('missed/regulator');
    expect((await bot.ctx.incidents.get(incident.id))!.status).toBe('open');

    const actions = (question.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find(
      (b) => b.type === 'actions',
    )!.elements!;
    const confirm = actions.find((a) => a.action_id === 'incident_close_confirm')!;
    const click = await slack.blockAction({
      user_id: 'UALICE',
      channel_id: incident.channelId,
      message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
      is_ephemeral: true,
      actions: [{ action_id: confirm.action_id, value: confirm.value }],
    });
    expect(click.status).toBe(200);
    const final = await postedIn(
      incident.channelId,
      (c) => JSON.stringify(c.args.blocks ?? '').includes('Final summary'),
      since,
    );
    expect(JSON.stringify(final.args.blocks)).toContain(incident.id);
    const stored = (await bot.ctx.incidents.get(incident.id))!;
    expect(stored.status).toBe('closed');
    // Closed at the click, not merely present (a null closedAt would pass `toBeDefined`).
    expect(Date.parse(stored.closedAt ?? '')).toBeGreaterThanOrEqual(Math.floor(asked / 1000) * 1000);
    expect(Date.parse(stored.closedAt ?? '')).toBeLessThanOrEqual(Date.now());
    const checklist = await sim.waitForCall('chat.update', (c) => c.args.ts === incident.checklistMessageTs, { since });
    expect(JSON.stringify(checklist.args.blocks)).not.toContain('"button"');
    const header = await sim.waitForCall('chat.update', (c) => c.args.ts === incident.headerMessageTs, { since });
    expect(JSON.stringify(header.args.blocks)).toContain('Closed');
    await sim.waitForCall('files.completeUploadExternal', undefined, { since });
    expect(String((await sim.waitForResponse(click.responseUrlId)).body.text)).toContain('is closed');
    await expectDrained(bot.inFlight, 5000);
    const entries = await timeline();
    expect(entries.filter((e) => e.kind === 'closed')).toHaveLength(1);
    expect(entries.find((e) => e.kind === 'closed')!.data.openObligations).toEqual([
      'missed/regulator',
      'pending/regulator',
      'nofixed/individuals',
    ]);
    expect(entries.some((e) => e.kind === 'close_requested')).toBe(true);
  });

  test('a closed incident refuses changes but can be summarised again', async () => {
    const before = (await timeline()).length;
    for (const text of ['decision Too late', 'role scribe <@UBOB>']) {
      const res = await command('UALICE', incident.channelId, text);
      expect(String((await reply(res)).text)).toContain('is closed');
    }
    const message = sim.seedMessage(incident.channelId, { user: 'UBOB', text: 'After close' });
    const sc = await slack.messageShortcut({
      user_id: 'UALICE',
      callback_id: 'record_decision',
      channel_id: incident.channelId,
      message: { ts: message.ts, text: message.text, user: 'UBOB' },
    });
    expect(String((await reply(sc)).text)).toContain('is closed');
    const again = await command('UALICE', incident.channelId, 'close');
    expect(String((await reply(again)).text)).toContain('already closed');
    await expectDrained(bot.inFlight);
    expect(await timeline()).toHaveLength(before);
    const since = sim.mark();
    await command('UALICE', incident.channelId, 'summary');
    await sim.waitForCall('files.completeUploadExternal', undefined, { since });
  });

  test('breachbot verify: OK on the stored chain, then names a deliberately corrupted entry', async () => {
    await expectDrained(bot.inFlight, 5000);
    const run = (id: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        execFile(
          process.execPath,
          [compiled('src/cli/main.js'), 'verify', id],
          {
            cwd: ROOT,
            env: { PATH: process.env.PATH ?? '', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix },
          },
          (error, stdout, stderr) =>
            done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
    const count = (await timeline()).length;
    const ok = await run(incident.id);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain(`OK ${incident.id}: ${count} timeline entries`);

    const key = keys.timeline(incident.id);
    const original = (await redis.lindex(key, 3))!;
    await redis.lset(key, 3, JSON.stringify({ ...JSON.parse(original), summary: 'Decision: nothing happened' }));
    const broken = await run(incident.id);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN ${incident.id}: first broken link at entry 3 of ${count}`);
    await redis.lset(key, 3, original);
    expect((await run(incident.id)).code).toBe(0);
    expect((await run('nonsense')).code).toBe(2);
  });

  test('survives a restart: a new bot on the same Redis prefix summarises everything', async () => {
    const decisionsBefore = (await timeline()).filter((e) => e.kind === 'decision').map((e) => String(e.data.text));
    await bot.stop();
    await boot();
    const since = sim.mark();
    await command('UBOB', incident.channelId, 'summary');
    const complete = await sim.waitForCall('files.completeUploadExternal', undefined, { since });
    const md = sim.fileContents((complete.args.files as { id: string }[])[0]!.id)!.toString('utf8');
    expect(decisionsBefore.length).toBeGreaterThanOrEqual(3);
    for (const text of decisionsBefore) expect(md).toContain(text);
    expect(md).toContain('**OVERDUE** missed/regulator');
    expect(md).toContain('Status: closed');
  });
});
