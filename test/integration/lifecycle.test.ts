import type { ReminderScheduler } from '../../jobs/reminders/scheduler';
import type { Incident } from '../../src/domain/incidents/incident';
import { reopened } from '../../src/domain/incidents/incident-lifecycle';
import { expectDrained } from '../support/expect-drained';
import { checkBlocks, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { bootTestBot, deletePrefix, type TestBot, useTestBot } from './test-bot';

/**
 * Lifecycle (issue 12) through Bolt's receiver and the simulator: severity (header, topic and checklist
 * re-rendered), title, status set, close with a reason, reopen (reminders back, exactly the ones cancelled),
 * the commander-only acts refused to a member, and the header's forms (views.open with the click's
 * trigger_id, field errors on view_submission).
 */
const { prefix, redis, sim, t } = useTestBot({
  name: 'test-lifecycle',
  // Bob is brought into every incident: a member who is not its commander (Alice opens, Alice commands).
  env: { REMINDER_WORKER: 'off', INCIDENT_RESPONDERS: 'UBOB' },
});

type Button = { action_id: string; value: string };
type Block = {
  type: string;
  block_id?: string;
  elements?: Button[];
  accessory?: { action_id?: string; options?: { value: string }[] };
};

/** `/incident <text>`: every answer it gets (ack body and response_url posts), once its work is done. */
async function command(user_id: string, channel_id: string, text: string) {
  const res = await t.slack.slashCommand({ text, user_id, channel_id });
  expect(res.status).toBe(200);
  const acked = res.body ? String((res.json as { text?: string } | undefined)?.text ?? res.body) : '';
  if (acked.startsWith('Opening ')) await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
  await expectDrained(t.bot.inFlight);
  const posted = sim.responses(res.responseUrlId).map((r) => r.body as { text?: string; blocks?: Block[] });
  return {
    texts: [...(acked && !acked.startsWith('Opening ') ? [acked] : []), ...posted.map((p) => String(p.text ?? ''))],
    blocks: posted.flatMap((p) => p.blocks ?? []),
  };
}

async function open(title: string, flags = ''): Promise<Incident> {
  const since = sim.mark();
  await command('UALICE', GENERAL_CHANNEL_ID, `open ${title} ${flags}`);
  const created = sim.calls('conversations.create').find((c) => c.seq > since);
  const channel = (created?.response.channel as { id: string } | undefined)?.id ?? '';
  const incident = await t.bot.ctx.incidents.getByChannel(channel);
  if (!incident) throw new Error(`no incident stored for channel ${channel}`);
  return incident;
}

const stored = async (incident: Incident) => {
  const record = await t.bot.ctx.incidents.get(incident.id);
  if (!record) throw new Error('gone');
  return record;
};
const entries = async (incident: Incident, kind: string) =>
  (await t.bot.ctx.timeline.entries(incident.id)).filter((e) => e.kind === kind);
const header = (incident: Incident) => sim.message(incident.channelId, incident.headerMessageTs ?? '');
const headerText = (incident: Incident) => JSON.stringify(header(incident)?.blocks ?? []);
const headerButtons = (incident: Incident) =>
  ((header(incident)?.blocks ?? []) as Block[]).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
/** The item ids the checklist message shows (its checkbox options). */
const checklistItems = (incident: Incident) =>
  ((sim.message(incident.channelId, incident.checklistMessageTs ?? '')?.blocks ?? []) as Block[]).flatMap((b) =>
    b.accessory?.action_id === 'checklist_check' ? (b.accessory.options ?? []).map((o) => o.value) : [],
  );
const channelPosts = (incident: Incident, since: number) =>
  sim
    .calls('chat.postMessage')
    .filter((c) => c.seq > since && c.args.channel === incident.channelId)
    .map((c) => String(c.args.text ?? ''));
const refused = (since: number) => sim.calls().filter((c) => c.seq > since && !c.response.ok);
const scheduler = () => t.bot.ctx.reminders as ReminderScheduler;
/** The incident's reminder digests still ahead, by id. */
const pendingIds = async (incident: Incident) =>
  (await scheduler().pending(incident.id))
    .filter((d) => d.runAt > Date.now() + 60_000)
    .map((d) => d.id)
    .sort();

describe('severity', () => {
  test('sev3 → SEV1 re-renders the header, the topic and the checklist (sev1 items added); the same again is a no-op', async () => {
    const incident = await open('Vendor payroll export', '--severity sev3');
    const before = checklistItems(incident);
    expect(before.length).toBeGreaterThan(0);
    const since = sim.mark();

    const reply = await command('UALICE', incident.channelId, 'severity SEV1');
    expect(reply.texts).toEqual([]);
    const record = await stored(incident);
    expect(record.severity).toBe('sev1');
    expect(headerText(incident)).toContain('SEV1');
    expect(sim.calls('conversations.setTopic').find((c) => c.seq > since)?.args.topic).toMatch(/^SEV1 · /);
    const after = checklistItems(incident);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(before));
    const [entry] = await entries(incident, 'severity_changed');
    expect(entry?.data).toMatchObject({ from: 'sev3', to: 'sev1', checklistAdded: after.length - before.length });
    expect(channelPosts(incident, since).join('\n')).toContain('Severity changed from *SEV3* to *SEV1* by <@UALICE>');
    expect(refused(since)).toEqual([]);

    const again = await command('UALICE', incident.channelId, 'severity sev 1');
    expect(again.texts).toEqual([`${incident.id} is already SEV1; nothing changed.`]);
    expect(await entries(incident, 'severity_changed')).toHaveLength(1);
  });

  test('SEV1 → sev3 drops only untouched items: a ticked and an owned sev1 item stay', async () => {
    const incident = await open('Stolen laptop with HR files', '--severity sev1');
    const sev1 = checklistItems(incident);
    const sev3Only = new Set((await open('Reference', '--severity sev3').then(checklistItems)) as string[]);
    const [ticked, owned] = sev1.filter((id) => !sev3Only.has(id));
    if (!ticked || !owned) throw new Error('no sev1-only items');
    await t.bot.ctx.incidents.transitionChecklistItem(incident.id, ticked, {
      done: true,
      by: 'UALICE',
      at: new Date().toISOString(),
    });
    await t.bot.ctx.incidents.setChecklistOwner(incident.id, owned, 'UBOB');

    await command('UALICE', incident.channelId, 'severity 3');
    const after = checklistItems(incident);
    expect(after).toEqual(expect.arrayContaining([...sev3Only, ticked, owned]));
    expect(after).toHaveLength(sev3Only.size + 2);
    expect((await t.bot.ctx.incidents.getChecklist(incident.id)).get(ticked)?.done).toBe(true);
  });

  test('a member who is not the commander is refused, and nothing changes', async () => {
    const incident = await open('Misdirected invoices', '--severity sev2');
    const since = sim.mark();
    const reply = await command('UBOB', incident.channelId, 'severity sev4');
    expect(reply.texts).toEqual([
      `Only the commander (<@UALICE>) can change the severity in ${incident.id}; nothing was changed. Ask them, or ask them to make you commander.`,
    ]);
    expect((await stored(incident)).severity).toBe('sev2');
    expect(await entries(incident, 'severity_changed')).toEqual([]);
    expect(sim.calls('chat.update').filter((c) => c.seq > since)).toEqual([]);
    // Closing and reopening are the commander's too.
    expect((await command('UBOB', incident.channelId, 'close')).texts.join(' ')).toContain(
      'Only the commander (<@UALICE>) can close the incident',
    );
    expect((await stored(incident)).status).toBe('open');
  });
});

