import { DeadlineStore } from '../../src/store/deadline-store';
import { RedisKeys } from '../../src/store/keys';
import { mrCooperFactsCommand } from '../support/mr-cooper';
import { type ApiCall, checkBlocks, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, runCommand, useTestBot } from './test-bot';

/**
 * The notification register through the real app (Bolt's HTTP receiver, signed requests, real Redis) against
 * the simulator's limits: the Mr. Cooper facts, the pinned register updated in place by `notified
 * *\/credit_bureaus --at 2023-11-20`, the modal (views.open with the click's trigger_id, filters by views.update,
 * the Mark notified form pushed and submitted), and posts Slack refuses after a change was stored.
 */
const { prefix, redis, sim, t } = useTestBot({
  name: 'test-register',
  env: { REMINDER_WORKER: 'off' },
  log: capturingLog(),
});
const deadlines = new DeadlineStore(redis, new RedisKeys(prefix));
let channelId = '';
let incidentId = '';
let registerTs = '';

const command = (text: string, channel = channelId) => runCommand(t, { text, user_id: 'UALICE', channel_id: channel });

const refused = (since = 0) => sim.calls().filter((c) => c.seq > since && c.response.ok === false);
const isRegister = (c: ApiCall) => JSON.stringify(c.args.blocks ?? '').includes('register-header');
const registerUpdates = (since: number) =>
  sim.calls('chat.update').filter((c) => c.seq > since && c.args.ts === registerTs && isRegister(c));
const answers = (id: string) => sim.responses(id).map((r) => String(r.body.text ?? ''));
const records = async () => (await deadlines.get(incidentId))?.obligations ?? [];

test('open and the Mr. Cooper facts: one register, pinned, within the limits, grouped not listed', async () => {
  const openId = await command(
    'open Mortgage servicer breach --severity sev1 --discovered 2023-11-01T22:00:00Z',
    GENERAL_CHANNEL_ID,
  );
  const opened = await sim.waitForResponse(openId);
  channelId = /<#(\w+)>/.exec(String(opened.body.text))?.[1] ?? '';
  incidentId = /\*(INC-[\w-]+)\*/.exec(String(opened.body.text))?.[1] ?? '';
  const posted = sim.calls('chat.postMessage').filter((c) => c.args.channel === channelId && isRegister(c));
  expect(posted).toHaveLength(1);
  registerTs = String(posted[0]?.response.ts);
  expect(sim.calls('pins.add').some((c) => c.args.timestamp === registerTs && c.response.ok)).toBe(true);

  const since = sim.mark();
  await command(mrCooperFactsCommand);
  const [update] = registerUpdates(since);
  expect(update?.response.ok).toBe(true);
  expect(checkBlocks(update?.args.blocks ?? [], 'message')).toEqual({ ok: true });
  const text = JSON.stringify(update?.args.blocks);
  expect(text).toMatch(/\*\d{3}\* open/);
  expect(text).toMatch(/\d+ (regulator notices|notices to individuals) due <!date\^\d+\^\{date_short_pretty\}/);
  // Groups, never one row per notice: far fewer lines than notices.
  expect((text.match(/• /g) ?? []).length).toBeLessThan((await records()).length / 2);
  expect(sim.calls('chat.postMessage').filter((c) => c.args.channel === channelId && isRegister(c))).toHaveLength(1);
  expect(refused()).toEqual([]);
});

test('notified */credit_bureaus --at 2023-11-20: marked as sent that day, said back, register updated in place', async () => {
  const bureaus = (await records()).filter((o) => o.recipient === 'credit_bureaus' && o.current);
  expect(bureaus.length).toBeGreaterThan(10);
  const since = sim.mark();
  const id = await command('notified */credit_bureaus --at 2023-11-20 letters to the three bureaus');
  // Read in the opener's Slack zone, kept on the incident at open (the simulator's users have America/New_York).
  expect(answers(id).join(' ')).toContain('2023-11-20 read as Mon 20 Nov 2023 00:00 America/New_York');
  const after = (await records()).filter((o) => o.recipient === 'credit_bureaus' && o.current);
  expect(new Set(after.map((o) => o.doneAt))).toEqual(new Set(['2023-11-20T05:00:00.000Z']));
  const updates = registerUpdates(since);
  expect(updates).toHaveLength(1);
  expect(updates[0]?.response.ok).toBe(true);
  expect(sim.message(channelId, registerTs)?.blocks).toEqual(updates[0]?.args.blocks);
  expect(refused(since)).toEqual([]);
});

