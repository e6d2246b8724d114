import { Queue } from 'bullmq';
import { HOME_QUEUE } from '../../jobs/home/runtime';
import { incidentOverview } from '../../src/domain/incidents/home-overview';
import { DECLARE_VIEW_CALLBACK_ID } from '../../src/slack/messages/declare-modal';
import { RedisKeys } from '../../src/store/keys';
import { type ApiCall, checkBlocks, DEFAULT_USERS, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, runCommand, useTestBot } from './test-bot';

/**
 * The bot's Home tab through the real app (Bolt's HTTP receiver, signed Events API deliveries, real Redis and
 * BullMQ) against the simulator: app_home_opened publishes each person's open incidents (those whose channel
 * they are in), the legal group sees every one, and a change to an incident's clocks re-publishes the Home of
 * the people who looked lately and would see it, once each.
 */
const LEGAL_GROUP = 'S0LEGAL';
const { prefix, redis, sim, t } = useTestBot({
  name: 'test-app-home',
  simulator: {
    users: [...DEFAULT_USERS, { id: 'UDANA', name: 'dana', real_name: 'Dana Diaz' }],
    userGroups: { [LEGAL_GROUP]: ['UDANA'] },
  },
  env: { REMINDER_WORKER: 'off', LEGAL_USERGROUP: LEGAL_GROUP },
  log: capturingLog(),
});
const opened: Record<'alice' | 'bob', { channelId: string; incidentId: string }> = {
  alice: { channelId: '', incidentId: '' },
  bob: { channelId: '', incidentId: '' },
};
const discovered = new Date(Date.now() - 80 * 3600_000).toISOString().slice(0, 16);

const command = (user: string, text: string, channel: string) =>
  runCommand(t, { text, user_id: user, channel_id: channel });

async function open(user: string, text: string) {
  const reply = await sim.waitForResponse(await command(user, text, GENERAL_CHANNEL_ID));
  return {
    channelId: /<#(\w+)>/.exec(String(reply.body.text))?.[1] ?? '',
    incidentId: /\*(INC-[\w-]+)\*/.exec(String(reply.body.text))?.[1] ?? '',
  };
}

/** Until the Home refresh queue has nothing waiting, delayed or running: every re-publish it owed is done. */
async function homeQueueSettled(): Promise<void> {
  const queue = new Queue(HOME_QUEUE, { connection: redis, prefix: new RedisKeys(prefix).bullPrefix() });
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'waiting-children');
      if (Object.values(counts).every((n) => n === 0)) return;
      if (Date.now() > deadline) throw new Error(`home queue still busy: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await queue.close();
  }
}

const publishesFor = (user: string, since: number) =>
  sim.calls('views.publish').filter((c) => c.seq > since && c.args.user_id === user);
const homeText = (call: ApiCall | undefined) => JSON.stringify((call?.response.view as { blocks?: unknown })?.blocks);

async function openHome(user: string): Promise<ApiCall> {
  const since = sim.mark();
  const res = await t.slack.appHomeOpened({ user_id: user });
  expect(res.status).toBe(200);
  const call = await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === user);
  expect(call.response.ok).toBe(true);
  expect(checkBlocks((call.response.view as { blocks?: unknown }).blocks, 'view')).toEqual({ ok: true });
  return call;
}

test('two incidents opened by two people', async () => {
  opened.alice = await open('UALICE', `open Payroll export leaked --regimes gdpr,us-ca --discovered ${discovered}Z`);
  opened.bob = await open('UBOB', 'open Lost laptop --severity sev3 --regimes us-tx');
  expect(opened.alice.incidentId).toMatch(/^INC-/);
  expect(opened.bob.incidentId).toMatch(/^INC-/);
});

test('app_home_opened publishes the Home of that person with only the incidents whose channel they are in', async () => {
  const call = await openHome('UALICE');
  const text = homeText(call);
  expect(text).toContain(opened.alice.incidentId);
  expect(text).not.toContain(opened.bob.incidentId);
  expect(text).toContain(`<#${opened.alice.channelId}>`);
  expect(text).toMatch(/SEV1 · open · /);
  expect(text).toContain('"action_id":"home_declare"');
  // GDPR's 72 hours from a discovery 80 hours ago are over.
  expect(text).toMatch(/:rotating_light: \*\d+ overdue\*/);
  // Membership from one users.conversations listing, not a members call per incident.
  const listing = sim.calls('users.conversations').filter((c) => c.args.user === 'UALICE');
  expect(listing.at(-1)?.response.ok).toBe(true);
  expect(String(listing.at(-1)?.args.types)).toBe('private_channel');
});

test('someone in no incident channel sees none, and is told so', async () => {
  const text = homeText(await openHome('UCAROL'));
  expect(text).not.toContain(opened.alice.incidentId);
  expect(text).not.toContain(opened.bob.incidentId);
  expect(text).toContain('You are not in any open incident’s channel');
});

test('a member of LEGAL_USERGROUP sees every open incident with its clocks', async () => {
  const text = homeText(await openHome('UDANA'));
  expect(text).toContain(opened.alice.incidentId);
  expect(text).toContain(opened.bob.incidentId);
  expect(text).toContain('You are in the legal group: 2 open incidents in all');
  expect(text).toMatch(/ • <!date\^\d+\^[^>]+> GDPR · :rotating_light: overdue/);
});

