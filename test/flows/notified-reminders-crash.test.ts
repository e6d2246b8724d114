import { createReminderQueue } from '../../jobs/reminders/queue';
import { ReminderScheduler } from '../../jobs/reminders/scheduler';
import type { Incident } from '../../src/domain/incidents/incident';
import { closed } from '../../src/domain/incidents/incident-lifecycle';
import type { FlowContext } from '../../src/flows/context';
import { markNotified, reopenNotified } from '../../src/flows/mark-notified';
import { openIncident } from '../../src/flows/open-incident';
import { updateFacts } from '../../src/flows/update-facts';
import { FlowHarness } from './flow-harness';

/**
 * `/incident notified` and its `--undo` cut off after any Redis command, then retried, with the real reminder
 * scheduler (BullMQ on the same connection, so the cut stops its commands too). The notices are stored before
 * their reminders are replaced; a retry finds them already given (or already open again) and must still
 * leave the reminders exactly as an uncut run does: none for the notice given, the notice counted from it
 * reminded at its new due time, and after an undo the reopened notice reminded again.
 */
const h = new FlowHarness(`test-flow-notified-reminders-${process.pid}`);
const queue = createReminderQueue(h.redis, h.keys);
const scheduler = new ReminderScheduler(queue, h.redis, h.keys);
const ctx: FlowContext = { ...h.ctx, reminders: scheduler };

beforeAll(() => queue.waitUntilReady());
afterAll(async () => {
  h.revive();
  await queue.obliterate({ force: true });
  await queue.close();
  await h.close();
});

const alice = (incident: Incident) => ({ userId: 'UALICE', channelId: incident.channelId });
const individuals = { kind: 'id', id: 'us-ca/individuals' } as const;

/** California residents' names and SSNs: individual notice, then the AG's counted from it (Cal. Civ. Code § 1798.82(f)). */
let opens = 0;
async function opened(): Promise<Incident> {
  h.now = new Date('2026-12-01T12:00:00.000Z');
  opens += 1;
  const { incident } = await openIncident(ctx, {
    // A title of its own: the same request twice is one incident (a retried open).
    title: `Loan servicing platform breach ${opens}`,
    severity: 'sev1',
    regimes: [],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
  });
  await updateFacts(ctx, alice(incident), { dataTypes: ['name', 'ssn'], affected: { 'US-CA': 1200 } });
  h.now = new Date('2026-12-04T09:00:00.000Z');
  return incident;
}

/** Letters mailed on 3 Dec, recorded the next day. */
const give = (incident: Incident) =>
  markNotified(ctx, alice(incident), individuals, { at: { kind: 'date', date: '2026-12-03' }, note: 'mailed' });
const undo = (incident: Incident) => reopenNotified(ctx, alice(incident), individuals, 'wrong batch');

/** The incident's pending digests (queue and index agree), its id taken out so incidents compare. */
async function pendingDigests(incident: Incident): Promise<string[]> {
  const queued = (await scheduler.pending(incident.id)).map((d) => d.id).sort();
  const indexed = (await h.redis.smembers(h.keys.reminderJobs(incident.id))).sort();
  expect(indexed).toEqual(queued);
  return queued.map((id) => id.replace(incident.id, '<incident>'));
}

/** The digests an uncut `act` leaves, and how many Redis commands it sends. */
async function uncut(act: (incident: Incident) => Promise<unknown>, prepare?: (i: Incident) => Promise<unknown>) {
  const incident = await opened();
  await prepare?.(incident);
  const before = await pendingDigests(incident);
  h.countCommands();
  await act(incident);
  return { before, after: await pendingDigests(incident), commands: h.commandsSent };
}

describe('reminders of a notice marked given or reopened, cut off after any Redis command and retried', () => {
  test('marked given: the retry leaves the digests an uncut run leaves', async () => {
    const reference = await uncut(give);
    // The act does change them (the notice given loses its reminders, the AG's are re-dated).
    expect(reference.after).not.toEqual(reference.before);

    for (let cut = 0; cut <= reference.commands; cut += 1) {
      const incident = await opened();
      h.crashAfter(cut);
      await give(incident).catch(() => undefined);
      h.revive();
      await give(incident); // the person tries again: "already given" once it was stored
      expect({ cut, digests: await pendingDigests(incident) }).toEqual({ cut, digests: reference.after });
    }
  }, 120_000);

  test('reopened: the retry leaves the reopened notice reminded again, as an uncut undo does', async () => {
    const reference = await uncut(undo, give);
    expect(reference.after).not.toEqual(reference.before);

    for (let cut = 0; cut <= reference.commands; cut += 1) {
      const incident = await opened();
      await give(incident);
      h.crashAfter(cut);
      await undo(incident).catch(() => undefined);
      h.revive();
      await undo(incident); // "not marked given" once the reopening was stored
      expect({ cut, digests: await pendingDigests(incident) }).toEqual({ cut, digests: reference.after });
    }
  }, 120_000);

  test('on a closed incident a retry schedules nothing again', async () => {
    const incident = await opened();
    await give(incident);
    await h.ctx.incidents.update(incident.id, (current) => closed(current, h.now).next);
    await scheduler.cancelIncident(incident.id); // as the close does
    const retried = await give(incident);
    expect(retried.ok).toBe(false);
    const undone = await undo(incident).catch((error: unknown) => error);
    expect(undone).toBeTruthy();
    expect(await pendingDigests(incident)).toEqual([]);
  });
});