test('one stage by its id, never its sibling; --undo reopens it and the register follows', async () => {
  // A suffixed obligation beside its unsuffixed sibling (the New York no-harm filing is not owed once harm is
  // judged likely, as it is for Mr. Cooper).
  const stage = 'us-va/regulator/payroll';
  const marked = await command(`notified ${stage} --at 2023-11-02`);
  expect(answers(marked).join(' ')).toContain('2023-11-02 read as');
  const after = await records();
  expect(after.find((o) => o.id === stage)?.doneAt).toBe('2023-11-02T04:00:00.000Z'); // midnight EDT
  expect(after.find((o) => o.id === 'us-va/regulator')?.doneAt).toBeNull();
  const since = sim.mark();
  const undo = await command(`notified --undo ${stage}`);
  expect(answers(undo).join(' ')).toContain(`Reopened on ${incidentId}: \`${stage}\``);
  expect((await records()).find((o) => o.id === stage)?.doneAt).toBeNull();
  expect(registerUpdates(since)).toHaveLength(1);
  expect(refused(since)).toEqual([]);
});

test('the modal: opened with the click’s trigger_id, filtered by views.update, a notice marked from the form', async () => {
  const click = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channelId,
    message_ts: registerTs,
    actions: [{ action_id: 'register_open', value: JSON.stringify({ incidentId }) }],
    trigger_id: 'trigger-register-1',
  });
  expect(click.status).toBe(200);
  await t.bot.inFlight.drain(20_000);
  const opened = await sim.waitForCall('views.open');
  expect(opened.args.trigger_id).toBe('trigger-register-1');
  expect(opened.response.ok).toBe(true);
  const view = opened.response.view as { id: string; private_metadata: string; blocks: unknown[] };
  expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });
  expect(JSON.stringify(view.blocks)).toMatch(/Showing 1–20 of \d{3} notices/);

  // Filter: notices to individuals only, on the first page.
  let since = sim.mark();
  await t.slack.viewBlockAction({
    user_id: 'UALICE',
    view,
    actions: [
      { action_id: 'register_filter_recipient', type: 'static_select', selected_option: { value: 'individuals' } },
    ],
  });
  await t.bot.inFlight.drain(20_000);
  const filtered = sim.calls('views.update').find((c) => c.seq > since);
  expect(filtered?.response.ok).toBe(true);
  const filteredView = filtered?.response.view as { id: string; private_metadata: string; blocks: unknown[] };
  expect(JSON.parse(filteredView.private_metadata).filter).toMatchObject({ recipient: 'individuals' });
  const target = (await records()).find((o) => o.recipient === 'individuals' && o.doneAt === null && o.current);
  expect(target).toBeDefined();

  // Mark notified on one: the form is pushed with the click's trigger_id.
  since = sim.mark();
  await t.slack.viewBlockAction({
    user_id: 'UALICE',
    view: filteredView,
    trigger_id: 'trigger-register-2',
    actions: [{ action_id: 'register_mark', value: target?.id ?? '' }],
  });
  await t.bot.inFlight.drain(20_000);
  const pushed = sim.calls('views.push').find((c) => c.seq > since);
  expect(pushed?.response.ok).toBe(true);
  expect(pushed?.args.trigger_id).toBe('trigger-register-2');
  const form = pushed?.response.view as { id: string; private_metadata: string; callback_id: string };

  // A time in the future is answered on the field, and nothing is stored.
  const future = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view: form,
    values: {
      sent_at: { value: { type: 'datetimepicker', selected_date_time: Math.floor(Date.now() / 1000) + 86_400 } },
      by: { value: { type: 'users_select', selected_user: 'UALICE' } },
      note: { value: { type: 'plain_text_input', value: null } },
    },
  });
  expect(JSON.parse(String(future.body))).toMatchObject({
    response_action: 'errors',
    errors: { sent_at: expect.stringContaining('future') },
  });
  expect((await records()).find((o) => o.id === target?.id)?.doneAt).toBeNull();

  since = sim.mark();
  const sentAt = Date.parse('2023-11-22T16:00:00Z') / 1000;
  const submitted = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view: form,
    values: {
      sent_at: { value: { type: 'datetimepicker', selected_date_time: sentAt } },
      by: { value: { type: 'users_select', selected_user: 'UBOB' } },
      note: { value: { type: 'plain_text_input', value: 'first-class mail, batch 3' } },
    },
  });
  expect(submitted.status).toBe(200);
  await t.bot.inFlight.drain(20_000);
  expect((await records()).find((o) => o.id === target?.id)).toMatchObject({
    doneAt: '2023-11-22T16:00:00.000Z',
    doneBy: 'UBOB',
    doneNote: 'first-class mail, batch 3',
  });
  expect(registerUpdates(since)).toHaveLength(1);
  const back = sim.calls('views.update').find((c) => c.seq > since);
  expect(back?.args.view_id).toBe(filteredView.id);
  expect(refused(since)).toEqual([]);
});

