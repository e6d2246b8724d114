import type { Incident } from '../../src/domain/incidents/incident';
import { incidentClock } from '../../src/domain/incidents/incident';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { Refusal } from '../../src/domain/refusals';
import { summariseObligations } from '../../src/domain/summary/incident-summary';
import { assignRole } from '../../src/flows/assign-role';
import { markNotified, reopenNotified } from '../../src/flows/mark-notified';
import { openIncident } from '../../src/flows/open-incident';
import { ChatPostFailure } from '../../src/flows/ports/chat';
import { recordTypedDecision } from '../../src/flows/record-decision';
import { updateFacts } from '../../src/flows/update-facts';
import { FlowHarness } from './flow-harness';

/** `/incident notified` with ids, stages, --at and --undo, and the register it keeps up to date. */
const h = new FlowHarness(`test-flows-notified-${process.pid}`);
afterAll(() => h.close());
beforeEach(async () => {
  h.restart();
  await h.wipe();
  h.now = new Date('2026-12-01T12:00:00.000Z');
});

const DAY = 24 * 3600_000;
const alice = (incident: Incident) => ({ userId: 'UALICE', channelId: incident.channelId });

/** A bank breach: California residents (individual notice, then the AG within 15 days of it) and DORA's three reports. */
async function opened(): Promise<Incident> {
  const { incident } = await openIncident(h.ctx, {
    title: 'Loan servicing platform breach',
    severity: 'sev1',
    regimes: ['dora'],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
  });
  await updateFacts(h.ctx, alice(incident), {
    dataTypes: ['name', 'ssn', 'financial_account'],
    affected: { 'US-CA': 1200 },
  });
  return incident;
}

async function records(incident: Incident): Promise<Map<string, ObligationRecord>> {
  const state = await h.ctx.deadlines.get(incident.id);
  return new Map((state?.obligations ?? []).map((o) => [o.id, o]));
}

async function refusal(work: Promise<unknown>): Promise<Refusal> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Refusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('notified --at', () => {
  test("a bare date is read in the opener's Slack zone, kept on the incident from its open, and said back", async () => {
    h.chat.zones.set('UALICE', 'America/Chicago');
    const incident = await opened();
    expect(incident.timeZone).toBe('America/Chicago');
    expect((await h.ctx.incidents.get(incident.id))?.timeZone).toBe('America/Chicago');
    h.now = new Date('2026-12-10T09:00:00.000Z');
    // Alice's zone changing later does not move the incident's.
    h.chat.zones.set('UALICE', 'Asia/Tokyo');
    const result = await markNotified(
      h.ctx,
      alice(incident),
      { kind: 'id', id: 'us-ca/individuals' },
      { at: { kind: 'date', date: '2026-12-03' } },
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.readAs).toBe('2026-12-03 read as Thu 3 Dec 2026 00:00 America/Chicago');
    expect((await records(incident)).get('us-ca/individuals')?.doneAt).toBe('2026-12-03T06:00:00.000Z');
  });

  test('the sent time drives on-time/late and the notice counted from it (CA AG: 15 days after the individual notice)', async () => {
    const incident = await opened();
    const before = await records(incident);
    expect(before.get('us-ca/regulator')?.dueAt).toBeTruthy();
    // Letters mailed on 3 Dec, recorded a week later.
    h.now = new Date('2026-12-10T09:00:00.000Z');
    const result = await markNotified(
      h.ctx,
      alice(incident),
      { kind: 'id', id: 'us-ca/individuals' },
      {
        at: { kind: 'date', date: '2026-12-03' },
        note: 'letters mailed',
      },
    );
    if (!result.ok) throw new Error(result.reason);
    // Slack gave no zone for the opener (the harness has none): UTC, and said so.
    expect(result.readAs).toBe(
      '2026-12-03 read as Thu 3 Dec 2026 00:00 UTC (UTC: this incident has no time zone of its own)',
    );
    const after = await records(incident);
    expect(after.get('us-ca/individuals')).toMatchObject({
      doneAt: '2026-12-03T00:00:00.000Z',
      doneBy: 'UALICE',
      doneNote: 'letters mailed',
    });
    // The AG notice now counts from 3 Dec: due by the end of 18 Dec, moved and its reminders replaced.
    const ag = after.get('us-ca/regulator');
    expect(Date.parse(ag?.dueAt ?? '')).toBeLessThanOrEqual(Date.parse('2026-12-03T00:00:00Z') + 16 * DAY);
    expect(ag?.dueAt).not.toBe(before.get('us-ca/regulator')?.dueAt);
    expect(result.moved.map((m) => m.after.id)).toContain('us-ca/regulator');
    const redated = (await h.ctx.timeline.entries(incident.id)).filter(
      (e) => e.kind === 'obligations_computed' && e.summary.startsWith('Obligations re-dated'),
    );
    expect(redated.map((e) => e.summary)).toEqual([expect.stringContaining('us-ca/regulator')]);
    // Judged on when it went out, not when it was recorded: DORA's initial report sent in time, recorded late.
    const dueInitial = Date.parse(after.get('dora/regulator/initial')?.dueAt ?? '');
    expect(dueInitial).toBeLessThan(h.now.getTime());
    await markNotified(
      h.ctx,
      alice(incident),
      { kind: 'id', id: 'dora/regulator/initial' },
      {
        at: { kind: 'instant', at: '2026-12-01T13:00:00Z' },
      },
    );
    const summary = summariseObligations([...(await records(incident)).values()], incidentClock(incident), h.now);
    expect(summary.find((o) => o.id === 'dora/regulator/initial')?.status).toBe('done_on_time');
    const timeline = await h.ctx.timeline.entries(incident.id);
    expect(timeline.find((e) => e.kind === 'notice_done')?.data).toMatchObject({
      obligationId: 'us-ca/individuals',
      doneAt: '2026-12-03T00:00:00.000Z',
      recordedAt: '2026-12-10T09:00:00.000Z',
    });
  });

  test('a time in the future or before discovery is refused and nothing is marked', async () => {
    const incident = await opened();
    const future = await refusal(
      markNotified(
        h.ctx,
        alice(incident),
        { kind: 'id', id: 'us-ca/individuals' },
        {
          at: { kind: 'instant', at: '2026-12-02T00:00:00Z' },
        },
      ),
    );
    expect(future.message).toContain('in the future');
    const early = await refusal(
      markNotified(
        h.ctx,
        alice(incident),
        { kind: 'id', id: 'us-ca/individuals' },
        {
          at: { kind: 'date', date: '2026-11-30' },
        },
      ),
    );
    expect(early.message).toContain('before the breach was discovered');
    expect((await records(incident)).get('us-ca/individuals')?.doneAt).toBeNull();
  });
});