test('a severity change Slack does not show is reported as stored, never as nothing done', async () => {
  const incident = await open('Keylogger on a kiosk', '--severity sev2');
  // Every update in this incident's channel: the header and the checklist.
  sim.failNext('chat.update', { error: 'cant_update_message', channel: incident.channelId }, 5);
  const reply = await command('UALICE', incident.channelId, 'severity sev1');
  expect(reply.texts).toHaveLength(1);
  expect(reply.texts[0]).toMatch(
    new RegExp(
      `^${incident.id} is now SEV1; it is recorded on the timeline\\. Slack did not take the pinned header \\(cant_update_message\\), the checklist \\(cant_update_message\\)`,
    ),
  );
  expect(reply.texts[0]).not.toMatch(/nothing (more )?was done|Something went wrong/);
  expect((await stored(incident)).severity).toBe('sev1');
  expect(await entries(incident, 'severity_changed')).toHaveLength(1);
});

test('title: any member renames; header, topic and timeline follow; the same title again is a no-op', async () => {
  const incident = await open('Suspicious login');
  const since = sim.mark();
  expect(
    (await command('UBOB', incident.channelId, 'title “Credential stuffing on the payroll portal”')).texts,
  ).toEqual([]);
  expect((await stored(incident)).title).toBe('Credential stuffing on the payroll portal');
  expect(headerText(incident)).toContain('Credential stuffing on the payroll portal');
  expect(sim.calls('conversations.setTopic').find((c) => c.seq > since)?.args.topic).toContain('Credential stuffing');
  const [entry] = await entries(incident, 'title_changed');
  expect(entry).toMatchObject({
    actor: 'UBOB',
    data: { from: 'Suspicious login', to: 'Credential stuffing on the payroll portal' },
  });
  expect(channelPosts(incident, since).join('\n')).toContain('renamed the incident');
  expect((await command('UBOB', incident.channelId, 'title Credential stuffing on the payroll portal')).texts).toEqual([
    `${incident.id} is already called "Credential stuffing on the payroll portal"; nothing changed.`,
  ]);
  expect(await entries(incident, 'title_changed')).toHaveLength(1);
});