test('a notice given re-publishes the Home of the recent viewers who see that incident, and only theirs', async () => {
  await homeQueueSettled();
  const since = sim.mark();
  await command('UALICE', 'notified gdpr sent through the DPA portal', opened.alice.channelId);
  const alice = await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === 'UALICE');
  const dana = await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === 'UDANA');
  await homeQueueSettled();
  expect(alice.response.ok).toBe(true);
  expect(dana.response.ok).toBe(true);
  // GDPR was given: it is no longer a clock on either Home.
  expect(homeText(alice)).not.toMatch(/GDPR/);
  expect(homeText(dana)).not.toMatch(/GDPR/);
  expect(homeText(dana)).toContain(opened.bob.incidentId);
  // Carol looked lately but is not in that channel; Bob is in neither the channel nor the recent viewers.
  expect(publishesFor('UCAROL', since)).toEqual([]);
  expect(publishesFor('UBOB', since)).toEqual([]);
  expect(publishesFor('UALICE', since)).toHaveLength(1);
  expect(publishesFor('UDANA', since)).toHaveLength(1);
});

test('a facts change that recomputes many obligations re-publishes each recent viewer once', async () => {
  await homeQueueSettled();
  const since = sim.mark();
  await command(
    'UALICE',
    'facts --data ssn,name,financial_account --affected US-CA=1200,US-TX=800,US-NY=300,US-FL=50,Germany=40 --encrypted no',
    opened.alice.channelId,
  );
  await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === 'UALICE');
  await homeQueueSettled();
  expect(publishesFor('UALICE', since)).toHaveLength(1);
  expect(publishesFor('UDANA', since)).toHaveLength(1);
  expect(publishesFor('UCAROL', since)).toEqual([]);
  // What the Home says is what is stored now: the nearest clock, the overdue and undated counts.
  const call = publishesFor('UALICE', since)[0];
  const incident = await t.bot.ctx.incidents.get(opened.alice.incidentId);
  const records = (await t.bot.ctx.deadlines.get(opened.alice.incidentId))?.obligations ?? [];
  if (!incident || !call) throw new Error('no incident or no publish');
  const overview = incidentOverview(incident, records, new Date(call.at));
  expect(overview.undated + overview.clocks.length).toBeGreaterThan(5);
  const text = homeText(call);
  expect(text).toContain(`next clock <!date^${Math.floor(Date.parse(overview.next?.dueAt ?? '') / 1000)}^`);
  expect(text).toContain(overview.overdue ? `*${overview.overdue} overdue*` : '0 overdue');
  expect(text).toContain(`${overview.undated} notice${overview.undated === 1 ? '' : 's'} with no fixed due time`);
});

test('someone given a role (and so brought into the channel) gets the incident on their Home', async () => {
  await homeQueueSettled();
  const since = sim.mark();
  await command('UALICE', 'role scribe <@UCAROL|carol>', opened.alice.channelId);
  const carol = await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === 'UCAROL');
  await homeQueueSettled();
  expect(homeText(carol)).toContain(opened.alice.incidentId);
  expect(homeText(carol)).not.toContain(opened.bob.incidentId);
  expect(publishesFor('UCAROL', since)).toHaveLength(1);
});

test('a closed incident leaves the Homes it was on', async () => {
  await homeQueueSettled();
  const question = await sim.waitForResponse(await command('UBOB', 'close', opened.bob.channelId));
  const buttons = ((question.body.blocks ?? []) as { elements?: { action_id: string; value?: string }[] }[]).flatMap(
    (b) => b.elements ?? [],
  );
  const confirm = buttons.find((b) => b.action_id === 'incident_close_confirm');
  if (!confirm) throw new Error(`no close confirmation: ${JSON.stringify(question.body)}`);
  const since = sim.mark();
  const click = await t.slack.blockAction({
    user_id: 'UBOB',
    channel_id: opened.bob.channelId,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: confirm.action_id, value: confirm.value ?? '', type: 'button' }],
  });
  expect(click.status).toBe(200);
  const dana = await sim.waitForCall('views.publish', (c) => c.seq > since && c.args.user_id === 'UDANA');
  await homeQueueSettled();
  expect(homeText(dana)).not.toContain(opened.bob.incidentId);
  expect(homeText(dana)).toContain(opened.alice.incidentId);
  expect(homeText(dana)).toContain('You are in the legal group: 1 open incident in all');
  // Alice looked lately, but Bob's incident was never on her Home.
  expect(publishesFor('UALICE', since)).toEqual([]);
});

test('the Messages tab publishes nothing', async () => {
  const since = sim.mark();
  const res = await t.slack.appHomeOpened({ user_id: 'UALICE', tab: 'messages' });
  expect(res.status).toBe(200);
  await t.bot.inFlight.drain(5_000);
  expect(publishesFor('UALICE', since)).toEqual([]);
  expect(sim.calls().filter((c) => !c.response.ok)).toEqual([]);
});

test('"Declare breach" on the Home opens the declare form with the click’s trigger_id', async () => {
  const since = sim.mark();
  const home = (await openHome('UCAROL')).response.view as { id: string };
  const click = await t.slack.viewBlockAction({
    user_id: 'UCAROL',
    view: { id: home.id, type: 'home' },
    actions: [{ action_id: 'home_declare', type: 'button', value: 'home' }],
  });
  expect(click.status).toBe(200);
  const modal = await sim.waitForCall('views.open', (c) => c.seq > since);
  expect(modal.response.ok).toBe(true);
  expect(modal.args.trigger_id).toBe((click.sent.payload as { trigger_id: string }).trigger_id);
  expect((modal.args.view as { callback_id?: string }).callback_id).toBe(DECLARE_VIEW_CALLBACK_ID);
});
