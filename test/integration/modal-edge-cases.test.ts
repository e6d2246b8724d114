import type { Incident } from '../../src/domain/incidents/incident';
import { DECLARE_BLOCKS, DECLARE_SHORTCUT_CALLBACK_ID } from '../../src/slack/messages/declare-modal';
import { FACTS_FORM_BLOCKS } from '../../src/slack/messages/facts-form';
import { expectDrained } from '../support/expect-drained';
import { useTestBot } from './test-bot';

/**
 * Issue 12's forms as a careless or hostile sender would try them, through Bolt's receiver with signed
 * requests and the simulator: a form submitted by someone outside the incident channel, a form whose
 * private_metadata names another incident than its channel's, Slack delivering the same submission twice,
 * and the words people type (curly quotes, dashes, `<!channel>`, bidirectional controls) in the declare and
 * rename forms.
 */
const { sim, t } = useTestBot({ name: 'test-modal-edges', env: { REMINDER_WORKER: 'off' } });

type View = { id: string; callback_id: string; private_metadata: string; blocks: Record<string, unknown>[] };
type Values = Record<string, Record<string, Record<string, unknown>>>;

let triggers = 0;
const trigger = () => `${Date.now()}.${++triggers}.edges`;

async function openedOn(trigger_id: string): Promise<View> {
  const call = await sim.waitForCall('views.open', (c) => c.args.trigger_id === trigger_id);
  expect(call.response.ok).toBe(true);
  return call.response.view as View;
}

/** Declared through the Declare breach shortcut by `user`: the stored incident, once the open has finished. */
async function declare(title: string, user: string): Promise<Incident> {
  const trigger_id = trigger();
  await t.slack.globalShortcut({ callback_id: DECLARE_SHORTCUT_CALLBACK_ID, user_id: user, trigger_id });
  const view = await openedOn(trigger_id);
  const since = sim.mark();
  const res = await t.slack.viewSubmission({
    user_id: user,
    view,
    values: {
      [DECLARE_BLOCKS.title]: { value: { type: 'plain_text_input', value: title } },
      [DECLARE_BLOCKS.severity]: { value: { type: 'static_select', selected_option: { value: 'sev2' } } },
      [DECLARE_BLOCKS.discovered]: {
        value: { type: 'datetimepicker', selected_date_time: Math.floor(Date.now() / 1000) - 600 },
      },
    },
  });
  expect((res.json as { response_action: string }).response_action).toBe('update');
  const create = await sim.waitForCall('conversations.create', (c) => c.seq > since && c.response.ok === true);
  await sim.waitForCall('chat.postMessage', (c) => c.seq > since && c.args.channel === user);
  await expectDrained(t.bot.inFlight);
  const incident = await t.bot.ctx.incidents.getByChannel((create.response.channel as { id: string }).id);
  if (!incident) throw new Error('no incident stored');
  return incident;
}

/** A header button pressed by `user`: the form it opened, or null (and what the person was told). */
async function press(incident: Incident, user: string, action_id: string, value: string) {
  const trigger_id = trigger();
  const since = sim.mark();
  const res = await t.slack.blockAction({
    user_id: user,
    channel_id: incident.channelId,
    message: {
      ts: incident.headerMessageTs ?? '',
      blocks: sim.message(incident.channelId, incident.headerMessageTs ?? '')?.blocks ?? [],
    },
    actions: [{ action_id, value, type: 'button' }],
    trigger_id,
  });
  expect(res.status).toBe(200);
  await expectDrained(t.bot.inFlight);
  const opened = sim.calls('views.open').find((c) => c.seq > since);
  return {
    view: (opened?.response.view as View | undefined) ?? null,
    told: sim.responses(res.responseUrlId).map((r) => String(r.body.text ?? '')),
  };
}

const headerValue = (incident: Incident) => JSON.stringify({ incidentId: incident.id });
const titleValues = (title: string): Values => ({ title: { value: { type: 'plain_text_input', value: title } } });
const stored = async (incident: Incident) => (await t.bot.ctx.incidents.get(incident.id))!;

let alices: Incident;
let bobs: Incident;

test('two incidents declared from the shortcut, by Alice and by Bob', async () => {
  alices = await declare('Payroll export leaked', 'UALICE');
  bobs = await declare('Lost laptop', 'UBOB');
  expect(alices.channelId).not.toBe(bobs.channelId);
});