test('status: set, shown, idempotent; `status set closed <reason>` runs the close with its confirmation and the reason', async () => {
  const incident = await open('Exposed S3 bucket', '--regimes gdpr');
  expect(headerText(incident)).toContain('Investigating');
  expect((await command('UBOB', incident.channelId, 'status set contained')).texts).toEqual([]);
  expect((await stored(incident)).phase).toBe('contained');
  expect(headerText(incident)).toContain('*Status*\\nContained');
  expect((await entries(incident, 'status_changed'))[0]?.data).toEqual({ from: 'investigating', to: 'contained' });
  expect((await command('UBOB', incident.channelId, 'status')).texts.join(' ')).toContain('open, contained');
  expect((await command('UBOB', incident.channelId, 'status Contained')).texts).toEqual([
    `${incident.id} is already Contained; nothing changed.`,
  ]);
  expect((await command('UBOB', incident.channelId, 'status set contaned')).texts.join(' ')).toContain(
    'Did you mean `contained`?',
  );

  // Closed routes to the close: the GDPR notice is open, so the commander is asked, and the reason rides along.
  const asked = await command('UALICE', incident.channelId, 'status set closed Bucket locked; no access in logs');
  expect(asked.texts.join(' ')).toContain('Close anyway?');
  expect(JSON.stringify(asked.blocks)).toContain('Reason: _Bucket locked; no access in logs_');
  expect((await stored(incident)).status).toBe('open');
  const confirm = asked.blocks.flatMap((b) => b.elements ?? []).find((b) => b.action_id === 'incident_close_confirm');
  if (!confirm) throw new Error('no confirm button');
  const since = sim.mark();
  const click = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: incident.channelId,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: confirm.action_id, value: confirm.value, type: 'button' }],
  });
  await sim.waitForResponse(click.responseUrlId, undefined, { timeoutMs: 10_000 });
  await expectDrained(t.bot.inFlight);
  const record = await stored(incident);
  expect(record).toMatchObject({ status: 'closed', closeReason: 'Bucket locked; no access in logs' });
  expect(headerText(incident)).toContain('Bucket locked; no access in logs');
  expect(headerButtons(incident)).toEqual([]);
  expect((await entries(incident, 'closed'))[0]?.summary).toContain('Reason: Bucket locked; no access in logs');
  const summary = sim
    .calls('chat.postMessage')
    .find((c) => c.seq > since && JSON.stringify(c.args.blocks ?? '').includes('Final summary'));
  expect(JSON.stringify(summary?.args.blocks)).toContain('Bucket locked; no access in logs');
  // A closed incident refuses lifecycle changes inside the atomic write.
  expect((await command('UALICE', incident.channelId, 'severity sev4')).texts.join(' ')).toContain(
    `${incident.id} is closed; severity changes can no longer be recorded.`,
  );
  expect((await command('UBOB', incident.channelId, 'status set monitoring')).texts.join(' ')).toContain(
    'status changes can no longer be recorded',
  );
  expect((await stored(incident)).severity).toBe('sev1');
});

