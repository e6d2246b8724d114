import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { escalation, type PlannedReminder } from '../../src/domain/reminders/reminder-plan';
import { deliverReminder, type ReminderDeliveryDeps } from '../../src/flows/deliver-reminder';
import type { ReminderPostOptions, ReminderPostPort } from '../../src/flows/ports/reminder-post';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { record } from '../reminders/fixtures';
import { FlowHarness, silentLog } from './flow-harness';

/** REMINDER_ESCALATION_CAP in the deliver-reminder act, on real Redis: the escalation chain ends, once, saying so. */
const h = new FlowHarness(`test-flow-escalation-cap-${process.pid}`);
afterAll(() => h.close());
beforeEach(() => h.wipe());

class RecordingPoster implements ReminderPostPort {
  posts: { id: string; finalOfCap: number | undefined }[] = [];
  async postReminder(
    _i: Incident,
    _o: ObligationRecord,
    r: PlannedReminder,
    _now: Date,
    options: ReminderPostOptions = {},
  ): Promise<string> {
    this.posts.push({ id: r.id, finalOfCap: options.finalOfCap });
    return `1700000000.${String(this.posts.length).padStart(6, '0')}`;
  }
  async findReminderPost(): Promise<string | null> {
    return null;
  }
}

async function overdueObligation(cap: number) {
  // Discovered 100 hours ago: the 72-hour notice is 28 hours overdue.
  const openedAt = new Date(h.now.getTime() - 100 * 3600_000).toISOString();
  const incident = newIncident(
    await h.ctx.incidents.nextId(),
    {
      title: 'T',
      severity: 'sev1',
      regimes: [],
      drill: false,
      speed: 1,
      openedBy: 'UALICE',
      openedAt: new Date(openedAt),
    },
    { id: 'C0CAP', name: 'inc-cap' },
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
  const poster = new RecordingPoster();
  const deps: ReminderDeliveryDeps = {
    incidents: h.ctx.incidents,
    deadlines: h.ctx.deadlines,
    timeline: h.ctx.timeline,
    ledger: new DeliveryLedger(h.redis, h.keys),
    poster,
    log: silentLog,
    now: () => h.now,
    escalationCap: cap,
  };
  const first = escalation(incident.id, o, 1, { openedAt, speed: 1 });
  if (!first) throw new Error('no escalation planned');
  return { deps, poster, first };
}

test('escalations follow one another until the cap; the last says so and schedules nothing after it', async () => {
  const { deps, poster, first } = await overdueObligation(3);
  let next: PlannedReminder | null = first;
  const outcomes: string[] = [];
  while (next) {
    const result = await deliverReminder(deps, next, 1);
    outcomes.push(result.outcome.outcome);
    next = result.next;
  }
  expect(outcomes).toEqual(['posted', 'posted', 'posted']);
  expect(poster.posts.map((p) => p.finalOfCap)).toEqual([undefined, undefined, 3]);
});

test('the last escalation delivered again (a retried job) posts nothing and still schedules nothing', async () => {
  const { deps, poster, first } = await overdueObligation(1);
  const once = await deliverReminder(deps, first, 1);
  expect(once).toMatchObject({ outcome: { outcome: 'posted' }, next: null });
  const again = await deliverReminder(deps, first, 2);
  expect(again).toMatchObject({ outcome: { outcome: 'already_posted' }, next: null });
  expect(poster.posts).toHaveLength(1);
});

test('an escalation beyond the cap (scheduled before the cap was lowered) is dropped, not posted', async () => {
  const { deps, poster, first } = await overdueObligation(5);
  const result = await deliverReminder(deps, first, 1);
  const second = result.next!;
  const capped = { ...deps, escalationCap: 1 };
  expect(await deliverReminder(capped, second, 1)).toEqual({
    outcome: { outcome: 'dropped', reason: 'escalations_capped' },
    next: null,
  });
  expect(poster.posts).toHaveLength(1);
});
