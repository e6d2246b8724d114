import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import {
  type DigestItem,
  type DigestKind,
  digestOf,
  digestsOf,
  type PlannedDigest,
} from '../../src/domain/reminders/reminder-digest';
import { escalation } from '../../src/domain/reminders/reminder-plan';
import { deliverDigest, type ReminderDeliveryDeps } from '../../src/flows/deliver-reminder';
import type { DigestPost, ReminderPostPort } from '../../src/flows/ports/reminder-post';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { record } from '../reminders/fixtures';
import { FlowHarness, silentLog } from './flow-harness';

/**
 * REMINDER_ESCALATION_CAP in the deliver-reminder act, on real Redis, with digests: the cap is counted per
 * obligation (each escalation a digest carried is in the ledger), the escalation that reaches it is listed in its
 * digest as the last, and the chain ends once.
 */
const h = new FlowHarness(`test-flow-escalation-cap-${process.pid}`);
afterAll(() => h.close());
beforeEach(() => h.wipe());

class RecordingPoster implements ReminderPostPort {
  posts: { id: string; items: { obligation: string; finalOfCap: number | undefined }[] }[] = [];
  split(_i: Incident, _k: DigestKind, items: readonly DigestItem[]): string[][] {
    return [items.map((i) => i.obligation.id)];
  }
  async postDigest(_i: Incident, post: DigestPost): Promise<string> {
    this.posts.push({
      id: post.id,
      items: post.items.map((i) => ({ obligation: i.obligation.id, finalOfCap: i.finalOfCap })),
    });
    return `1700000000.${String(this.posts.length).padStart(6, '0')}`;
  }
  async findReminderPost(): Promise<string | null> {
    return null;
  }
}

/** Discovered 100 hours ago: the 72-hour notices are 28 hours overdue. */
async function overdue(cap: number, ids = ['gdpr/regulator']) {
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
  const records = ids.map((id) => record(id, openedAt, 72 * 3600_000));
  await h.ctx.deadlines.update(incident.id, () => ({
    facts: { discoveredAt: openedAt, entityTypes: [], dataTypes: [], encrypted: false, affected: {}, judgments: {} },
    factsUpdatedAt: openedAt,
    factsUpdatedBy: 'UALICE',
    computedAt: openedAt,
    obligations: records,
  }));
  const poster = new RecordingPoster();
  const ledger = new DeliveryLedger(h.redis, h.keys);
  const deps: ReminderDeliveryDeps = {
    incidents: h.ctx.incidents,
    deadlines: h.ctx.deadlines,
    timeline: h.ctx.timeline,
    ledger,
    poster,
    log: silentLog,
    now: () => h.now,
    escalationCap: cap,
  };
  const first = escalation(incident.id, records[0]!, 1, { openedAt, speed: 1 });
  if (!first) throw new Error('no escalation planned');
  return { deps, poster, ledger, incident, first: digestOf(first) };
}

test('escalation digests follow one another until the cap; the last lists the notice as stopping', async () => {
  const { deps, poster, first } = await overdue(3);
  let next: PlannedDigest[] = [first];
  const outcomes: string[] = [];
  while (next.length > 0) {
    const digest: PlannedDigest = next[0]!;
    const result = await deliverDigest(deps, digest, 1);
    outcomes.push(result.outcome.outcome);
    next = digestsOf(result.next);
  }
  expect(outcomes).toEqual(['posted', 'posted', 'posted']);
  expect(poster.posts.map((p) => p.items.map((i) => i.finalOfCap))).toEqual([[undefined], [undefined], [3]]);
});

test('the cap counts per obligation: in one digest, the notice at its last escalation stops, the other goes on', async () => {
  const { deps, poster, ledger, incident, first } = await overdue(2, ['gdpr/regulator', 'uk-gdpr/regulator']);
  // GDPR's first escalation was posted in an earlier message; UK GDPR's was not (it came later to the incident).
  const earlier = `${incident.id}|gdpr/regulator|overdue-0|0`;
  await ledger.noteEscalations(incident.id, [earlier], '1600000000.000001', h.now);
  const result = await deliverDigest(deps, first, 1);
  expect(result.outcome).toMatchObject({ outcome: 'posted', posts: 1, reminders: 2 });
  expect(poster.posts[0]!.items).toEqual([
    { obligation: 'gdpr/regulator', finalOfCap: 2 },
    { obligation: 'uk-gdpr/regulator', finalOfCap: undefined },
  ]);
  // Only UK GDPR escalates again.
  expect(result.next.map((r) => r.obligationId)).toEqual(['uk-gdpr/regulator']);
});

test('the last escalation delivered again (a retried job) posts nothing and still schedules nothing', async () => {
  const { deps, poster, first } = await overdue(1);
  const once = await deliverDigest(deps, first, 1);
  expect(once).toMatchObject({ outcome: { outcome: 'posted' }, next: [] });
  const again = await deliverDigest(deps, first, 2);
  expect(again).toMatchObject({ outcome: { outcome: 'already_posted' }, next: [] });
  expect(poster.posts).toHaveLength(1);
});

test('an escalation digest beyond the cap (scheduled before the cap was lowered) is dropped, not posted', async () => {
  const { deps, poster, first } = await overdue(5);
  const result = await deliverDigest(deps, first, 1);
  const second = digestsOf(result.next)[0]!;
  const capped = { ...deps, escalationCap: 1 };
  expect(await deliverDigest(capped, second, 1)).toEqual({
    outcome: { outcome: 'dropped', reason: 'escalations_capped' },
    next: [],
  });
  expect(poster.posts).toHaveLength(1);
});