test('reopen: the reminders the close cancelled come back exactly once; header and status follow; close again works', async () => {
  const incident = await open('Ransomware on the file server', '--regimes gdpr');
  const scheduled = await pendingIds(incident);
  expect(scheduled.length).toBeGreaterThan(0);

  // Close over the open GDPR notice, with a reason.
  const asked = await command('UALICE', incident.channelId, 'close Restored from backup');
  const confirm = asked.blocks.flatMap((b) => b.elements ?? []).find((b) => b.action_id === 'incident_close_confirm');
  if (!confirm) throw new Error('no confirm button');
  const press = async (button: Button) => {
    const click = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: incident.channelId,
      message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
      is_ephemeral: true,
      actions: [{ action_id: button.action_id, value: button.value, type: 'button' }],
    });
    const answer = await sim.waitForResponse(click.responseUrlId, undefined, { timeoutMs: 10_000 });
    await expectDrained(t.bot.inFlight);
    return String(answer.body.text);
  };
  expect(await press(confirm)).toContain('is closed');
  expect(await pendingIds(incident)).toEqual([]);

  // A member cannot reopen; the commander can.
  expect((await command('UBOB', incident.channelId, 'reopen')).texts.join(' ')).toContain(
    'Only the commander (<@UALICE>) can reopen the incident',
  );
  const since = sim.mark();
  expect((await command('UALICE', incident.channelId, 'reopen New encrypted share found')).texts).toEqual([]);
  const record = await stored(incident);
  expect(record).toMatchObject({ status: 'open', phase: 'investigating', reopens: 1 });
  expect(record.closedAt).toBeUndefined();
  expect(record.closeReason).toBeUndefined();
  expect(await pendingIds(incident)).toEqual(scheduled);
  expect((await entries(incident, 'reopened'))[0]).toMatchObject({
    actor: 'UALICE',
    data: { reopens: 1, reason: 'New encrypted share found' },
  });
  expect(headerText(incident)).toContain('Investigating');
  expect(headerButtons(incident).map((b) => b.action_id)).toEqual([
    'incident_header_severity',
    'incident_header_rename',
    'incident_header_status',
    'facts_form_open',
  ]);
  expect(channelPosts(incident, since).join('\n')).toContain('reopened the incident');
  expect(refused(since)).toEqual([]);

  // Twice: nothing more, and no duplicate reminders.
  expect((await command('UALICE', incident.channelId, 'reopen')).texts).toEqual([
    `${incident.id} is open; there is nothing to reopen.`,
  ]);
  expect(await entries(incident, 'reopened')).toHaveLength(1);
  expect(await pendingIds(incident)).toEqual(scheduled);

  // The confirmation asked before the reopen closes nothing; a new close does.
  expect(await press(confirm)).toContain('was reopened after this confirmation was asked');
  expect((await stored(incident)).status).toBe('open');
  const again = await command('UALICE', incident.channelId, 'close');
  const confirmAgain = again.blocks
    .flatMap((b) => b.elements ?? [])
    .find((b) => b.action_id === 'incident_close_confirm');
  if (!confirmAgain) throw new Error('no confirm button');
  expect(await press(confirmAgain)).toContain('is closed');
  expect((await stored(incident)).status).toBe('closed');
  expect(await entries(incident, 'closed')).toHaveLength(2);
  expect(await pendingIds(incident)).toEqual([]);
});

test('a reopen cut off after its record was stored is finished by the next `/incident reopen`, told once', async () => {
  const incident = await open('Compromised build server', '--regimes gdpr');
  const scheduled = await pendingIds(incident);
  const asked = await command('UALICE', incident.channelId, 'close');
  const confirm = asked.blocks.flatMap((b) => b.elements ?? []).find((b) => b.action_id === 'incident_close_confirm');
  if (!confirm) throw new Error('no confirm button');
  const click = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: incident.channelId,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: confirm.action_id, value: confirm.value, type: 'button' }],
  });
  await sim.waitForResponse(click.responseUrlId, undefined, { timeoutMs: 10_000 });
  await expectDrained(t.bot.inFlight);
  expect(await pendingIds(incident)).toEqual([]);
  // What a reopen leaves when the process dies right after its compare-and-set: the record alone.
  await t.bot.ctx.incidents.update(
    incident.id,
    (current) => reopened(current, new Date(), 'UALICE', 'Beacon seen again').next,
  );
  expect(headerButtons(incident)).toEqual([]);

  const since = sim.mark();
  const reply = await command('UALICE', incident.channelId, 'reopen');
  expect(reply.texts.join(' ')).toContain('an earlier reopen was interrupted; it is finished now');
  expect(await entries(incident, 'reopened')).toMatchObject([
    { actor: 'UALICE', data: { reopens: 1, reason: 'Beacon seen again' } },
  ]);
  expect(await pendingIds(incident)).toEqual(scheduled);
  expect(headerButtons(incident)).toHaveLength(4);
  // The channel was not told (the interrupted run may have); once finished, reopen has nothing left to do.
  expect(channelPosts(incident, since)).toEqual([]);
  expect((await command('UALICE', incident.channelId, 'reopen')).texts).toEqual([
    `${incident.id} is open; there is nothing to reopen.`,
  ]);
});