describe('a post Slack refuses after the change was stored is never "nothing was done"', () => {
  const nothingDone = (id: string) =>
    answers(id).filter((a) => /nothing (more )?was done|Something went wrong/.test(a));

  test('decision: recorded on the timeline, and the person is told the channel was not', async () => {
    sim.failNext('chat.postMessage', { error: 'msg_blocks_too_long' }, 2);
    const id = await command('decision Notify the credit bureaus before the AGs');
    expect(answers(id).join(' ')).toMatch(
      /decision is recorded on the timeline \(#\d+\)\. Posting it in the channel failed \(msg_blocks_too_long\)/,
    );
    expect(nothingDone(id)).toEqual([]);
  });

  test('role: held and recorded though the header and the announcement failed', async () => {
    sim.failNext('chat.update', { error: 'cant_update_message' });
    sim.failNext('chat.postMessage', { error: 'channel_not_found' });
    const id = await command('role legal <@UBOB|bob>');
    expect(answers(id).join(' ')).toMatch(
      /holds the legal role .* Slack did not take the pinned header \(cant_update_message\), the channel message \(channel_not_found\)/,
    );
    expect(nothingDone(id)).toEqual([]);
  });

  test('notified: stored though the register update was refused; it catches up with the next change', async () => {
    sim.failNext('chat.update', { error: 'msg_too_long' }, 2);
    const id = await command('notified us-pr/regulator --at 2023-11-02');
    expect(answers(id).join(' ')).toContain('The pinned register could not be updated (msg_too_long)');
    expect((await records()).find((o) => o.id === 'us-pr/regulator')?.doneAt).toBe('2023-11-02T04:00:00.000Z');
    expect(nothingDone(id)).toEqual([]);
  });

  test('checklist tick: stored and on the timeline though the checklist message was not updated', async () => {
    const incident = await t.bot.ctx.incidents.get(incidentId);
    type Boxes = { block_id?: string; accessory?: { action_id?: string; options?: { value: string }[] } };
    const blocks = (sim.message(channelId, incident?.checklistMessageTs ?? '')?.blocks ?? []) as Boxes[];
    const boxes = blocks.find((b) => b.accessory?.action_id === 'checklist_check');
    const item = boxes?.accessory?.options?.[0]?.value;
    if (!boxes?.block_id || !item) throw new Error('no checklist checkboxes');
    sim.failNext('chat.update', { error: 'rate_limited' });
    // A click on the first box, as Slack sends it: every box checked after the click, and the message.
    const click = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: channelId,
      message: { ts: incident?.checklistMessageTs ?? '', blocks },
      actions: [
        {
          action_id: 'checklist_check',
          block_id: boxes.block_id,
          type: 'checkboxes',
          selected_options: [{ value: item }],
        },
      ],
    });
    await t.bot.inFlight.drain(20_000);
    const told = answers(click.responseUrlId ?? '').join(' ');
    expect(told).toMatch(
      /The item is marked done and recorded on the timeline\. Slack did not take the checklist \(rate_limited\)/,
    );
    expect((await t.bot.ctx.incidents.getChecklist(incidentId)).get(item)?.done).toBe(true);
    expect(nothingDone(click.responseUrlId ?? '')).toEqual([]);
  });

  test('summary: posted, and the person told that its Markdown file did not attach', async () => {
    sim.failNext('files.getUploadURLExternal', { error: 'not_allowed_token_type' });
    const id = await command('summary');
    expect(answers(id).join(' ')).toMatch(
      /summary is posted in the channel, but Slack did not take its Markdown file \(not_allowed_token_type\)/,
    );
    expect(nothingDone(id)).toEqual([]);
  });

  test('close: closed though the final summary post was refused, and said so', async () => {
    const ask = await command('close');
    expect(sim.responses(ask).length).toBeGreaterThan(0);
    sim.failNext('chat.postMessage', { error: 'channel_not_found' });
    const click = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: channelId,
      message_ts: registerTs,
      actions: [{ action_id: 'incident_close_confirm', value: JSON.stringify({ incidentId }) }],
    });
    await t.bot.inFlight.drain(20_000);
    const told = answers(click.responseUrlId ?? '').join(' ');
    expect(told).toMatch(
      new RegExp(`${incidentId} is closed\\. Slack did not take the summary \\(channel_not_found\\)`),
    );
    expect(nothingDone(click.responseUrlId ?? '')).toEqual([]);
  });
});