test('what people type in the declare and rename forms is kept as typed, shown inert, stripped of bidi controls', async () => {
  const incident = await declare('“Vendor” — payroll <!channel> \u202Eexe.pdf', 'UCAROL');
  expect(incident.title).toBe('“Vendor” — payroll <!channel> exe.pdf');
  const topic = sim.calls('conversations.setTopic').find((c) => c.args.channel === incident.channelId);
  expect(topic?.args.topic).toBe('SEV2 · “Vendor” — payroll &lt;!channel&gt; exe.pdf');

  const { view } = await press(incident, 'UCAROL', 'incident_header_rename', headerValue(incident));
  if (!view) throw new Error('no rename form');
  const since = sim.mark();
  const res = await t.slack.viewSubmission({
    user_id: 'UCAROL',
    view,
    values: titleValues('‘Payroll’ – export <!here> <@UBOB> \u2066x\u2069'),
  });
  expect(res.body).toBe('');
  await expectDrained(t.bot.inFlight);
  expect((await stored(incident)).title).toBe('‘Payroll’ – export <!here> <@UBOB> x');
  const said = sim
    .calls('chat.postMessage')
    .filter((c) => c.seq > since && c.args.channel === incident.channelId)
    .map((c) => String(c.args.text));
  expect(said.join('\n')).toContain('&lt;!here&gt; &lt;@UBOB&gt;');
  expect(said.join('\n')).not.toMatch(/<!here>|<@UBOB>/);
});

test('a non-member pressing the header’s buttons gets no form and is told why; nothing changes', async () => {
  for (const action of ['incident_header_severity', 'incident_header_rename', 'incident_header_status']) {
    const { view, told } = await press(alices, 'UCAROL', action, headerValue(alices));
    expect(view).toBeNull();
    expect(told).toEqual([`Only members of the incident channel can act on ${alices.id}.`]);
  }
  const facts = await press(alices, 'UCAROL', 'facts_form_open', alices.id);
  expect(facts.view).toBeNull();
  expect(facts.told.join(' ')).toContain('Only members of the incident channel');
  expect(await stored(alices)).toEqual(alices);
});

test('a form submitted by someone outside the channel changes nothing, and they are told (by DM: no ephemeral reaches them)', async () => {
  const { view } = await press(alices, 'UALICE', 'incident_header_rename', headerValue(alices));
  if (!view) throw new Error('no rename form');
  const since = sim.mark();
  const res = await t.slack.viewSubmission({ user_id: 'UCAROL', view, values: titleValues('Hijacked') });
  expect(res.status).toBe(200);
  await expectDrained(t.bot.inFlight);
  expect((await stored(alices)).title).toBe('Payroll export leaked');
  const dm = sim.calls('chat.postMessage').find((c) => c.seq > since && c.args.channel === 'UCAROL');
  expect(String(dm?.args.text)).toContain(`Only members of the incident channel can act on ${alices.id}`);
  expect(dm?.response.ok).toBe(true);
});

test('a form whose private_metadata names another incident than its channel’s is refused on the field', async () => {
  const { view } = await press(alices, 'UALICE', 'incident_header_rename', headerValue(alices));
  if (!view) throw new Error('no rename form');
  for (const metadata of [
    JSON.stringify({ incidentId: bobs.id, channelId: alices.channelId }),
    JSON.stringify({ incidentId: alices.id, channelId: bobs.channelId }),
    '{"incidentId":"INC-1"}',
    'not json',
  ]) {
    const since = sim.mark();
    const res = await t.slack.viewSubmission({
      user_id: 'UALICE',
      view: { ...view, private_metadata: metadata },
      values: titleValues('Renamed through a forged form'),
    });
    expect(res.json).toEqual({
      response_action: 'errors',
      errors: { title: 'This form could not be read; close it and try again.' },
    });
    await expectDrained(t.bot.inFlight);
    expect(sim.calls().filter((c) => c.seq > since)).toEqual([]);
  }
  expect((await stored(alices)).title).toBe('Payroll export leaked');
  expect((await stored(bobs)).title).toBe('Lost laptop');
});