describe('the header’s forms', () => {
  const click = (incident: Incident, user_id: string, action_id: string, trigger_id: string) =>
    t.slack.blockAction({
      user_id,
      channel_id: incident.channelId,
      message: { ts: incident.headerMessageTs ?? '', blocks: header(incident)?.blocks ?? [] },
      actions: [{ action_id, value: JSON.stringify({ incidentId: incident.id }), type: 'button' }],
      trigger_id,
    });

  test('Change severity: views.open with the click’s trigger_id; the same severity is a field error; a new one is stored', async () => {
    const incident = await open('Card skimmer on checkout', '--severity sev2');
    expect(checkBlocks(header(incident)?.blocks ?? [], 'message')).toEqual({ ok: true });
    const since = sim.mark();
    const res = await click(incident, 'UALICE', 'incident_header_severity', 'trigger-severity-1');
    expect(res.status).toBe(200);
    await expectDrained(t.bot.inFlight);
    const opened = sim.calls('views.open').find((c) => c.seq > since);
    expect(opened?.args.trigger_id).toBe('trigger-severity-1');
    expect(opened?.response.ok).toBe(true);
    const view = opened?.response.view as {
      id: string;
      callback_id: string;
      private_metadata: string;
      blocks: unknown[];
    };
    expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });

    const same = await t.slack.viewSubmission({
      user_id: 'UALICE',
      view,
      values: { severity: { value: { type: 'radio_buttons', selected_option: { value: 'sev2' } } } },
    });
    expect(JSON.parse(String(same.body))).toEqual({
      response_action: 'errors',
      errors: { severity: `${incident.id} is already SEV2; choose another, or Cancel.` },
    });
    expect(await entries(incident, 'severity_changed')).toEqual([]);

    // Bob submits a form he got hold of: the commander's act, refused on the field.
    const bob = await t.slack.viewSubmission({
      user_id: 'UBOB',
      view,
      values: { severity: { value: { type: 'radio_buttons', selected_option: { value: 'sev1' } } } },
    });
    expect(JSON.parse(String(bob.body)).errors.severity).toContain(
      'Only the commander (@UALICE) can change the severity',
    );

    const ok = await t.slack.viewSubmission({
      user_id: 'UALICE',
      view,
      values: { severity: { value: { type: 'radio_buttons', selected_option: { value: 'sev1' } } } },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('');
    await expectDrained(t.bot.inFlight);
    expect((await stored(incident)).severity).toBe('sev1');
    expect(headerText(incident)).toContain('SEV1');
    expect(await entries(incident, 'severity_changed')).toHaveLength(1);
    expect(refused(since)).toEqual([]);
  });

  test('Change severity pressed by a member who is not the commander: told why, no form', async () => {
    const incident = await open('Phished finance mailbox');
    const since = sim.mark();
    const res = await click(incident, 'UBOB', 'incident_header_severity', 'trigger-severity-2');
    const answer = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
    await expectDrained(t.bot.inFlight);
    expect(String(answer.body.text)).toContain('Only the commander (<@UALICE>) can change the severity');
    expect(sim.calls('views.open').filter((c) => c.seq > since)).toEqual([]);
  });

  test('Rename and Set status: an empty title is a field error; a status is stored and said in the channel', async () => {
    const incident = await open('Lost USB stick');
    let since = sim.mark();
    await click(incident, 'UBOB', 'incident_header_rename', 'trigger-rename-1');
    await expectDrained(t.bot.inFlight);
    const rename = sim.calls('views.open').find((c) => c.seq > since)?.response.view as { id: string };
    const empty = await t.slack.viewSubmission({
      user_id: 'UBOB',
      view: rename,
      values: { title: { value: { type: 'plain_text_input', value: '   ' } } },
    });
    expect(JSON.parse(String(empty.body))).toEqual({
      response_action: 'errors',
      errors: { title: 'A title needs some words.' },
    });
    await t.slack.viewSubmission({
      user_id: 'UBOB',
      view: rename,
      values: { title: { value: { type: 'plain_text_input', value: 'Lost USB stick with payroll CSV' } } },
    });
    await expectDrained(t.bot.inFlight);
    expect((await stored(incident)).title).toBe('Lost USB stick with payroll CSV');

    since = sim.mark();
    await click(incident, 'UBOB', 'incident_header_status', 'trigger-status-1');
    await expectDrained(t.bot.inFlight);
    const status = sim.calls('views.open').find((c) => c.seq > since)?.response.view as { id: string };
    expect(sim.calls('views.open').find((c) => c.seq > since)?.args.trigger_id).toBe('trigger-status-1');
    await t.slack.viewSubmission({
      user_id: 'UBOB',
      view: status,
      values: {
        status: { value: { type: 'radio_buttons', selected_option: { value: 'monitoring' } } },
        reason: { value: { type: 'plain_text_input', value: null } },
      },
    });
    await expectDrained(t.bot.inFlight);
    expect((await stored(incident)).phase).toBe('monitoring');
    expect(headerText(incident)).toContain('Monitoring');
    expect(channelPosts(incident, since).join('\n')).toContain('Status set to *Monitoring* by <@UBOB>');
  });

  test('Set status → Closed runs the close: its confirmation comes privately in the channel, with the reason', async () => {
    const incident = await open('Leaked API key', '--regimes gdpr');
    const since = sim.mark();
    await click(incident, 'UALICE', 'incident_header_status', 'trigger-status-2');
    await expectDrained(t.bot.inFlight);
    const view = sim.calls('views.open').find((c) => c.seq > since)?.response.view as { id: string };
    const submitted = await t.slack.viewSubmission({
      user_id: 'UALICE',
      view,
      values: {
        status: { value: { type: 'radio_buttons', selected_option: { value: 'closed' } } },
        reason: { value: { type: 'plain_text_input', value: 'Key rotated within the hour' } },
      },
    });
    expect(submitted.body).toBe('');
    await expectDrained(t.bot.inFlight);
    const asked = sim.calls('chat.postEphemeral').find((c) => c.seq > since && c.args.channel === incident.channelId);
    expect(asked?.args.user).toBe('UALICE');
    expect(String(asked?.args.text)).toContain('Close anyway?');
    expect(JSON.stringify(asked?.args.blocks)).toContain('Key rotated within the hour');
    expect((await stored(incident)).status).toBe('open');
    expect(refused(since)).toEqual([]);
  });
});

