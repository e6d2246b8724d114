import type { ReminderScheduler } from '../../jobs/reminders/scheduler';
import { type BotHandle, startBot } from '../../src/bot';
import { HOUR } from '../../src/domain/reminders/lead-times';
import { digestId } from '../../src/domain/reminders/reminder-digest';
import { confirmClose } from '../../src/flows/close-incident';
import { expectDrained } from '../support/expect-drained';
import { SlackRequests } from '../support/slack-requests';
import { quietLog, ReminderHarness } from './harness';

/**
 * The real app (startBot on port 0) against the Slack simulator, real Redis and BullMQ. The app only schedules
 * (REMINDER_WORKER=off); the test starts the worker that posts, so the queue can be read before anything fires.
 */
const h = new ReminderHarness(`test-rem-bot-${process.pid}`);
let bot: BotHandle;
let slack: SlackRequests;
let inspect: ReminderScheduler;

beforeAll(async () => {
  await h.start();
  bot = await startBot({ ...h.env, REMINDER_WORKER: 'off' }, { redis: h.redis, log: quietLog });
  slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${bot.port}`,
    signingSecret: 'test-signing-secret',
    responseUrl: (id) => h.sim.responseUrl(id),
  });
  inspect = h.runtime(false).scheduler;
});
afterAll(async () => {
  await bot.stop();
  await h.stop();
});

/** Sends `/incident <text>` and returns the text answered on the response_url. */
async function command(text: string, channel_id: string): Promise<string> {
  const res = await slack.slashCommand({ text, user_id: 'UALICE', channel_id });
  expect(res.status).toBe(200);
  if (res.body) return String((res.json as { text?: string } | undefined)?.text ?? res.body);
  const reply = await h.sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
  // A reply with blocks (`deadlines`) says it all in them; its `text` is the notification's short form.
  const blocks = (reply.body.blocks as { text?: { text?: string } }[] | undefined) ?? [];
  return [String(reply.body.text), ...blocks.map((b) => b.text?.text ?? '')].join('\n');
}

/** Sends a command whose outcome is a channel message; resolves with that message's call. */
async function commandPosting(text: string, channel: string, textPrefix: string) {
  const since = h.sim.mark();
  const res = await slack.slashCommand({ text, user_id: 'UALICE', channel_id: channel });
  expect(res.status).toBe(200);
  return h.sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && String(c.args.text).startsWith(textPrefix),
    { since, timeoutMs: 10_000 },
  );
}

async function openIncident(text: string): Promise<{ id: string; channel: string }> {
  // The acknowledgement says "Opening INC-…"; the answer on the response_url says where it is open.
  const res = await slack.slashCommand({ text: `open ${text}`, user_id: 'UALICE', channel_id: 'C0GENERAL' });
  const answered = await h.sim.waitForResponse(res.responseUrlId, (r) => String(r.body.text).includes('is open'), {
    timeoutMs: 10_000,
  });
  const reply = String(answered.body.text);
  const match = /\*(INC-[0-9A-Z-]+)\* is open in <#([A-Z0-9]+)>/.exec(reply);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected reply: ${reply}`);
  return { id: match[1], channel: match[2] };
}

const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