/** The facts form as it was filled, with the lines of people affected replaced. */
function affected(view: View, lines: string): Values {
  const values: Values = {};
  for (const b of view.blocks.filter((b) => b.type === 'input')) {
    const e = b.element as Record<string, unknown>;
    values[String(b.block_id)] = {
      value:
        e.type === 'multi_static_select'
          ? { type: e.type, selected_options: e.initial_options ?? [] }
          : e.type === 'radio_buttons'
            ? { type: e.type, selected_option: e.initial_option ?? null }
            : e.type === 'datetimepicker'
              ? { type: e.type, selected_date_time: e.initial_date_time ?? null }
              : { type: e.type, value: e.initial_value ?? null },
    };
  }
  values[FACTS_FORM_BLOCKS.affected] = { value: { type: 'plain_text_input', value: lines } };
  return values;
}

describe('Slack delivering the same submission twice', () => {
  const factsChanges = async (incident: Incident) =>
    (await t.bot.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'facts_changed');

  test('the facts form saved, then delivered again: stored once, and the second is not "someone changed the facts"', async () => {
    const { view } = await press(alices, 'UALICE', 'facts_form_open', alices.id);
    if (!view) throw new Error('no facts form');
    const values = affected(view, 'California – 1,200\nTexas 40');
    const since = sim.mark();
    const first = await t.slack.viewSubmission({ user_id: 'UALICE', view, values });
    expect(first.body).toBe('');
    await expectDrained(t.bot.inFlight);
    const again = await t.slack.viewSubmission({ user_id: 'UALICE', view, values });
    expect(again.status).toBe(200);
    expect(again.body).toBe('');
    await expectDrained(t.bot.inFlight);
    expect(await factsChanges(alices)).toHaveLength(1);
    expect((await t.bot.ctx.deadlines.get(alices.id))?.facts.affected).toEqual({ 'US-CA': 1200, 'US-TX': 40 });
    const posts = sim.calls('chat.postMessage').filter((c) => c.seq > since && c.args.channel === alices.channelId);
    expect(posts.filter((c) => JSON.stringify(c.args.blocks ?? '').includes('updated the facts'))).toHaveLength(1);
    const privately = sim
      .calls('chat.postEphemeral')
      .filter((c) => c.seq > since)
      .map((c) => String(c.args.text));
    expect(privately.join(' ')).not.toMatch(/changed while your form was open/);
  });

  test('the facts form submitted twice at once: stored once, nobody told their own change was someone else’s', async () => {
    const { view } = await press(alices, 'UALICE', 'facts_form_open', alices.id);
    if (!view) throw new Error('no facts form');
    const values = affected(view, 'California 1,200\nTexas 40\nOhio 7');
    const since = sim.mark();
    const answers = await Promise.all([
      t.slack.viewSubmission({ user_id: 'UALICE', view, values }),
      t.slack.viewSubmission({ user_id: 'UALICE', view, values }),
    ]);
    expect(answers.map((a) => a.body)).toEqual(['', '']);
    await expectDrained(t.bot.inFlight);
    expect(await factsChanges(alices)).toHaveLength(2);
    expect((await t.bot.ctx.deadlines.get(alices.id))?.facts.affected['US-OH']).toBe(7);
    const privately = sim
      .calls('chat.postEphemeral')
      .filter((c) => c.seq > since)
      .map((c) => String(c.args.text));
    expect(privately.join(' ')).not.toMatch(/changed while your form was open/);
  });

  test('a form opened before someone else’s different change is still refused, not overwriting it', async () => {
    const { view } = await press(alices, 'UALICE', 'facts_form_open', alices.id);
    if (!view) throw new Error('no facts form');
    await t.slack.slashCommand({ text: 'facts --affected Iowa 3', user_id: 'UALICE', channel_id: alices.channelId });
    await expectDrained(t.bot.inFlight);
    const res = await t.slack.viewSubmission({
      user_id: 'UALICE',
      view,
      values: affected(view, 'California 1,200\nTexas 40\nOhio 9'),
    });
    expect(JSON.stringify(res.json)).toContain('Someone changed the facts while this form was open');
    expect((await t.bot.ctx.deadlines.get(alices.id))?.facts.affected).toMatchObject({ 'US-OH': 7, 'US-IA': 3 });
  });
});
