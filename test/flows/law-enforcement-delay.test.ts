import { incidentClock } from '../../src/domain/incidents/incident';
import { planReminders } from '../../src/domain/reminders/reminder-plan';
import { openIncident } from '../../src/flows/open-incident';
import { updateFacts } from '../../src/flows/update-facts';
import { FlowHarness } from './flow-harness';

/** A law-enforcement delay set and lifted through `/incident facts`: obligations pause, then reminders come back. */
const h = new FlowHarness(`test-flows-le-${process.pid}`);
afterAll(() => h.close());
beforeEach(async () => {
  h.restart();
  await h.wipe();
});

test('a delay pauses the Maine notice and drops its reminders; lifting it moves it back and re-plans them', async () => {
  const { incident } = await openIncident(h.ctx, {
    title: 'Payroll files taken',
    severity: 'sev2',
    regimes: [],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
  });
  const actor = { userId: 'UALICE', channelId: incident.channelId };
  // h.now is 2026-12-01T12:00Z; scope identified 20 Nov: Maine's 30 days run to 20 Dec.
  await updateFacts(h.ctx, actor, {
    dataTypes: ['name', 'ssn'],
    affected: { 'US-ME': 40 },
    judgments: { riskOfHarm: true },
    instants: { discoveredAt: '2026-11-20T14:00:00.000Z', scopeIdentifiedAt: '2026-11-20T14:00:00.000Z' },
  });
  const before = (await h.ctx.deadlines.get(incident.id))?.obligations.find((o) => o.id === 'us-me/individuals');
  expect(before?.dueAt).not.toBeNull();

  const paused = await updateFacts(h.ctx, actor, {
    lawEnforcementDelay: { agency: 'Maine State Police', form: 'oral', requestedAt: '2026-11-25T15:00:00.000Z' },
  });
  expect(paused.changed).toBe(true);
  if (!paused.changed) return;
  const pausedRecord = paused.after.obligations.find((o) => o.id === 'us-me/individuals');
  expect(pausedRecord?.dueAt).toBeNull();
  expect(pausedRecord?.tolled?.resumes).toContain('7 business days');
  // Its reminders are cancelled (the diff names it) and none are planned while it is paused.
  expect(paused.diff.affectedIds).toContain('us-me/individuals');
  expect(pausedRecord && planReminders(incident.id, pausedRecord, incidentClock(paused.incident), h.now)).toEqual([]);
  expect(paused.factsChanged.join(' ')).toContain('law-enforcement delay: Maine State Police');

  h.now = new Date('2026-12-22T12:00:00.000Z');
  const lifted = await updateFacts(h.ctx, actor, { lawEnforcementDelay: { liftedAt: '2026-12-21T14:00:00.000Z' } });
  expect(lifted.changed).toBe(true);
  if (!lifted.changed) return;
  const moved = lifted.diff.moved.find((m) => m.after.id === 'us-me/individuals');
  // Lifted Mon 21 Dec after the 30 days ran: 7 business days, skipping Christmas, end Thu 31 Dec 17:00 ET.
  expect(moved?.after.dueAt).toBe('2026-12-31T22:00:00.000Z');
  expect(moved?.after.tolled).toBeUndefined();
  expect(lifted.diff.affectedIds).toContain('us-me/individuals');
  const plan = moved ? planReminders(incident.id, moved.after, incidentClock(lifted.incident), h.now) : [];
  expect(plan.map((r) => r.kind)).toContain('due');
  expect(plan.every((r) => r.dueAt === '2026-12-31T22:00:00.000Z')).toBe(true);
});