describe('stages and undo', () => {
  test('dora/regulator names three stages and marks none; the initial report is marked by its own id only', async () => {
    const incident = await opened();
    const broad = await markNotified(h.ctx, alice(incident), {
      kind: 'regime',
      regime: 'dora',
      recipient: 'regulator',
    });
    expect(broad.ok === false && broad.reason).toBe('stages');
    expect(broad.ok === false && broad.stages.map((o) => o.id)).toEqual(
      expect.arrayContaining(['dora/regulator/initial', 'dora/regulator/intermediate', 'dora/regulator/final']),
    );
    const before = await records(incident);
    h.now = new Date('2026-12-01T14:00:00.000Z');
    const one = await markNotified(h.ctx, alice(incident), { kind: 'id', id: 'dora/regulator/initial' });
    expect(one.ok && one.marked.map((o) => o.id)).toEqual(['dora/regulator/initial']);
    const after = await records(incident);
    expect(after.get('dora/regulator/intermediate')?.doneAt).toBeNull();
    expect(after.get('dora/regulator/final')?.doneAt).toBeNull();
    // The intermediate report counts from the initial one as sent, no longer from its latest lawful time.
    expect(after.get('dora/regulator/intermediate')?.dueAt).not.toBe(before.get('dora/regulator/intermediate')?.dueAt);
  });

  test('--undo reopens the notice, schedules its reminders again and records both on the timeline', async () => {
    const incident = await opened();
    const before = await records(incident);
    await markNotified(h.ctx, alice(incident), { kind: 'id', id: 'dora/regulator/initial' });
    h.reset();
    const undone = await reopenNotified(
      h.ctx,
      alice(incident),
      { kind: 'id', id: 'dora/regulator/initial' },
      'wrong authority',
    );
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.reopened.map((o) => o.id)).toEqual(['dora/regulator/initial']);
    expect(undone.rescheduled).toBeGreaterThanOrEqual(1);
    expect(h.reminders.addedFor).toContain('dora/regulator/initial');
    const after = await records(incident);
    expect(after.get('dora/regulator/initial')).toMatchObject({ doneAt: null, doneBy: null });
    expect(after.get('dora/regulator/intermediate')?.dueAt).toBe(before.get('dora/regulator/intermediate')?.dueAt);
    const reopened = (await h.ctx.timeline.entries(incident.id)).find((e) => e.kind === 'notice_reopened');
    expect(reopened?.data).toMatchObject({ obligationId: 'dora/regulator/initial', note: 'wrong authority' });
    expect(h.chat.kinds()).toEqual(['notice_reopened']);
    const again = await reopenNotified(h.ctx, alice(incident), { kind: 'id', id: 'dora/regulator/initial' });
    expect(again.ok === false && again.reason).toBe('not_done');
  });
});