describe('LIFECYCLE_AUTHORITY=members', () => {
  let members: TestBot;
  const membersPrefix = `${prefix}-members`;

  beforeAll(async () => {
    members = await bootTestBot(sim, redis, membersPrefix, {
      REMINDER_WORKER: 'off',
      INCIDENT_RESPONDERS: 'UBOB',
      LIFECYCLE_AUTHORITY: 'members',
    });
  });

  afterAll(async () => {
    await members?.bot.stop();
    await deletePrefix(redis, membersPrefix);
  });

  test('any member closes and reopens; the severity stays the commander’s', async () => {
    const run = async (user_id: string, channel_id: string, text: string) => {
      const res = await members.slack.slashCommand({ text, user_id, channel_id });
      expect(res.status).toBe(200);
      if (text.startsWith('open ')) await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
      await expectDrained(members.bot.inFlight);
      return sim.responses(res.responseUrlId).map((r) => String((r.body as { text?: string }).text ?? ''));
    };
    const since = sim.mark();
    await run('UALICE', GENERAL_CHANNEL_ID, 'open Shared drive link posted publicly');
    const created = sim.calls('conversations.create').find((c) => c.seq > since);
    const channel = (created?.response.channel as { id: string } | undefined)?.id ?? '';
    const incident = await members.bot.ctx.incidents.getByChannel(channel);
    if (!incident) throw new Error('no incident');

    expect((await run('UBOB', channel, 'severity sev3')).join(' ')).toContain(
      'Only the commander (<@UALICE>) can change the severity',
    );
    // No notice is open: Bob's close closes at once.
    await run('UBOB', channel, 'close Link revoked, no downloads');
    expect(await members.bot.ctx.incidents.get(incident.id)).toMatchObject({
      status: 'closed',
      closeReason: 'Link revoked, no downloads',
    });
    expect(await run('UBOB', channel, 'reopen Found a second link')).toEqual([]);
    expect(await members.bot.ctx.incidents.get(incident.id)).toMatchObject({ status: 'open', reopenedBy: 'UBOB' });
  });
});
