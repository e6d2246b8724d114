import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { mrCooperFactsCommand } from '../support/mr-cooper';
import { checkBlocks, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, runCommand, useTestBot } from './test-bot';

/**
 * The facts form through the real app (Bolt's HTTP receiver, signed requests, real Redis) against the
 * simulator: `/incident facts` alone opens it (views.open with the command's trigger_id) filled with the
 * stored facts; a bad line comes back on its field and nothing is stored; a good submission stores the facts,
 * recomputes the obligations, updates the register and tells the channel what changed; a form opened before
 * someone else's change is refused rather than overwriting it; "Edit facts" on the register opens it; a
 * non-member gets no form; `/incident facts show` prints the command that recreates the facts.
 */

const { prefix, redis, sim, t } = useTestBot({
  name: 'test-facts-form',
  env: { REMINDER_WORKER: 'off' },
  log: capturingLog(),
});
const deadlines = new DeadlineStore(redis, new RedisKeys(prefix));
let channelId = '';
let incidentId = '';
let registerTs = '';

type View = { id: string; private_metadata: string; callback_id: string; blocks: Record<string, unknown>[] };
type Values = Record<string, Record<string, Record<string, unknown>>>;

const command = (text: string, user = 'UALICE', channel = channelId, trigger_id?: string) =>
  runCommand(t, { text, user_id: user, channel_id: channel, ...(trigger_id ? { trigger_id } : {}) });

const answers = (id: string) => sim.responses(id).map((r) => String(r.body.text ?? ''));
const refused = (since = 0) => sim.calls().filter((c) => c.seq > since && c.response.ok === false);
const stored = async () => deadlines.get(incidentId);

/** What Slack submits for the form as it was opened: each element's initial value, in Slack's state shape. */
function asFilled(view: View): Values {
  const values: Values = {};
  for (const b of view.blocks.filter((b) => b.type === 'input')) {
    const e = b.element as Record<string, unknown>;
    const value =
      e.type === 'multi_static_select'
        ? { type: e.type, selected_options: e.initial_options ?? [] }
        : e.type === 'radio_buttons'
          ? { type: e.type, selected_option: e.initial_option ?? null }
          : e.type === 'datetimepicker'
            ? { type: e.type, selected_date_time: e.initial_date_time ?? null }
            : { type: e.type, value: e.initial_value ?? null };
    values[String(b.block_id)] = { value };
  }
  return values;
}

const lines = (text: string) => ({ affected: { value: { type: 'plain_text_input', value: text } } });
const judgment = (name: string, choice: string) => ({
  [`judgment_${name}`]: { value: { type: 'radio_buttons', selected_option: { value: choice } } },
});

async function openForm(trigger: string): Promise<View> {
  const since = sim.mark();
  await command('facts', 'UALICE', channelId, trigger);
  const opened = sim.calls('views.open').find((c) => c.seq > since);
  expect(opened?.args.trigger_id).toBe(trigger);
  expect(opened?.response.ok).toBe(true);
  return opened?.response.view as View;
}

test('open, then the Mr. Cooper facts by command', async () => {
  const openId = await command(
    'open Mortgage servicer breach --severity sev1 --discovered 2023-10-31T13:00:00Z',
    'UALICE',
    GENERAL_CHANNEL_ID,
  );
  const opened = await sim.waitForResponse(openId);
  channelId = /<#(\w+)>/.exec(String(opened.body.text))?.[1] ?? '';
  incidentId = /\*(INC-[\w-]+)\*/.exec(String(opened.body.text))?.[1] ?? '';
  const header = sim.calls('chat.postMessage').find((c) => c.args.channel === channelId);
  expect(JSON.stringify(header?.args.blocks)).toContain('"action_id":"facts_form_open"');
  await command(mrCooperFactsCommand);
  expect(Object.keys((await stored())?.facts.affected ?? {})).toHaveLength(54);
  const register = sim
    .calls('chat.postMessage')
    .find((c) => c.args.channel === channelId && JSON.stringify(c.args.blocks ?? '').includes('register-header'));
  registerTs = String(register?.response.ts);
  expect(registerTs).not.toBe('undefined');
});

