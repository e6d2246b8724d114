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

type Section = { block_id?: string; text?: { text: string }; accessory?: { action_id: string; value: string } };

const button = (blocks: Section[], itemId: string) => blocks.find((b) => b.block_id === `item:${itemId}`)!.accessory!;
const itemText = (call: ApiCall, itemId: string) =>
  (call.args.blocks as Section[]).find((b) => b.block_id === `item:${itemId}`)?.text?.text ?? '';

async function press(user: string, itemId: string, blocks: Section[]) {
  const { action_id, value } = button(blocks, itemId);
  return t.slack.blockAction({
    user_id: user,
    channel_id: channelId,
    message_ts: checklistTs,
    actions: [{ action_id, value, type: 'button', block_id: `item:${itemId}` }],
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
    expect(itemText(update, 'isolate-systems')).toContain(':white_check_mark:');
    expect(itemText(update, 'isolate-systems')).toContain('<@UALICE>');
    expect(JSON.parse(button(update.args.blocks as Section[], 'isolate-systems').value).to).toBe('open');
    const states = await t.bot.ctx.incidents.getChecklist(incidentId);
    expect(states.get('isolate-systems')).toMatchObject({ done: true, by: 'UALICE' });
    await expectDrained(t.bot.inFlight);
    expect(sim.calls('chat.postMessage').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('a repeated delivery of the same click changes nothing and records once', async () => {
    const blocks = latestBlocks();
    const since = sim.mark();
    // Two deliveries of one click (the stale message still says "Tick"): the second is a no-op.
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
    expect(itemText(update, 'isolate-systems')).toContain(':white_large_square:');
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

  test('a button whose value was tampered with is refused', async () => {
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
