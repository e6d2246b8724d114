import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { type PlannedReminder, planReminders } from '../../src/domain/reminders/reminder-plan';
import { deliverReminder, type ReminderDeliveryDeps } from '../../src/flows/deliver-reminder';
import { PostFailure, type ReminderPostPort } from '../../src/flows/ports/reminder-post';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { record } from '../reminders/fixtures';
import { FlowHarness, silentLog } from './flow-harness';

/** The deliver-reminder act against a fake poster, on real Redis: at most once, only while still true. */
const h = new FlowHarness(`test-flow-deliver-${process.pid}`);
afterAll(() => h.close());
beforeEach(() => h.wipe());

class FakePoster implements ReminderPostPort {
  posts: string[] = [];
  /** What the channel holds: reminder id → ts (a post that went out, whatever the answer said). */
  channel = new Map<string, string>();
  failNext: PostFailure | null = null;
  /** The post goes out, then the answer is lost (a 5xx or timeout after Slack applied it). */
  appliedThenLost = false;
  async postReminder(_i: Incident, _o: ObligationRecord, r: PlannedReminder): Promise<string> {
    if (this.failNext) {
      const failure = this.failNext;
      this.failNext = null;
      throw failure;
    }
    const ts = `1700000000.${String(this.posts.length + 1).padStart(6, '0')}`;
    this.posts.push(r.id);
    this.channel.set(r.id, ts);
    if (this.appliedThenLost) {
      this.appliedThenLost = false;
      throw new PostFailure('internal_error', false, false);
    }
    return ts;
  }
  async findReminderPost(_c: string, reminderId: string): Promise<string | null> {
    return this.channel.get(reminderId) ?? null;
  }
}

async function seeded(): Promise<{
  incident: Incident;
  reminder: PlannedReminder;
  deps: ReminderDeliveryDeps;
  poster: FakePoster;
}> {
  const openedAt = h.now.toISOString();
  const incident = newIncident(
    await h.ctx.incidents.nextId(),
    { title: 'T', severity: 'sev1', regimes: [], drill: false, speed: 1, openedBy: 'UALICE', openedAt: h.now },
    { id: 'C0REMIND', name: 'inc-remind' },
    'data-breach',
  );
  await h.ctx.incidents.create(incident);
  const o = record('gdpr/regulator', openedAt, 72 * 3600_000);
  await h.ctx.deadlines.update(incident.id, () => ({
    facts: { discoveredAt: openedAt, entityTypes: [], dataTypes: [], encrypted: false, affected: {}, judgments: {} },
    factsUpdatedAt: openedAt,
    factsUpdatedBy: 'UALICE',
    computedAt: openedAt,
    obligations: [o],
  }));
  const reminder = planReminders(incident.id, o, { openedAt, speed: 1 }, h.now).find((r) => r.kind === 'due');
  if (!reminder) throw new Error('no due reminder planned');
  const poster = new FakePoster();
  const deps: ReminderDeliveryDeps = {
    incidents: h.ctx.incidents,
    deadlines: h.ctx.deadlines,
    timeline: h.ctx.timeline,
    ledger: new DeliveryLedger(h.redis, h.keys),
    poster,
    log: silentLog,
    now: () => h.now,
  };
  return { incident, reminder, deps, poster };
}

test('posted once; a second delivery of the same job says already posted', async () => {
  const { reminder, deps, poster } = await seeded();
  expect((await deliverReminder(deps, reminder, 1)).outcome.outcome).toBe('posted');
  expect((await deliverReminder(deps, reminder, 2)).outcome.outcome).toBe('already_posted');
  expect(poster.posts).toEqual([reminder.id]);
});

test('applied, then a 500: the retry finds the message and does not post again', async () => {
  const { incident, reminder, deps, poster } = await seeded();
  poster.appliedThenLost = true;
  await expect(deliverReminder(deps, reminder, 1)).rejects.toBeInstanceOf(PostFailure);
  expect(await deps.ledger.get(incident.id, reminder.id)).toMatchObject({ state: 'posting' });
  expect((await deliverReminder(deps, reminder, 2)).outcome).toEqual({
    outcome: 'already_posted',
    ts: poster.channel.get(reminder.id),
  });
  expect(poster.posts).toEqual([reminder.id]);
  const sent = (await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'reminder_sent');
  expect(sent).toHaveLength(1);
});

test('a refusal that certainly posted nothing releases the mark, so the retry posts', async () => {
  const { incident, reminder, deps, poster } = await seeded();
  poster.failNext = new PostFailure('rate_limited', true, false, 3);
  await expect(deliverReminder(deps, reminder, 1)).rejects.toMatchObject({ retryAfter: 3 });
  expect(await deps.ledger.get(incident.id, reminder.id)).toBeNull();
  expect((await deliverReminder(deps, reminder, 2)).outcome.outcome).toBe('posted');
});

test('dropped when no longer true: done, moved, closed', async () => {
  const { incident, reminder, deps, poster } = await seeded();
  await h.ctx.deadlines.update(incident.id, (s) =>
    s
      ? {
          ...s,
          obligations: s.obligations.map((o) => ({
            ...o,
            dueAt: new Date(Date.parse(o.dueAt ?? '') + 1000).toISOString(),
          })),
        }
      : null,
  );
  expect((await deliverReminder(deps, reminder, 1)).outcome).toEqual({ outcome: 'dropped', reason: 'due_moved' });
  await h.ctx.incidents.update(incident.id, (i) => ({ ...i, status: 'closed', closedAt: h.now.toISOString() }));
  expect((await deliverReminder(deps, reminder, 1)).outcome).toEqual({ outcome: 'dropped', reason: 'incident_closed' });
  expect(poster.posts).toEqual([]);
});