test('/incident facts alone opens the form with the command’s trigger_id, filled with the stored facts', async () => {
  const view = await openForm('trigger-facts-1');
  expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });
  const text = JSON.stringify(view.blocks);
  expect(text).toContain('California 1,749,623');
  const affected = view.blocks.find((b) => b.block_id === 'affected')?.element as { initial_value: string };
  expect(affected.initial_value.split('\n')).toHaveLength(54);
  const risk = view.blocks.find((b) => b.block_id === 'judgment_riskOfHarm')?.element as Record<string, unknown>;
  expect(risk.initial_option).toMatchObject({ value: 'yes' });
  expect(JSON.parse(view.private_metadata)).toMatchObject({ incidentId, channelId });
});

test('a bad line comes back on its field, naming it, and nothing is stored', async () => {
  const view = await openForm('trigger-facts-2');
  const before = await stored();
  const since = sim.mark();
  const res = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view,
    values: { ...asFilled(view), ...lines('California 1,749,623\nUS-TX 1200\nCA 1200\nGermany 40') },
  });
  expect(res.status).toBe(200);
  const body = JSON.parse(String(res.body));
  expect(body.response_action).toBe('errors');
  expect(body.errors.affected).toContain('line 3 `CA 1200`: did you mean US-CA (California) or CA (Canada)?');
  await t.bot.inFlight.drain(20_000);
  expect((await stored())?.version).toBe(before?.version);
  expect(sim.calls('chat.postMessage').filter((c) => c.seq > since)).toEqual([]);
});

test('a good submission stores the facts, recomputes the obligations, updates the register, tells the channel', async () => {
  const view = await openForm('trigger-facts-3');
  const before = await stored();
  expect(before?.obligations.some((o) => o.regime === 'gdpr')).toBe(false);
  const filled = asFilled(view);
  const kept = String(filled.affected?.value?.value)
    .split('\n')
    .filter((l) => !l.startsWith('Texas'));
  const since = sim.mark();
  const res = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view,
    values: {
      ...filled,
      ...lines([...kept, 'Germany 40'].join('\n')),
      ...judgment('gdprRisk', 'yes'),
      ...judgment('nydfsCybersecurityIncident', 'undecided'),
    },
  });
  expect(res.status).toBe(200);
  expect(String(res.body)).toBe('');
  await t.bot.inFlight.drain(20_000);
  const after = await stored();
  expect(after?.version).toBe((before?.version ?? 0) + 1);
  expect(after?.facts.affected.DE).toBe(40);
  expect(after?.facts.affected['US-TX']).toBeUndefined();
  expect(after?.facts.judgments).toEqual({ riskOfHarm: true, gdprRisk: true });
  expect(after?.obligations.some((o) => o.regime === 'gdpr' && o.current)).toBe(true);
  const post = sim.calls('chat.postMessage').find((c) => c.seq > since && c.args.channel === channelId);
  const posted = JSON.stringify(post?.args.blocks);
  expect(posted).toContain('<@UALICE> updated the facts');
  expect(posted).toContain('DE 40');
  expect(posted).toContain('US-TX 0 (was 1,289,783)');
  expect(posted).toContain('gdprRisk=yes');
  expect(posted).toContain('nydfsCybersecurityIncident=undecided');
  const registerUpdate = sim.calls('chat.update').find((c) => c.seq > since && c.args.ts === registerTs);
  expect(registerUpdate?.response.ok).toBe(true);
  expect(refused(since)).toEqual([]);
});

test('a form opened before someone else’s change is refused, naming why, and does not overwrite it', async () => {
  const view = await openForm('trigger-facts-4');
  await command('facts --affected Ohio 1');
  const before = await stored();
  const since = sim.mark();
  const res = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view,
    values: { ...asFilled(view), ...judgment('secMaterial', 'yes') },
  });
  const body = JSON.parse(String(res.body));
  expect(body).toMatchObject({ response_action: 'errors', errors: { data_types: expect.stringMatching(/changed/) } });
  await t.bot.inFlight.drain(20_000);
  expect((await stored())?.version).toBe(before?.version);
  expect((await stored())?.facts.affected['US-OH']).toBe(1);
  expect(sim.calls('chat.postMessage').filter((c) => c.seq > since)).toEqual([]);
});