describe('the register', () => {
  test('posted and pinned once, then updated in place by facts, notified and undo', async () => {
    const incident = await opened();
    const stored = await h.ctx.incidents.get(incident.id);
    expect(stored?.registerMessageTs).toBe('1700000000.000400');
    expect(h.chat.calls.filter((c) => c === 'postRegister')).toHaveLength(1);
    expect(h.chat.register?.updates).toBe(1); // the facts change
    await markNotified(h.ctx, alice(incident), { kind: 'recipient', recipient: 'regulator' });
    expect(h.chat.register).toMatchObject({ ts: '1700000000.000400', updates: 2 });
    expect(h.chat.register?.records.find((o) => o.id === 'us-ca/individuals')?.doneAt).toBeNull();
    expect(h.chat.register?.records.find((o) => o.id === 'us-ca/regulator')?.doneAt).not.toBeNull();
    await reopenNotified(h.ctx, alice(incident), { kind: 'id', id: 'us-ca/regulator' });
    expect(h.chat.register).toMatchObject({ ts: '1700000000.000400', updates: 3 });
    expect(h.chat.register?.records.find((o) => o.id === 'us-ca/regulator')?.doneAt).toBeNull();
    expect(h.chat.calls.filter((c) => c === 'postRegister')).toHaveLength(1);
  });

  test('a register Slack refuses does not undo or hide the stored change', async () => {
    const incident = await opened();
    h.chat.failRegister = 'msg_blocks_too_long';
    const result = await markNotified(h.ctx, alice(incident), { kind: 'id', id: 'us-ca/individuals' });
    expect(result.ok && result.register).toEqual({ shown: false, code: 'msg_blocks_too_long' });
    expect((await records(incident)).get('us-ca/individuals')?.doneAt).not.toBeNull();
  });

  test('a change stored while the register is being updated is shown too, never overwritten by the older one', async () => {
    const incident = await opened();
    const render = h.chat.refreshRegister.bind(h.chat);
    let raced = false;
    h.chat.refreshRegister = async (inc: Incident, records: readonly ObligationRecord[]) => {
      await render(inc, records);
      if (raced) return;
      raced = true;
      // Another replica marks the AG notice between this render and the next read.
      await h.ctx.deadlines.update(incident.id, (c) =>
        c
          ? {
              ...c,
              obligations: c.obligations.map((o) =>
                o.id === 'us-ca/regulator' ? { ...o, doneAt: h.now.toISOString(), doneBy: 'UBOB' } : o,
              ),
            }
          : null,
      );
    };
    await markNotified(h.ctx, alice(incident), { kind: 'id', id: 'us-ca/individuals' });
    const shown = new Map(h.chat.register?.records.map((o) => [o.id, o.doneAt]));
    expect(shown.get('us-ca/individuals')).not.toBeNull();
    expect(shown.get('us-ca/regulator')).not.toBeNull();
  });

  test('a register someone deleted is posted again and pinned, and its new ts kept', async () => {
    const incident = await opened();
    h.chat.refreshRegister = async () => {
      throw new ChatPostFailure('message_not_found');
    };
    h.chat.postRegister = async () => '1700000000.000999';
    const result = await markNotified(h.ctx, alice(incident), { kind: 'id', id: 'us-ca/individuals' });
    expect(result.ok && result.register).toEqual({ shown: true, ts: '1700000000.000999' });
    expect((await h.ctx.incidents.get(incident.id))?.registerMessageTs).toBe('1700000000.000999');
  });
});

describe('a post that fails after the change was stored', () => {
  test('decision and role say what was stored and that the channel was not told', async () => {
    const incident = await opened();
    h.chat.failAnnounce = 'http_503';
    const decision = await recordTypedDecision(h.ctx, alice(incident), 'Notify regulators today');
    expect(decision.recorded && decision.announced).toEqual({ posted: false, code: 'http_503' });
    expect((await h.ctx.timeline.entries(incident.id)).some((e) => e.kind === 'decision')).toBe(true);
    const role = await assignRole(h.ctx, alice(incident), 'legal', 'UBOB');
    expect(role.notPosted).toEqual([{ what: 'announcement', code: 'http_503' }]);
    expect((await h.ctx.incidents.get(incident.id))?.roles.legal).toBe('UBOB');
  });
});
