import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import {
  type DigestItem,
  type DigestKind,
  digestsOf,
  type PlannedDigest,
} from '../../src/domain/reminders/reminder-digest';
import { planIncident } from '../../src/domain/reminders/reminder-plan';
import { deliverDigest, type ReminderDeliveryDeps } from '../../src/flows/deliver-reminder';
import { type DigestPost, PostFailure, type ReminderPostPort } from '../../src/flows/ports/reminder-post';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { record } from '../reminders/fixtures';
import { FlowHarness, silentLog } from './flow-harness';

/** The deliver-digest act against a fake poster, on real Redis: each message at most once, only while still true. */
const h = new FlowHarness(`test-flow-deliver-${process.pid}`);
afterAll(() => h.close());
beforeEach(() => h.wipe());

const HOUR = 3600_000;

class FakePoster implements ReminderPostPort {
  /** Posted messages: id and the obligations listed. */
  posts: { id: string; obligations: string[] }[] = [];
  /** What the channel holds: message id → ts (a post that went out, whatever the answer said). */
  channel = new Map<string, string>();
  failNext: PostFailure | null = null;
  /** The post goes out, then the answer is lost (a 5xx or timeout after Slack applied it). */
  appliedThenLost = false;
  /** At most this many items a message. */
  perMessage = 50;
  split(_i: Incident, _k: DigestKind, items: readonly DigestItem[]): string[][] {
    const ids = items.map((i) => i.obligation.id);
    const parts: string[][] = [];
    for (let i = 0; i < ids.length; i += this.perMessage) parts.push(ids.slice(i, i + this.perMessage));
    return parts;
  }
  async postDigest(_i: Incident, post: DigestPost): Promise<string> {
    if (this.failNext) {
      const failure = this.failNext;
      this.failNext = null;
      throw failure;
    }
    const ts = `1700000000.${String(this.posts.length + 1).padStart(6, '0')}`;
    this.posts.push({ id: post.id, obligations: post.items.map((i) => i.obligation.id) });
    this.channel.set(post.id, ts);
    if (this.appliedThenLost) {
      this.appliedThenLost = false;
      throw new PostFailure('internal_error', false, false);
    }
    return ts;
  }
  async findReminderPost(_c: string, id: string): Promise<string | null> {
    return this.channel.get(id) ?? null;
  }
}

/** An incident whose obligations all have a 72-hour clock from its opening: their due reminders share an instant. */
async function seeded(count = 1): Promise<{
  incident: Incident;
  records: ObligationRecord[];
  digest: PlannedDigest;
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
  const records = Array.from({ length: count }, (_, i) =>
    record(count === 1 ? 'gdpr/regulator' : `r${String(i).padStart(3, '0')}/regulator`, openedAt, 72 * HOUR),
  );
  await h.ctx.deadlines.update(incident.id, () => ({
    facts: { discoveredAt: openedAt, entityTypes: [], dataTypes: [], encrypted: false, affected: {}, judgments: {} },
    factsUpdatedAt: openedAt,
    factsUpdatedBy: 'UALICE',
    computedAt: openedAt,
    obligations: records,
  }));
  const plan = planIncident(incident.id, records, { openedAt, speed: 1 }, h.now).filter((r) => r.kind === 'due');
  const [digest] = digestsOf(plan);
  if (!digest) throw new Error('no due digest planned');
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
  return { incident, records, digest, deps, poster };
}

test('every reminder of the instant in one message, posted once; a second delivery says already posted', async () => {
  const { digest, deps, poster, records } = await seeded(40);
  expect((await deliverDigest(deps, digest, 1)).outcome).toMatchObject({ outcome: 'posted', posts: 1, reminders: 40 });
  expect((await deliverDigest(deps, digest, 2)).outcome.outcome).toBe('already_posted');
  expect(poster.posts).toEqual([{ id: digest.id, obligations: records.map((r) => r.id) }]);
});