test('"Edit facts" on the register opens the form with the click’s trigger_id', async () => {
  const since = sim.mark();
  const click = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channelId,
    message_ts: registerTs,
    actions: [{ action_id: 'facts_form_open', value: incidentId }],
    trigger_id: 'trigger-facts-register',
  });
  expect(click.status).toBe(200);
  await t.bot.inFlight.drain(20_000);
  const opened = sim.calls('views.open').find((c) => c.seq > since);
  expect(opened?.args.trigger_id).toBe('trigger-facts-register');
  expect(opened?.response.ok).toBe(true);
  expect(JSON.stringify((opened?.response.view as View | undefined)?.blocks)).toContain('Ohio 1');
});

test('a non-member of the incident channel gets no form, and is told why', async () => {
  const since = sim.mark();
  const id = await command('facts', 'UBOB', channelId, 'trigger-facts-bob');
  expect(answers(id).join(' ')).toContain(`Only members of the incident channel can act on ${incidentId}`);
  expect(sim.calls('views.open').filter((c) => c.seq > since)).toEqual([]);
  const click = await t.slack.blockAction({
    user_id: 'UBOB',
    channel_id: channelId,
    message_ts: registerTs,
    actions: [{ action_id: 'facts_form_open', value: incidentId }],
    trigger_id: 'trigger-facts-bob-2',
  });
  expect(click.status).toBe(200);
  await t.bot.inFlight.drain(20_000);
  expect(answers(click.responseUrlId ?? '').join(' ')).toContain('Only members of the incident channel');
  expect(sim.calls('views.open').filter((c) => c.seq > since)).toEqual([]);
});

test('a form submitted by someone outside the incident channel stores nothing', async () => {
  const view = await openForm('trigger-facts-5');
  const before = await stored();
  const since = sim.mark();
  const res = await t.slack.viewSubmission({
    user_id: 'UBOB',
    view,
    values: { ...asFilled(view), ...judgment('secMaterial', 'yes') },
  });
  expect(res.status).toBe(200);
  await t.bot.inFlight.drain(20_000);
  expect((await stored())?.version).toBe(before?.version);
  expect((await stored())?.facts.judgments.secMaterial).toBeUndefined();
  // Nothing in the channel; the refusal reaches Bob by direct message, as no ephemeral can reach him there.
  const posts = sim.calls('chat.postMessage').filter((c) => c.seq > since);
  expect(posts.map((c) => c.args.channel)).toEqual(['UBOB']);
  expect(String(posts[0]?.args.text)).toContain('Only members of the incident channel');
});

test('/incident facts show prints the command that recreates the facts, to the person only', async () => {
  const id = await command('facts show');
  const [reply] = sim.responses(id);
  expect(reply?.body.response_type).toBe('ephemeral');
  expect(checkBlocks(reply?.body.blocks, 'message')).toEqual({ ok: true });
  const code = JSON.stringify(reply?.body.blocks);
  expect(code).toContain('/incident facts --discovered 2023-10-31T13:00:00Z');
  expect(code).toContain('US-CA=1749623');
  expect(code).toContain('--judgment riskOfHarm=yes,gdprRisk=yes');
});

test('a closed incident opens no form and says why; facts show still prints its facts', async () => {
  const incidents = new IncidentStore(redis, new RedisKeys(prefix));
  await incidents.update(incidentId, (i) => ({ ...i, status: 'closed', closedAt: new Date().toISOString() }));
  const since = sim.mark();
  const id = await command('facts', 'UALICE', channelId, 'trigger-facts-closed');
  expect(answers(id).join(' ')).toContain(`${incidentId} is closed; facts can no longer be recorded`);
  expect(sim.calls('views.open').filter((c) => c.seq > since)).toEqual([]);
  const shown = await command('facts show');
  expect(JSON.stringify(sim.responses(shown)[0]?.body.blocks)).toContain('US-CA=1749623');
});