describe('deadlines and reminders in the app', () => {
  it('refuses an unknown --regimes id and creates nothing', async () => {
    const since = h.sim.mark();
    const reply = await command('open Lost laptop --regimes gdpr,us-zz', 'C0GENERAL');
    expect(reply).toMatch(/`--regimes`: unknown regime `us-zz`/);
    expect(h.sim.calls('conversations.create').filter((c) => c.seq > since)).toEqual([]);
  });

  it('drill at 3600×: posts the obligations, reminds before and at the due time, and `notified` cancels the rest', async () => {
    // Discovered 68 hours ago: GDPR's 72-hour clock has 4 legal hours left, 4 seconds on this drill's clock.
    const discovered = isoSeconds(Date.now() - 68 * HOUR);
    const posted = h.sim.mark();
    const { id, channel } = await openIncident(
      `Exercise exfil --drill --speed 3600 --regimes gdpr --discovered ${discovered}`,
    );
    const list = await h.sim.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === channel && String(c.args.text).includes('Notification deadlines'),
      { since: posted },
    );
    const listed = JSON.stringify(list.args.blocks);
    expect(String(list.args.text)).toMatch(/^\[DRILL\] Notification deadlines: 2/);
    expect(listed).toContain('EXERCISE');
    expect(listed).toContain('*GDPR* notice to the competent (lead) supervisory authority: due <!date^');
    expect(listed).toContain('GDPR (EU) 2016/679 Art 33(1)');
    expect(listed).toContain('--regimes named gdpr');

    const state = await bot.ctx.deadlines.get(id);
    const gdpr = state?.obligations.find((o) => o.id === 'gdpr/regulator');
    const dueAt = gdpr?.dueAt ?? '';
    expect(Date.parse(dueAt)).toBe(Date.parse(discovered) + 72 * HOUR);
    const pending = await inspect.pending(id);
    // 24 h and 4 h before are past on the drill clock and skipped; 1 h before, due, first escalation remain.
    // No worker runs yet, so nothing can have fired (and left the list) however slowly this ran.
    expect(pending.map((p) => p.data.kind)).toEqual(['reminders', 'reminders', 'escalations']);
    h.runtime(true);

    // On the drill clock: openedAt + (legal − openedAt) / 3600.
    const openedAt = Date.parse((await bot.ctx.incidents.get(id))!.openedAt);
    const wall = (legalMs: number) => Math.round(openedAt + (legalMs - openedAt) / 3600);
    const lead = await h.waitForReminder(digestId(id, 'reminders', wall(Date.parse(dueAt) - HOUR)));
    expect(String(lead.args.text)).toBe('[DRILL] 1 notice coming due: GDPR');
    expect(JSON.stringify(lead.args.blocks)).toContain(
      '*GDPR* notice to the competent (lead) supervisory authority: *1 hour left*',
    );
    const due = await h.waitForReminder(digestId(id, 'reminders', wall(Date.parse(dueAt))));
    expect(JSON.stringify(due.args.blocks)).toContain('*due now*');
    expect(JSON.stringify(due.args.blocks)).toContain('EXERCISE');
    // Never early.
    expect(due.at).toBeGreaterThanOrEqual(Math.round(openedAt + (Date.parse(dueAt) - openedAt) / 3600));

    const deadlines = await command('deadlines', channel);
    expect(deadlines).toContain('gdpr/regulator');
    expect(deadlines).toContain('overdue by');

    const notified = await commandPosting('notified gdpr/regulator portal ref 12', channel, '[DRILL] Notice given');
    expect(JSON.stringify(notified.args.blocks)).toContain('1 pending reminder cancelled');
    expect(await inspect.pending(id)).toEqual([]);
    const timeline = await bot.ctx.timeline.entries(id);
    expect(timeline.filter((e) => e.kind === 'notice_done').map((e) => e.dedupeKey)).toEqual([
      expect.stringMatching(/^notice_done:gdpr\/regulator:v\d+$/),
    ]);
    expect(timeline.filter((e) => e.kind === 'reminder_sent')).toHaveLength(2);

    expect(await command('notified hipaa', channel)).toMatch(/No `hipaa` obligation is listed/);
    expect(await command('notified gdpr/regulator', channel)).toMatch(/already marked done/);
    const after = await command('deadlines', channel);
    expect(after).toMatch(/Done \(1\)/);
    expect(after).toContain('portal ref 12');
  });

  it('`facts` recomputes, tells the channel what changed, moves the affected reminders; close cancels them all', async () => {
    const discovered = isoSeconds(Date.now() - 2 * HOUR);
    const { id, channel } = await openIncident(`Customer DB exposed --discovered ${discovered}`);
    expect(await inspect.pending(id)).toEqual([]);

    const added = await commandPosting('facts --affected Germany=40 --judgment gdprRisk=yes', channel, 'Facts updated');
    const addedText = JSON.stringify(added.args.blocks);
    expect(addedText).toContain('affected: DE 40');
    expect(addedText).toContain(':new: *GDPR* notice to the competent (lead) supervisory authority');
    const first = await inspect.pending(id);
    const gdprDue = Date.parse(discovered) + 72 * HOUR;
    expect(first.map((p) => [p.data.kind, gdprDue - Date.parse(p.data.fireAt)])).toEqual([
      ['reminders', 24 * HOUR],
      ['reminders', 4 * HOUR],
      ['reminders', HOUR],
      ['reminders', 0],
      ['escalations', -24 * HOUR],
    ]);

    // Awareness came an hour after discovery: GDPR's clock moves an hour later.
    const aware = isoSeconds(Date.parse(discovered) + HOUR);
    const moved = await commandPosting(`facts --aware ${aware}`, channel, 'Facts updated');
    expect(JSON.stringify(moved.args.blocks)).toContain(
      ':arrow_right: *GDPR* notice to the competent (lead) supervisory authority moved from',
    );
    const second = await inspect.pending(id);
    expect(second).toHaveLength(5);
    expect(second.at(3)?.data.fireAt).toBe(new Date(Date.parse(aware) + 72 * HOUR).toISOString());
    // The new "1 hour left" falls at the old due time: that digest stays; every other old one is gone.
    const kept = second.map((p) => p.id).filter((x) => first.some((f) => f.id === x));
    expect(kept).toEqual([first[3]?.id]);
    for (const old of first.filter((f) => !kept.includes(f.id))) {
      expect(await inspect.queue.getJob(old.id)).toBeUndefined();
    }

    // A reminder lost from the queue (a process died before scheduling it) comes back with `deadlines`.
    const lost = second[0]!;
    await inspect.cancelIncident(id);
    expect(await inspect.pending(id)).toEqual([]);
    await command('deadlines', channel);
    await expectDrained(bot.inFlight, 5000);
    expect((await inspect.pending(id)).map((p) => p.id)).toEqual(second.map((p) => p.id));
    expect((await inspect.queue.getJob(lost.id))?.data).toEqual(lost.data);

    const kinds = (await bot.ctx.timeline.entries(id)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'facts_changed')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'obligations_computed')).toHaveLength(3);

    // The close act cancels every pending reminder through the reminders port's cancelIncident.
    const incident = (await bot.ctx.incidents.get(id))!;
    const closed = await confirmClose(bot.ctx, { userId: 'UALICE', channelId: incident.channelId }, id);
    expect(closed.closedNow).toBe(true);
    expect(await inspect.pending(id)).toEqual([]);
    expect(await h.redis.scard(h.keys.reminderJobs(id))).toBe(0);
  });
});
