import type { Incident } from '../../src/domain/incidents/incident';
import { Refusal } from '../../src/domain/refusals';
import { addChecklistItem } from '../../src/flows/add-checklist-item';
import { assignChecklistOwner } from '../../src/flows/assign-checklist-owner';
import { assignRole } from '../../src/flows/assign-role';
import { confirmClose, requestClose } from '../../src/flows/close-incident';
import { incidentStatus } from '../../src/flows/incident-status';
import { listDeadlines } from '../../src/flows/list-deadlines';
import { markNotified } from '../../src/flows/mark-notified';
import { openIncident } from '../../src/flows/open-incident';
import { pinMessage } from '../../src/flows/pin-message';
import { summaryOnRequest } from '../../src/flows/post-summary';
import { recordMessageDecision, recordTypedDecision } from '../../src/flows/record-decision';
import { toggleChecklistItem } from '../../src/flows/toggle-checklist';
import { updateFacts } from '../../src/flows/update-facts';
import { warnSensitiveNumbers } from '../../src/flows/warn-sensitive-numbers';
import { FlowHarness } from './flow-harness';

/** The acts against fake chat and reminder ports, on real Redis: what each one stores, says and refuses. */
const h = new FlowHarness(`test-flows-${process.pid}`);
afterAll(() => h.close());
beforeEach(async () => {
  h.restart();
  await h.wipe();
});

async function opened(overrides: Partial<Parameters<typeof openIncident>[1]> = {}): Promise<Incident> {
  const { incident } = await openIncident(h.ctx, {
    title: 'Customer database exposed',
    severity: 'sev2',
    regimes: ['gdpr'],
    drill: false,
    speed: 1,
    openedBy: 'UALICE',
    openedAt: h.now,
    ...overrides,
  });
  return incident;
}

const alice = (incident: Incident) => ({ userId: 'UALICE', channelId: incident.channelId });
const mallory = (incident: Incident) => ({ userId: 'UMALLORY', channelId: incident.channelId });

/** Closes the incident the moment the gate has let the act through: a close racing the change. */
function closeDuringGate(incident: Incident): void {
  h.chat.duringGate = async () => {
    await h.ctx.incidents.update(incident.id, (current) => ({
      ...current,
      status: 'closed',
      closedAt: h.now.toISOString(),
    }));
  };
}

async function refusal(work: Promise<unknown>): Promise<Refusal> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Refusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('open', () => {
  test('a private channel with the opener and responders (never the bot), header pinned, checklist, deadlines', async () => {
    h.chat.taken.add('inc-20261201-customer-database-exposed');
    const incident = await opened();
    expect(incident.channelName).toBe('inc-20261201-customer-database-exposed-2');
    expect(h.chat.calls).toContain('invite:UALICE,UBOB,UGROUP1,UGROUP2');
    expect(h.chat.calls).toEqual(expect.arrayContaining(['postHeader', 'pin', 'setTopic']));
    expect(incident.headerMessageTs).toBe('1700000000.000100');
    expect(incident.checklistMessageTs).toBe('1700000000.000200');
    const state = await h.ctx.deadlines.get(incident.id);
    expect(state?.obligations.map((o) => o.id)).toContain('gdpr/regulator');
    expect(h.reminders.scheduled.map((s) => s.incidentId)).toEqual([incident.id]);
    expect(h.chat.kinds()).toEqual(['obligations_at_open']);
    expect((await h.ctx.timeline.entries(incident.id)).map((e) => e.kind)).toEqual(['opened', 'obligations_computed']);
  });

  test('an unknown regime is refused before anything is created', async () => {
    const error = await refusal(opened({ regimes: ['gdpr', 'hippa'] }));
    expect(error.code).toBe('unknown_regime');
    expect(error.message).toContain('`hippa`');
    expect(h.chat.calls.filter((c) => c.startsWith('createPrivateChannel'))).toEqual([]);
    expect(await h.redis.keys(`${h.prefix}:*`)).toEqual([]);
  });
});

