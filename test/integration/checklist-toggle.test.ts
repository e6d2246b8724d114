import { Redis } from 'ioredis';
import { expectDrained } from '../support/expect-drained';
import { type ApiCall, GENERAL_CHANNEL_ID, type SlackSimulator, startSlackSimulator } from '../support/slack-simulator';
import { bootTestBot, deletePrefix, type TestBot } from './test-bot';

/** The live checklist: ticks are stored, the message updates in place, only members act, restarts lose nothing. */
const prefix = `test-checklist-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
let sim: SlackSimulator;
let t: TestBot;
let channelId: string;
let checklistTs: string;
let incidentId: string;

type Option = { value: string };
type Section = {
  type?: string;
  block_id?: string;
  text?: { text: string };
  accessory?: { type: string; action_id: string; options: Option[]; initial_options?: Option[] };
};

/** The phase section whose checkboxes hold the item. */
const sectionOf = (blocks: Section[], itemId: string) =>
  blocks.find((b) => b.accessory?.type === 'checkboxes' && b.accessory.options.some((o) => o.value === itemId))!;
const checked = (blocks: Section[], itemId: string) =>
  (sectionOf(blocks, itemId).accessory?.initial_options ?? []).some((o) => o.value === itemId);
const itemText = (call: ApiCall, itemId: string) => sectionOf(call.args.blocks as Section[], itemId).text?.text ?? '';

/** A click on the item's box, as Slack sends it: every box of that element checked after the click, and the message. */
async function press(user: string, itemId: string, blocks: Section[]) {
  const section = sectionOf(blocks, itemId);
  const before = (section.accessory?.initial_options ?? []).map((o) => o.value);
  const after = before.includes(itemId) ? before.filter((v) => v !== itemId) : [...before, itemId];
  return t.slack.blockAction({
    user_id: user,
    channel_id: channelId,
    message: { ts: checklistTs, blocks },
    actions: [
      {
        action_id: 'checklist_check',
        block_id: section.block_id!,
        type: 'checkboxes',
        selected_options: after.map((value) => ({ value })),
      },
    ],
  });
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  sim.seedUser({ id: 'UMALLORY', name: 'mallory' });
  t = await bootTestBot(sim, redis, prefix, { REMINDER_WORKER: 'off', INCIDENT_RESPONDERS: 'UBOB' });
  const res = await t.slack.slashCommand({
    text: 'open Call-centre CRM export --severity sev2',
    user_id: 'UALICE',
    channel_id: GENERAL_CHANNEL_ID,
  });
  await sim.waitForResponse(res.responseUrlId);
  const incident = await t.bot.ctx.incidents.getByChannel(
    (sim.calls('conversations.create')[0]!.response.channel as { id: string }).id,
  );
  channelId = incident!.channelId;
  checklistTs = incident!.checklistMessageTs!;
  incidentId = incident!.id;
});

afterAll(async () => {
  await t?.bot.stop();
  await sim?.stop();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

const latestBlocks = () => (sim.message(channelId, checklistTs)!.blocks ?? []) as Section[];

describe('checklist', () => {
  test('ticking stores who and when, and updates the message in place', async () => {
    const since = sim.mark();
    const res = await press('UALICE', 'isolate-systems', latestBlocks());
    expect(res.status).toBe(200);
    const update = await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    expect(checked(update.args.blocks as Section[], 'isolate-systems')).toBe(true);
    expect(itemText(update, 'isolate-systems')).toContain('done by <@UALICE>');
    const states = await t.bot.ctx.incidents.getChecklist(incidentId);
    expect(states.get('isolate-systems')).toMatchObject({ done: true, by: 'UALICE' });
    await expectDrained(t.bot.inFlight);
    expect(sim.calls('chat.postMessage').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('a repeated delivery of the same click changes nothing and records once', async () => {
    const blocks = latestBlocks();
    const since = sim.mark();
    // Two deliveries of one click (the stale message still shows the box empty): the second is a no-op.
    const first = await press('UBOB', 'preserve-logs', blocks);
    const second = await press('UBOB', 'preserve-logs', blocks);
    expect([first.status, second.status]).toEqual([200, 200]);
    await sim.waitForCall('chat.update', (c) => itemText(c, 'preserve-logs').includes('<@UBOB>'), { since });
    await expectDrained(t.bot.inFlight, 5000);
    const entries = (await t.bot.ctx.timeline.entries(incidentId)).filter(
      (e) => e.kind === 'checklist_item' && e.data.itemId === 'preserve-logs',
    );
    expect(entries).toHaveLength(1);
  });

  test('unticking reopens the item and says who reopened it', async () => {
    const since = sim.mark();
    await press('UBOB', 'isolate-systems', latestBlocks());
    const update = await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    expect(checked(update.args.blocks as Section[], 'isolate-systems')).toBe(false);
    expect(itemText(update, 'isolate-systems')).toContain('reopened by <@UBOB>');
    expect((await t.bot.ctx.incidents.getChecklist(incidentId)).get('isolate-systems')?.done).toBe(false);
  });

  test('someone outside the incident channel is refused and nothing changes', async () => {
    const since = sim.mark();
    const res = await press('UMALLORY', 'rotate-credentials', latestBlocks());
    const answer = await sim.waitForResponse(res.responseUrlId);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(answer.body.text)).toContain('Only members of the incident channel');
    await expectDrained(t.bot.inFlight);
    expect((await t.bot.ctx.incidents.getChecklist(incidentId)).has('rotate-credentials')).toBe(false);
    expect(sim.calls('chat.update').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('a stale message changes only the item clicked, never another tick', async () => {
    const stale = latestBlocks();
    const [a, b] = sectionOf(stale, 'preserve-logs')
      .accessory!.options.map((o) => o.value)
      .filter((v) => v !== 'preserve-logs');
    expect(a && b).toBeTruthy();
    const settle = async (user: string, itemId: string, blocks: Section[]) => {
      const since = sim.mark();
      await press(user, itemId, blocks);
      await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    };
    await settle('UALICE', a!, latestBlocks());
    // UBOB clicks b on the stale message, which still shows a unchecked: Slack sends every box checked there.
    await settle('UBOB', b!, stale);
    const states = await t.bot.ctx.incidents.getChecklist(incidentId);
    expect(states.get(a!)?.done).toBe(true);
    expect(states.get(b!)?.done).toBe(true);
    await settle('UALICE', a!, latestBlocks());
    await settle('UBOB', b!, latestBlocks());
  });

  test('an owner is picked for an item: item in the row’s picker, then the person', async () => {
    const blocks = latestBlocks() as (Section & { elements?: { action_id: string }[] })[];
    const row = blocks.find((b) => b.type === 'actions' && b.block_id?.startsWith('owner:'))!;
    const since = sim.mark();
    const res = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: channelId,
      message: { ts: checklistTs, blocks },
      state: {
        values: {
          [row.block_id!]: {
            checklist_owner_item: { type: 'static_select', selected_option: { value: 'isolate-systems' } },
          },
        },
      },
      actions: [
        { action_id: 'checklist_owner', block_id: row.block_id!, type: 'users_select', selected_user: 'UBOB' } as never,
      ],
    });
    expect(res.status).toBe(200);
    const update = await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    expect(itemText(update, 'isolate-systems')).toContain('owner <@UBOB>');
    expect((await t.bot.ctx.incidents.getChecklistOwners(incidentId)).get('isolate-systems')).toBe('UBOB');
  });

  test('an item typed in a phase’s add row is added to that phase, ticks like the others, and a long one is refused', async () => {
    const blocks = latestBlocks();
    const row = blocks.find((b) => b.block_id?.startsWith('add:') && b.block_id.endsWith(':contain'))!;
    const type = (value: string) =>
      t.slack.blockAction({
        user_id: 'UALICE',
        channel_id: channelId,
        message: { ts: checklistTs, blocks },
        actions: [{ action_id: 'checklist_add', block_id: row.block_id!, type: 'plain_text_input', value }],
      });
    let since = sim.mark();
    expect((await type('Rotate the vendor VPN keys')).status).toBe(200);
    const update = await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    const added = (update.args.blocks as Section[]).find((b) => b.block_id?.endsWith(':added-contain'));
    expect(added?.accessory?.options.map((o) => o.value)).toEqual(['added-1']);
    since = sim.mark();
    await press('UBOB', 'added-1', update.args.blocks as Section[]);
    await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    expect((await t.bot.ctx.incidents.getChecklist(incidentId)).get('added-1')).toMatchObject({
      done: true,
      by: 'UBOB',
    });
    await press('UBOB', 'added-1', latestBlocks());
    const long = await type('x'.repeat(76));
    expect(String((await sim.waitForResponse(long.responseUrlId)).body.text)).toContain('keep it within 75');
    expect(await t.bot.ctx.incidents.getAddedChecklistItems(incidentId)).toHaveLength(1);
    // The same item again (Enter pressed twice): one item, and the person is told why nothing appeared.
    const again = await type('Rotate the vendor VPN keys');
    expect(String((await sim.waitForResponse(again.responseUrlId)).body.text)).toBe(
      '“Rotate the vendor VPN keys” is already on the checklist; nothing was added.',
    );
    expect(await t.bot.ctx.incidents.getAddedChecklistItems(incidentId)).toHaveLength(1);
  });

  test('a person picked with no item is asked to pick the item first', async () => {
    const blocks = latestBlocks();
    const row = blocks.find((b) => b.type === 'actions' && b.block_id?.startsWith('owner:'))!;
    const res = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: channelId,
      message: { ts: checklistTs, blocks },
      state: { values: {} },
      actions: [
        { action_id: 'checklist_owner', block_id: row.block_id!, type: 'users_select', selected_user: 'UBOB' } as never,
      ],
    });
    expect(String((await sim.waitForResponse(res.responseUrlId)).body.text)).toContain('Pick the item first');
  });

  test('a button from a checklist posted before the checkboxes, tampered with, is refused', async () => {
    const res = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: channelId,
      message_ts: checklistTs,
      actions: [
        {
          action_id: 'checklist_toggle',
          value: '{"incidentId":"INC-1","itemId":"x; DROP","to":"done"}',
          type: 'button',
        },
      ],
    });
    const answer = await sim.waitForResponse(res.responseUrlId);
    expect(String(answer.body.text)).toContain('not one breachbot recognises');
  });

  test('/incident status shows progress to the member who asks', async () => {
    const res = await t.slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: channelId });
    const answer = await sim.waitForResponse(res.responseUrlId);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(String(answer.body.text)).toMatch(/Checklist: 1 of \d+ done/);
  });

  test('after a restart the stored state carries on: status and ticks work on the same incident', async () => {
    await t.bot.stop();
    t = await bootTestBot(sim, redis, prefix, { REMINDER_WORKER: 'off', INCIDENT_RESPONDERS: 'UBOB' });
    const since = sim.mark();
    await press('UALICE', 'rotate-credentials', latestBlocks());
    const update = await sim.waitForCall('chat.update', (c) => c.args.ts === checklistTs, { since });
    expect(itemText(update, 'preserve-logs')).toContain('<@UBOB>');
    expect(itemText(update, 'rotate-credentials')).toContain('<@UALICE>');
    const res = await t.slack.slashCommand({ text: 'status', user_id: 'UALICE', channel_id: channelId });
    expect(String((await sim.waitForResponse(res.responseUrlId)).body.text)).toMatch(/Checklist: 2 of \d+ done/);
  });
});
