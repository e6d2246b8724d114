import { WebClient } from '@slack/web-api';
import { jobDataOf } from '../../jobs/reminders/job-data';
import { closed as closedRecord } from '../../src/domain/incidents/incident-lifecycle';
import { markDone, type ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { DAY, HOUR, MINUTE } from '../../src/domain/reminders/lead-times';
import { digestId, digestsOf } from '../../src/domain/reminders/reminder-digest';
import { escalation, planIncident } from '../../src/domain/reminders/reminder-plan';
import { DeadlineStore } from '../../src/store/deadline-store';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { IncidentStore } from '../../src/store/incident-store';
import { TimelineStore } from '../../src/store/timeline-store';
import { record } from './fixtures';
import { ReminderHarness } from './harness';

/** Digest delivery through real BullMQ workers to the Slack simulator: exactly once, retried, dropped when stale. */
const h = new ReminderHarness(`test-rem-deliver-${process.pid}`);
beforeAll(() => h.start());
afterAll(() => h.stop());
afterEach(() => h.sim.reset({ state: false }));

/** A 72-hour obligation due `inMs` from now (its lead times long past). */
function dueIn(id: string, inMs: number, now = Date.now()): ObligationRecord {
  return record(id, new Date(now + inMs - 72 * HOUR).toISOString(), 72 * HOUR);
}
/** The id of the digest holding the due-time reminders of obligations due at `o.dueAt`. */
const dueDigestOf = (incidentId: string, o: ObligationRecord) =>
  digestId(incidentId, 'reminders', Date.parse(o.dueAt ?? ''));

async function schedule(runtime: ReturnType<ReminderHarness['runtime']>, records: ObligationRecord[], speed = 1) {
  const incident = await h.seedIncident(records, { speed });
  const now = new Date();
  await runtime.scheduler.scheduleIncident(
    { id: incident.id, openedAt: incident.openedAt, drillSpeed: speed },
    records,
    now,
  );
  return incident;
}

describe('reminder delivery', () => {
  it('posts every reminder due at one instant as one message, once, with its id in the metadata, and records it', async () => {
    const runtime = h.runtime();
    const now = Date.now();
    const records = ['gdpr/regulator', 'uk-gdpr/regulator', 'nis2/regulator'].map((id) => dueIn(id, 800, now));
    const incident = await schedule(runtime, records);
    const id = dueDigestOf(incident.id, records[0]!);
    const post = await h.waitForReminder(id);
    expect(post.args.channel).toBe(incident.channelId);
    expect(post.at).toBeGreaterThanOrEqual(Date.parse(records[0]!.dueAt ?? ''));
    expect(String(post.args.text)).toBe('3 notices coming due: GDPR; NIS2; UK GDPR');
    expect(h.obligationsIn(post).sort()).toEqual(records.map((r) => r.id).sort());
    expect(JSON.stringify(post.args.blocks)).toContain('*due now*');
    expect(await h.waitForOutcome(id)).toEqual({ outcome: 'posted', ts: post.response.ts, posts: 1, reminders: 3 });
    expect(h.reminderPosts()).toHaveLength(1);
    expect(await new DeliveryLedger(h.redis, h.keys).get(incident.id, id)).toMatchObject({
      state: 'posted',
      ts: post.response.ts,
    });
    const sent = (await new TimelineStore(h.redis, h.keys).entries(incident.id)).filter(
      (e) => e.kind === 'reminder_sent',
    );
    expect(sent.map((e) => e.dedupeKey)).toEqual([`reminder:${id}`]);
    // Only the next escalation digest is left on the queue.
    expect((await runtime.scheduler.pending(incident.id)).map((p) => p.data.kind)).toEqual(['escalations']);
    await h.close(runtime);
  });

  it("brings the pinned register up to date at the digest's instant: what fell due is counted overdue", async () => {
    const runtime = h.runtime();
    const records = ['gdpr/regulator', 'uk-gdpr/regulator'].map((id) => dueIn(id, 800));
    const incident = await h.seedIncident(records);
    // The register as the open posted it: nothing overdue yet.
    const register = h.sim.seedMessage(incident.channelId, {
      user: h.sim.state.bot.userId,
      text: `${incident.id} notification register: 0 overdue, 2 due in 24 h, 2 open, 0 done`,
    });
    await new IncidentStore(h.redis, h.keys).update(incident.id, (i) => ({ ...i, registerMessageTs: register.ts }));
    await runtime.scheduler.scheduleIncident(
      { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 },
      records,
      new Date(),
    );
    const id = dueDigestOf(incident.id, records[0]!);
    await h.waitForReminder(id);
    await h.waitForOutcome(id);
    const update = await h.sim.waitForCall('chat.update', (c) => c.args.ts === register.ts, { timeoutMs: 5000 });
    expect(update.response.ok).toBe(true);
    expect(String(update.args.text)).toContain('notification register: 2 overdue, 0 due in 24 h, 2 open, 0 done');
    await h.close(runtime);
  });

  it('posts each digest exactly once with two workers on one queue, both taking part', async () => {
    // One job at a time each: while one worker is held inside its post, every other digest goes to the other.
    const a = h.runtime(true, 1);
    const b = h.runtime(true, 1);
    const held = h.sim.hold('chat.postMessage');
    const ids: string[] = [];
    const now = Date.now();
    for (let i = 0; i < 3; i += 1) {
      const records = Array.from({ length: 10 }, (_, j) => dueIn(`r${j}/regulator`, 300, now));
      const incident = await schedule(a, records);
      ids.push(dueDigestOf(incident.id, records[0]!));
    }
    const heldArgs = await held.reached;
    const heldId = String((heldArgs.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);
    // The other worker posts another reminder while the first is still held.
    const other = await h.sim.waitForCall(
      'chat.postMessage',
      (c) => c.response.ok === true && c.args.metadata !== undefined && h.reminderIdOf(c) !== heldId,
    );
    held.release();
    const outcomes = await Promise.all(ids.map((id) => h.waitForOutcome(id, 15_000)));
    expect(outcomes.every((o) => (o as { outcome: string }).outcome === 'posted')).toBe(true);
    const posted = h.reminderPosts();
    expect(posted.map((c) => h.reminderIdOf(c)).sort()).toEqual([...ids].sort());
    expect(posted.every((c) => h.obligationsIn(c).length === 10)).toBe(true);
    const workerOf = async (id: string) => (await a.scheduler.queue.getJob(id))?.processedBy;
    expect(await workerOf(h.reminderIdOf(other))).not.toBe(await workerOf(heldId));
    const workers = await Promise.all(ids.map(workerOf));
    expect(new Set(workers).size).toBe(2);
    await h.close(a);
    await h.close(b);
  });

  it('survives a worker restart: jobs wait in Redis and post once from the next worker', async () => {
    const first = h.runtime();
    const o = dueIn('gdpr/regulator', 30 * MINUTE);
    const incident = await schedule(first, [o]);
    await h.close(first); // graceful stop long before it is due
    const second = h.runtime();
    const id = dueDigestOf(incident.id, o);
    expect(h.reminderPosts(false)).toEqual([]);
    await h.promote(id); // its due time, on the test's word
    await h.waitForReminder(id);
    expect(await h.waitForOutcome(id)).toMatchObject({ outcome: 'posted' });
    expect(h.reminderPosts().map((c) => h.reminderIdOf(c))).toEqual([id]);
    await h.close(second);
  });

  it.each([
    ['429 with retry-after', { status: 429 as const, retryAfterSeconds: 1 }],
    ['500', { status: 500 as const }],
  ])('retries after Slack answers %s and posts once', async (_label, fault) => {
    const runtime = h.runtime();
    h.sim.failNext('chat.postMessage', fault);
    const o = dueIn('gdpr/regulator', 500);
    const incident = await schedule(runtime, [o]);
    const id = dueDigestOf(incident.id, o);
    expect(await h.waitForOutcome(id)).toMatchObject({ outcome: 'posted' });
    const attempts = h.sim
      .calls('chat.postMessage')
      .filter(
        (c) => (c.args.metadata as { event_payload?: { reminder_id?: string } })?.event_payload?.reminder_id === id,
      );
    expect(attempts.map((c) => c.status)).toEqual([fault.status, 200]);
    expect(h.sim.messages(incident.channelId).filter((m) => m.metadata?.event_payload.reminder_id === id)).toHaveLength(
      1,
    );
    await h.close(runtime);
  });

  it('after an unclear failure (posted, but Slack answered an error) finds the message and does not post again', async () => {
    const runtime = h.runtime();
    let first = true;
    h.sim.setHandler('chat.postMessage', async (_args, ctx) => {
      const result = await ctx.callDefault();
      if (!first) return result;
      first = false;
      return { ok: false, error: 'fatal_error' };
    });
    const o = dueIn('gdpr/regulator', 500);
    const incident = await schedule(runtime, [o]);
    const id = dueDigestOf(incident.id, o);
    const outcome = (await h.waitForOutcome(id)) as { outcome: string; ts: string };
    expect(outcome.outcome).toBe('already_posted');
    const history = await h.sim.waitForCall('conversations.history', (c) => c.args.channel === incident.channelId);
    expect(String(history.args.include_all_metadata)).toBe('true');
    const inChannel = h.sim.messages(incident.channelId).filter((m) => m.metadata?.event_payload.reminder_id === id);
    expect(inChannel.map((m) => m.ts)).toEqual([outcome.ts]);
    await h.close(runtime);
  });

  it('when a process died between posting and recording, the retry sees the message and does not post again', async () => {
    const runtime = h.runtime(false);
    const o = dueIn('gdpr/regulator', 1500);
    const incident = await schedule(runtime, [o]);
    const id = dueDigestOf(incident.id, o);
    // What the dead process left: the split, the "posting" marker, and the message in the channel.
    const ledger = new DeliveryLedger(h.redis, h.keys);
    await ledger.fixParts(incident.id, id, [[o.id]]);
    await ledger.beginPosting(incident.id, id, 1, new Date());
    const client = new WebClient(h.env.SLACK_BOT_TOKEN, { slackApiUrl: h.sim.apiUrl });
    const posted = await client.chat.postMessage({
      channel: incident.channelId,
      text: 'reminder',
      metadata: { event_type: 'breachbot_reminder', event_payload: { reminder_id: id } },
    });
    const worker = h.runtime();
    expect(await h.waitForOutcome(id)).toEqual({ outcome: 'already_posted', ts: posted.ts });
    expect(h.sim.messages(incident.channelId).filter((m) => m.metadata?.event_payload.reminder_id === id)).toHaveLength(
      1,
    );
    expect(await ledger.get(incident.id, id)).toMatchObject({ state: 'posted', ts: posted.ts });
    await h.close(worker);
    await h.close(runtime);
  });

  it('drops a digest whose incident was closed or whose obligations were all done meanwhile', async () => {
    const runtime = h.runtime();
    const a = dueIn('gdpr/regulator', 30 * MINUTE);
    const closed = await schedule(runtime, [a]);
    await new IncidentStore(h.redis, h.keys).update(closed.id, (current) => closedRecord(current, new Date()).next);
    const b = dueIn('us-ca/regulator', 30 * MINUTE);
    const done = await schedule(runtime, [b]);
    // Stored as `notified` stores it, without cancelling: the digest finds nothing left to say.
    await new DeadlineStore(h.redis, h.keys).update(done.id, (s) => {
      const r = markDone(s?.obligations ?? [], { regime: 'us-ca' }, { by: 'UALICE', at: new Date() });
      return s && r.ok ? { ...s, obligations: r.records } : null;
    });
    // Both changes are stored; now the digests fall due.
    await h.promote(dueDigestOf(closed.id, a));
    await h.promote(dueDigestOf(done.id, b));
    expect(await h.waitForOutcome(dueDigestOf(closed.id, a))).toEqual({
      outcome: 'dropped',
      reason: 'incident_closed',
    });
    expect(await h.waitForOutcome(dueDigestOf(done.id, b))).toEqual({ outcome: 'dropped', reason: 'nothing_due' });
    expect(h.reminderPosts(false)).toEqual([]);
    // A dropped digest schedules no further escalation: only the first one planned at the start is left.
    expect((await runtime.scheduler.pending(done.id)).map((p) => p.data.kind)).toEqual(['escalations']);
    await h.close(runtime);
  });

  it('drops a digest whose due time moved, whose obligation is gone, or whose incident is missing', async () => {
    const runtime = h.runtime();
    const deadlines = new DeadlineStore(h.redis, h.keys);
    const m = dueIn('gdpr/regulator', 30 * MINUTE);
    const moved = await schedule(runtime, [m]);
    await deadlines.update(moved.id, (s) =>
      s
        ? { ...s, obligations: s.obligations.map((o) => ({ ...o, dueAt: new Date(Date.now() + DAY).toISOString() })) }
        : null,
    );
    const g = dueIn('gdpr/regulator', 30 * MINUTE);
    const gone = await schedule(runtime, [g]);
    await deadlines.update(gone.id, (s) => (s ? { ...s, obligations: [] } : null));
    const x = dueIn('gdpr/regulator', 30 * MINUTE);
    const missing = await schedule(runtime, [x]);
    expect(await h.redis.del(h.keys.incident(missing.id))).toBe(1);

    // A moved or removed obligation is simply no longer in the digest: nothing is left for it to say.
    const cases = [
      [dueDigestOf(moved.id, m), 'nothing_due'],
      [dueDigestOf(gone.id, g), 'nothing_due'],
      [dueDigestOf(missing.id, x), 'incident_missing'],
    ] as const;
    for (const [id] of cases) await h.promote(id);
    for (const [id, reason] of cases) expect(await h.waitForOutcome(id)).toEqual({ outcome: 'dropped', reason });
    expect(h.reminderPosts(false)).toEqual([]);
    await h.close(runtime);
  });

  it.each(['not_in_channel', 'is_archived'])(
    'fails the job at once when Slack refuses the post for good (%s), and posts nothing',
    async (error) => {
      const runtime = h.runtime();
      const o = dueIn('gdpr/regulator', 30 * MINUTE);
      const incident = await schedule(runtime, [o]);
      const id = dueDigestOf(incident.id, o);
      h.sim.failNext('chat.postMessage', { error, channel: incident.channelId });
      await h.promote(id);
      const failure = await h.waitForFailure(id);
      expect(failure).toEqual({ attemptsMade: 1, failedReason: expect.stringContaining(error) });
      expect(h.reminderPosts(false).map((c) => c.response.error)).toEqual([error]);
      expect(h.sim.messages(incident.channelId)).toEqual([]);
      // Nothing is left marked "posting": a later delivery of the same reminder would not search in vain.
      expect((await new DeliveryLedger(h.redis, h.keys).get(incident.id, id))?.state).not.toBe('posting');
      await h.close(runtime);
    },
  );

  it('gives up after the last attempt, says so in the log, and leaves the job failed', async () => {
    const events: { event: string; fields: Record<string, unknown> }[] = [];
    let gaveUp!: () => void;
    const lastFailureLogged = new Promise<void>((resolve) => {
      gaveUp = resolve;
    });
    const log = {
      info: () => undefined,
      warn: (event: string, fields: Record<string, unknown> = {}) => {
        events.push({ event, fields });
        if (event === 'reminder_job_failed' && fields.final === true) gaveUp();
      },
      error: () => undefined,
    };
    const runtime = h.runtime(true, 1, log);
    const o = dueIn('gdpr/regulator', 30 * MINUTE);
    const incident = await schedule(h.runtime(false), [o]);
    const id = dueDigestOf(incident.id, o);
    const planned = digestsOf(
      planIncident(incident.id, [o], { openedAt: incident.openedAt, speed: 1 }, new Date()),
    ).find((d) => d.id === id);
    if (!planned) throw new Error('the due digest was not planned');
    // The same job with two attempts instead of 25 (the backoff is 1 s after the first).
    await runtime.scheduler.queue.remove(id);
    await runtime.scheduler.queue.add('reminder', jobDataOf(planned), {
      jobId: id,
      attempts: 2,
    });
    h.sim.failNext('chat.postMessage', { status: 500 }, 2);
    const failure = await h.waitForFailure(id);
    expect(failure.attemptsMade).toBe(2);
    expect(h.reminderPosts(false).map((c) => c.status)).toEqual([500, 500]);
    expect(h.sim.messages(incident.channelId)).toEqual([]);
    await lastFailureLogged; // the worker logs after BullMQ has moved the job to the failed set
    const failed = events.filter((e) => e.event === 'reminder_job_failed').map((e) => e.fields.final);
    expect(failed).toEqual([false, true]);
    await h.close(runtime);
  });

  it('escalates after the due time until someone acts (a drill at 3600×: one legal hour per second)', async () => {
    const runtime = h.runtime();
    const openedAt = new Date();
    // Two 4-hour clocks (escalations every hour) that started 3.5 legal hours before the drill opened.
    const started = new Date(openedAt.getTime() - 3.5 * HOUR).toISOString();
    const records = [record('dora/regulator/initial', started, 4 * HOUR), record('nis2/regulator', started, 4 * HOUR)];
    const incident = await h.seedIncident(records, { speed: 3600, openedAt });
    await h.redis.set(
      h.keys.incident(incident.id),
      JSON.stringify({ ...incident, roles: { commander: 'UALICE', legal: 'ULEGAL' } }),
    );
    const clock = { id: incident.id, openedAt: incident.openedAt, speed: 3600 };
    const plan = planIncident(incident.id, records, clock, openedAt);
    const digests = digestsOf(plan);
    expect(digests.map((d) => [d.kind, Date.parse(d.fireAt) - openedAt.getTime()])).toEqual([
      ['reminders', 250], // 15 min before the due time: 15 legal minutes after open
      ['reminders', 500],
      ['escalations', 1500],
    ]);
    await runtime.scheduler.add(plan, openedAt);
    const second = digestsOf([escalation(incident.id, records[0]!, 2, clock)!])[0]!.id;
    const post = await h.waitForReminder(second, 10_000);
    expect(String(post.args.text)).toBe('[DRILL] 2 notices overdue: DORA initial notification; NIS2');
    expect(JSON.stringify(post.args.blocks)).toContain('<@ULEGAL> <@UALICE>');
    await h.waitForOutcome(second);
    expect(h.reminderPosts().map((c) => h.reminderIdOf(c))).toEqual([...digests.map((d) => d.id), second]);
    // Someone acts: the obligations are done and their digests removed; nothing more is posted.
    for (const o of records) await h.markDone(incident.id, o.id);
    await runtime.scheduler.cancelObligations(
      incident.id,
      records.map((o) => o.id),
    );
    expect(await runtime.scheduler.pending(incident.id)).toEqual([]);
    await h.close(runtime);
  });
});