describe('the gate: only members of an incident channel act on it', () => {
  test('a non-member is refused by every act and nothing is stored or said', async () => {
    const incident = await opened();
    const before = (await h.ctx.timeline.entries(incident.id)).length;
    h.reset();
    const acts = [
      incidentStatus(h.ctx, mallory(incident)),
      listDeadlines(h.ctx, mallory(incident)),
      updateFacts(h.ctx, mallory(incident), { dataTypes: ['ssn'] }),
      markNotified(h.ctx, mallory(incident), { regime: 'gdpr' }),
      recordTypedDecision(h.ctx, mallory(incident), 'Pay'),
      recordMessageDecision(h.ctx, mallory(incident), '1.2'),
      assignRole(h.ctx, mallory(incident), 'commander', 'UMALLORY'),
      toggleChecklistItem(h.ctx, mallory(incident), { incidentId: incident.id, itemId: 'isolate-systems', to: 'done' }),
      requestClose(h.ctx, mallory(incident)),
      confirmClose(h.ctx, mallory(incident), incident.id),
    ];
    for (const act of acts) expect((await refusal(act)).code).toBe('not_member');
    expect((await h.ctx.timeline.entries(incident.id)).length).toBe(before);
    expect(h.chat.announced).toEqual([]);
    expect((await h.ctx.incidents.get(incident.id))?.roles.commander).toBe('UALICE');
  });

  test('a channel that is not an incident’s is refused', async () => {
    const error = await refusal(incidentStatus(h.ctx, { userId: 'UALICE', channelId: 'C0GENERAL' }));
    expect(error.code).toBe('not_incident_channel');
  });
});

describe('a closed incident refuses changes, checked inside the atomic write', () => {
  test.each([
    ['facts', (i: Incident) => updateFacts(h.ctx, alice(i), { dataTypes: ['ssn'] })],
    ['notified', (i: Incident) => markNotified(h.ctx, alice(i), { regime: 'gdpr' })],
    ['typed decision', (i: Incident) => recordTypedDecision(h.ctx, alice(i), 'Engage counsel')],
    ['message decision', (i: Incident) => recordMessageDecision(h.ctx, alice(i), '1.2')],
    ['role', (i: Incident) => assignRole(h.ctx, alice(i), 'legal', 'UBOB')],
    [
      'checklist',
      (i: Incident) =>
        toggleChecklistItem(h.ctx, alice(i), { incidentId: i.id, itemId: 'isolate-systems', to: 'done' }),
    ],
    [
      'checklist owner',
      (i: Incident) =>
        assignChecklistOwner(h.ctx, alice(i), { incidentId: i.id, itemId: 'isolate-systems', ownerId: 'UBOB' }),
    ],
    [
      'checklist item added',
      (i: Incident) =>
        addChecklistItem(h.ctx, alice(i), { incidentId: i.id, nistPhase: 'contain', text: 'Call the vendor' }),
    ],
  ])('%s: closed between the gate and the write, refused and nothing stored', async (_name, act) => {
    const incident = await opened();
    h.chat.messages.set(`${incident.channelId}/1.2`, { author: 'UB', text: 'Engage counsel' });
    const timeline = (await h.ctx.timeline.entries(incident.id)).length;
    const deadlines = await h.ctx.deadlines.get(incident.id);
    const checklist = await h.ctx.incidents.getChecklist(incident.id);
    h.reset();
    closeDuringGate(incident);
    expect((await refusal(act(incident))).code).toBe('incident_closed');
    expect((await h.ctx.timeline.entries(incident.id)).length).toBe(timeline);
    expect(await h.ctx.deadlines.get(incident.id)).toEqual(deadlines);
    expect(await h.ctx.incidents.getChecklist(incident.id)).toEqual(checklist);
    expect(await h.ctx.incidents.getChecklistOwners(incident.id)).toEqual(new Map());
    expect(await h.ctx.incidents.getAddedChecklistItems(incident.id)).toEqual([]);
    expect((await h.ctx.incidents.get(incident.id))?.roles).toEqual({ commander: 'UALICE' });
    expect(h.chat.announced).toEqual([]);
    expect(h.reminders.cancelled).toEqual([]);
  });

  test('an added item is masked, counted in status, and refused past 75 characters or 5 per phase', async () => {
    const incident = await opened();
    const before = (await incidentStatus(h.ctx, alice(incident))).checklist.total;
    await addChecklistItem(h.ctx, alice(incident), {
      incidentId: incident.id,
      nistPhase: 'contain',
      text: 'Freeze  checking account 123456789012',
    });
    const [item] = await h.ctx.incidents.getAddedChecklistItems(incident.id);
    expect(item).toMatchObject({ id: 'added-1', phase: 'contain', text: 'Freeze checking account XXXXXXXX9012' });
    expect((await incidentStatus(h.ctx, alice(incident))).checklist.total).toBe(before + 1);
    const add = (text: string) =>
      addChecklistItem(h.ctx, alice(incident), { incidentId: incident.id, nistPhase: 'contain', text });
    expect((await refusal(add('x'.repeat(76)))).code).toBe('checklist_item_too_long');
    for (const n of [2, 3, 4, 5]) await add(`Item ${n}`);
    expect((await refusal(add('Item 6'))).code).toBe('checklist_phase_full');
    expect((await refusal(add('   '))).code).toBe('empty_checklist_item');
    await toggleChecklistItem(h.ctx, alice(incident), { incidentId: incident.id, itemId: 'added-3', to: 'done' });
    expect((await h.ctx.incidents.getChecklist(incident.id)).get('added-3')?.done).toBe(true);
  });

  test('an owner is stored once; the same owner again changes nothing', async () => {
    const incident = await opened();
    const intent = { incidentId: incident.id, itemId: 'isolate-systems', ownerId: 'UBOB' };
    await assignChecklistOwner(h.ctx, alice(incident), intent);
    await assignChecklistOwner(h.ctx, alice(incident), intent);
    expect((await h.ctx.incidents.getChecklistOwners(incident.id)).get('isolate-systems')).toBe('UBOB');
    const entries = (await h.ctx.timeline.entries(incident.id)).filter((e) => e.data.owner === 'UBOB');
    expect(entries).toHaveLength(1);
    expect((await refusal(assignChecklistOwner(h.ctx, mallory(incident), intent))).code).toBe('not_member');
  });

  test('a pin on a closed incident is refused too', async () => {
    const incident = await opened();
    h.chat.messages.set(`${incident.channelId}/1.2`, { author: 'UB', text: 'context' });
    closeDuringGate(incident);
    expect((await refusal(pinMessage(h.ctx, alice(incident), '1.2'))).code).toBe('incident_closed');
  });
});