test('a digest too long for one message is split into parts, each with its own id, each posted once', async () => {
  const { incident, digest, deps, poster } = await seeded(45);
  poster.perMessage = 20;
  // The second part's post goes out but its answer is lost: the retry finds it and posts only the third.
  let calls = 0;
  const post = poster.postDigest.bind(poster);
  poster.postDigest = async (i, p) => {
    calls += 1;
    if (calls === 2) poster.appliedThenLost = true;
    return post(i, p);
  };
  await expect(deliverDigest(deps, digest, 1)).rejects.toBeInstanceOf(PostFailure);
  expect((await deliverDigest(deps, digest, 2)).outcome).toMatchObject({ outcome: 'posted', posts: 1, reminders: 5 });
  expect(poster.posts.map((p) => [p.id, p.obligations.length])).toEqual([
    [digest.id, 20],
    [`${digest.id}|part-2`, 20],
    [`${digest.id}|part-3`, 5],
  ]);
  const sent = (await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'reminder_sent');
  expect(sent.map((e) => e.dedupeKey)).toEqual([
    `reminder:${digest.id}`,
    `reminder:${digest.id}|part-2`,
    `reminder:${digest.id}|part-3`,
  ]);
});

test('the split is fixed by the first attempt: a notice done meanwhile leaves its part shorter, no part moves', async () => {
  const { incident, digest, deps, poster } = await seeded(30);
  poster.perMessage = 20;
  poster.failNext = new PostFailure('internal_error', false, false);
  await expect(deliverDigest(deps, digest, 1)).rejects.toBeInstanceOf(PostFailure);
  await h.ctx.deadlines.update(incident.id, (s) =>
    s
      ? {
          ...s,
          obligations: s.obligations.map((o, i) =>
            i < 5 ? { ...o, doneAt: h.now.toISOString(), doneBy: 'UALICE' } : o,
          ),
        }
      : null,
  );
  poster.perMessage = 50; // would be one message now; the stored split stays
  await deliverDigest(deps, digest, 2);
  expect(poster.posts.map((p) => [p.id, p.obligations.length])).toEqual([
    [digest.id, 15],
    [`${digest.id}|part-2`, 10],
  ]);
});

test('applied, then a 500: the retry finds the message and does not post again', async () => {
  const { incident, digest, deps, poster } = await seeded();
  poster.appliedThenLost = true;
  await expect(deliverDigest(deps, digest, 1)).rejects.toBeInstanceOf(PostFailure);
  expect(await deps.ledger.get(incident.id, digest.id)).toMatchObject({ state: 'posting' });
  expect((await deliverDigest(deps, digest, 2)).outcome).toEqual({
    outcome: 'already_posted',
    ts: poster.channel.get(digest.id),
  });
  expect(poster.posts.map((p) => p.id)).toEqual([digest.id]);
  const sent = (await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'reminder_sent');
  expect(sent).toHaveLength(1);
});

test('a refusal that certainly posted nothing releases the mark, so the retry posts', async () => {
  const { incident, digest, deps, poster } = await seeded();
  poster.failNext = new PostFailure('rate_limited', true, false, 3);
  await expect(deliverDigest(deps, digest, 1)).rejects.toMatchObject({ retryAfter: 3 });
  expect(await deps.ledger.get(incident.id, digest.id)).toBeNull();
  expect((await deliverDigest(deps, digest, 2)).outcome.outcome).toBe('posted');
});

test('dropped when nothing in it is still true: moved, closed', async () => {
  const { incident, digest, deps, poster } = await seeded();
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
  expect((await deliverDigest(deps, digest, 1)).outcome).toEqual({ outcome: 'dropped', reason: 'nothing_due' });
  await h.ctx.incidents.update(incident.id, (i) => ({ ...i, status: 'closed', closedAt: h.now.toISOString() }));
  expect((await deliverDigest(deps, digest, 1)).outcome).toEqual({ outcome: 'dropped', reason: 'incident_closed' });
  expect(poster.posts).toEqual([]);
});
