import type { Incident } from '../../src/domain/incidents/incident';
import { Refusal } from '../../src/domain/refusals';
import { openIncident } from '../../src/flows/open-incident';
import { readFacts } from '../../src/flows/read-facts';
import { updateFacts } from '../../src/flows/update-facts';
import { FlowHarness } from './flow-harness';

/**
 * The facts form's compare-and-set: a form stores its picture only over the facts it was filled from. A change
 * stored after the form's submission was checked (between the gate and the write) still refuses the form, and
 * the other change stays; the notices marked given meanwhile do not make the form stale.
 */
const h = new FlowHarness(`test-facts-form-race-${process.pid}`);
afterAll(() => h.close());
beforeEach(async () => {
  h.restart();
  await h.wipe();
});

async function opened(): Promise<Incident> {
  const { incident } = await openIncident(h.ctx, {
    title: 'Payroll export leaked',
    severity: 'sev2',
    regimes: [],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
  });
  return incident;
}

const alice = (incident: Incident) => ({ userId: 'UALICE', channelId: incident.channelId });

test('a change stored while the form is being saved refuses the form and is kept', async () => {
  const incident = await opened();
  const form = await readFacts(h.ctx, alice(incident), incident.id);
  h.chat.duringGate = async () => {
    h.chat.duringGate = null;
    await updateFacts(h.ctx, { userId: 'UBOB', channelId: incident.channelId }, { affected: { 'US-TX': 12 } });
  };
  const error = await updateFacts(
    h.ctx,
    alice(incident),
    { affected: { 'US-CA': 1200 } },
    { incidentId: incident.id, expectFingerprint: form.fingerprint },
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Refusal);
  expect((error as Refusal).code).toBe('facts_changed_meanwhile');
  expect((error as Refusal).message).toContain('<@UBOB>');
  const state = await h.ctx.deadlines.get(incident.id);
  expect(state?.facts.affected).toEqual({ 'US-TX': 12 });
});

test('the same form over unchanged facts is stored; a form of another incident is refused', async () => {
  const incident = await opened();
  const form = await readFacts(h.ctx, alice(incident), incident.id);
  const other = await updateFacts(
    h.ctx,
    alice(incident),
    { affected: { 'US-CA': 1200 } },
    { incidentId: 'INC-20261201-ZZZZZ' },
  ).catch((e: unknown) => e);
  expect((other as Refusal).code).toBe('wrong_incident');
  const saved = await updateFacts(
    h.ctx,
    alice(incident),
    { affected: { 'US-CA': 1200 } },
    { incidentId: incident.id, expectFingerprint: form.fingerprint },
  );
  expect(saved.changed).toBe(true);
  expect((await h.ctx.deadlines.get(incident.id))?.facts.affected).toEqual({ 'US-CA': 1200 });
});