describe('facts, notices, decisions, roles, checklist', () => {
  test('facts: stored with the recomputed obligations, rescheduled, announced; the same facts again change nothing', async () => {
    const incident = await opened({ regimes: [] });
    const first = await updateFacts(h.ctx, alice(incident), {
      dataTypes: ['name', 'ssn'],
      affected: { 'US-CA': 1200 },
    });
    expect(first.changed).toBe(true);
    if (!first.changed) return;
    expect(first.diff.added.map((o) => o.id)).toContain('us-ca/individuals');
    expect(h.chat.kinds()).toEqual(['obligations_at_open', 'facts_changed']);
    const again = await updateFacts(h.ctx, alice(incident), { dataTypes: ['name', 'ssn'] });
    expect(again.changed).toBe(false);
    expect(h.chat.kinds()).toEqual(['obligations_at_open', 'facts_changed']);
  });

  test('notified: marks the regime’s open notices, cancels their reminders; unknown says what is open', async () => {
    const incident = await opened();
    const unknown = await markNotified(h.ctx, alice(incident), { regime: 'hipaa' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.open.map((o) => o.id)).toContain('gdpr/regulator');
    const done = await markNotified(
      h.ctx,
      alice(incident),
      { regime: 'gdpr', recipient: 'regulator' },
      { note: 'portal ref 7' },
    );
    expect(done.ok && done.marked.map((o) => [o.id, o.doneBy, o.doneNote])).toEqual([
      ['gdpr/regulator', 'UALICE', 'portal ref 7'],
    ]);
    expect(h.reminders.removedFor).toEqual(['gdpr/regulator']);
    const again = await markNotified(h.ctx, alice(incident), { regime: 'gdpr', recipient: 'regulator' });
    expect(!again.ok && again.reason).toBe('already_done');
  });

  test('a channel post that fails after the change was stored is reported as such, never as nothing done', async () => {
    const incident = await opened({ regimes: [] });
    h.chat.failAnnounce = 'msg_blocks_too_long';
    const facts = await updateFacts(h.ctx, alice(incident), {
      dataTypes: ['name', 'ssn'],
      affected: { 'US-CA': 1200 },
    });
    expect(facts).toMatchObject({ changed: true, announced: { posted: false, code: 'msg_blocks_too_long' } });
    const stored = await h.ctx.deadlines.get(incident.id);
    expect(stored?.obligations.map((o) => o.id)).toContain('us-ca/individuals');
    expect(facts.changed && facts.remindersAdded).toBeGreaterThan(0);

    h.chat.failAnnounce = 'http_503';
    const notified = await markNotified(h.ctx, alice(incident), { regime: 'us-ca' });
    expect(notified).toMatchObject({ ok: true, announced: { posted: false, code: 'http_503' } });
    expect(
      (await h.ctx.deadlines.get(incident.id))?.obligations.find((o) => o.id === 'us-ca/individuals')?.doneBy,
    ).toBe('UALICE');
  });

  test('at open, deadlines stored but not posted are not reported as not computed', async () => {
    h.chat.failAnnounce = 'rate_limited';
    const { incident, deadlines } = await openIncident(h.ctx, {
      title: 'Post fails',
      severity: 'sev1',
      regimes: ['gdpr'],
      drill: false,
      speed: 1,
      openedBy: 'UALICE',
      openedAt: h.now,
    });
    const stored = (await h.ctx.deadlines.get(incident.id))?.obligations ?? [];
    expect(stored.map((o) => o.id)).toContain('gdpr/regulator');
    expect(deadlines).toEqual({ open: stored.length, announced: { posted: false, code: 'rate_limited' } });
    expect(h.chat.calls).not.toContain('announce:obligations_failed');
  });

  test('a message recorded twice as a decision is one decision, announced once', async () => {
    const incident = await opened();
    h.chat.messages.set(`${incident.channelId}/1700000001.000001`, { author: 'UCFO', text: 'Do not pay the ransom' });
    const first = await recordMessageDecision(h.ctx, alice(incident), '1700000001.000001');
    const second = await recordMessageDecision(h.ctx, alice(incident), '1700000001.000001');
    expect(first.recorded).toBe(true);
    expect(second).toMatchObject({ recorded: false, seq: first.recorded ? first.entry.seq : -1 });
    expect(h.chat.kinds().filter((k) => k === 'decision_recorded')).toHaveLength(1);
    expect(first.recorded && [first.entry.data.text, first.entry.data.author]).toEqual([
      'Do not pay the ransom',
      'UCFO',
    ]);
  });

  test('a message that is not in this channel (a forged payload naming another channel’s ts) records nothing', async () => {
    const incident = await opened();
    h.chat.messages.set('C0OTHER/1700000002.000001', { author: 'UCEO', text: 'We decided to pay' });
    expect((await refusal(recordMessageDecision(h.ctx, alice(incident), '1700000002.000001'))).code).toBe(
      'message_unreadable',
    );
    expect((await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'decision')).toEqual([]);
  });

  test('role: stored, the header refreshed, an outsider invited; the bot cannot hold one', async () => {
    const incident = await opened();
    await assignRole(h.ctx, alice(incident), 'legal', 'UCOUNSEL');
    expect((await h.ctx.incidents.get(incident.id))?.roles.legal).toBe('UCOUNSEL');
    expect(h.chat.calls).toEqual(expect.arrayContaining(['invite:UCOUNSEL', 'refreshHeader:open']));
    expect((await refusal(assignRole(h.ctx, alice(incident), 'scribe', 'UBOT'))).code).toBe('bot_cannot_hold_role');
  });

  test('checklist: a tick is stored once, a button of another incident or an unknown item is refused', async () => {
    const incident = await opened();
    const tick = { incidentId: incident.id, itemId: 'isolate-systems', to: 'done' as const };
    await toggleChecklistItem(h.ctx, alice(incident), tick);
    await toggleChecklistItem(h.ctx, alice(incident), tick);
    expect((await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'checklist_item')).toHaveLength(1);
    expect(h.chat.calls.filter((c) => c.startsWith('refreshChecklist'))).toEqual(['refreshChecklist:1']);
    expect((await refusal(toggleChecklistItem(h.ctx, alice(incident), { ...tick, incidentId: 'INC-999' }))).code).toBe(
      'wrong_incident',
    );
    expect((await refusal(toggleChecklistItem(h.ctx, alice(incident), { ...tick, itemId: 'no-such-item' }))).code).toBe(
      'unknown_checklist_item',
    );
  });
});

describe('close', () => {
  test('with notices open it asks; Confirm closes once, cancels reminders, posts the final summary', async () => {
    const incident = await opened();
    const asked = await requestClose(h.ctx, alice(incident));
    expect(asked.kind).toBe('confirm');
    expect(asked.kind === 'confirm' && asked.outstanding.map((o) => o.id)).toContain('gdpr/regulator');
    expect((await h.ctx.incidents.get(incident.id))?.status).toBe('open');
    const first = await confirmClose(h.ctx, alice(incident), incident.id);
    const second = await confirmClose(h.ctx, alice(incident), incident.id);
    expect([first.closedNow, second.closedNow]).toEqual([true, false]);
    expect(h.reminders.cancelledIncidents).toEqual([incident.id]);
    expect(h.chat.calls.filter((c) => c === 'postSummary')).toHaveLength(1);
    expect(h.chat.calls).toContain('refreshHeader:closed');
    expect((await h.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'closed')).toHaveLength(1);
  });

  test('a Confirm naming another incident closes nothing', async () => {
    const incident = await opened();
    expect((await refusal(confirmClose(h.ctx, alice(incident), 'INC-999'))).code).toBe('wrong_incident');
    expect((await h.ctx.incidents.get(incident.id))?.status).toBe('open');
  });
});

describe('summary and the personal-number warning', () => {
  test('a summary on request is posted with its file and recorded with the file’s SHA-256', async () => {
    const incident = await opened();
    const posted = await summaryOnRequest(h.ctx, alice(incident));
    expect(posted.fileId).toBe('F0SUMMARY');
    const entry = (await h.ctx.timeline.entries(incident.id)).find((e) => e.kind === 'summary_posted');
    expect(entry?.data.markdownSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry?.data.final).toBe(false);
  });

  test('an SSN-like number in an incident channel is warned about once, naming the kind only', async () => {
    const incident = await opened();
    const message = {
      channelId: incident.channelId,
      userId: 'UBOB',
      ts: '1700000003.000001',
      text: 'SSN 123-45-6789 in the dump',
    };
    expect(await warnSensitiveNumbers(h.ctx, message)).toBe(true);
    expect(await warnSensitiveNumbers(h.ctx, message)).toBe(false);
    const warnings = h.chat.announced.filter((a) => a.announcement.kind === 'sensitive_numbers');
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings)).not.toContain('6789');
    expect(await warnSensitiveNumbers(h.ctx, { ...message, channelId: 'C0GENERAL', ts: '1.1' })).toBe(false);
  });

  test("a cloud provider's account number is no false alarm; a bank account number is warned about", async () => {
    const incident = await opened();
    const base = { channelId: incident.channelId, userId: 'UBOB' };
    expect(
      await warnSensitiveNumbers(h.ctx, {
        ...base,
        ts: '1700000004.000001',
        text: 'AWS account 123456789012 compromised',
      }),
    ).toBe(false);
    expect(
      await warnSensitiveNumbers(h.ctx, {
        ...base,
        ts: '1700000004.000002',
        text: 'payroll checking account 123456789012 was in the export',
      }),
    ).toBe(true);
    const warnings = h.chat.announced.filter((a) => a.announcement.kind === 'sensitive_numbers');
    expect(warnings).toHaveLength(1);
  });
});
