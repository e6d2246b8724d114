import { jurisdictionName } from '../../src/domain/regulations/jurisdiction-names';
import { DECLARE_BLOCKS, DECLARE_SHORTCUT_CALLBACK_ID } from '../../src/slack/messages/declare-modal';
import { FACTS_FORM_BLOCKS } from '../../src/slack/messages/facts-form';
import { DeadlineStore } from '../../src/store/deadline-store';
import { RedisKeys } from '../../src/store/keys';
import { expectDrained } from '../support/expect-drained';
import { mrCooper } from '../support/mr-cooper';
import { checkBlocks, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { useTestBot } from './test-bot';

/**
 * Issue 12's "done when", as one person would live it: someone who has read only `/incident help` declares a
 * breach from the Declare breach shortcut (a field error first), enters the Mr. Cooper facts in the facts form
 * opened from the header's Edit facts (places pasted as "California 1,749,623" lines, one of them ambiguous
 * first), changes the severity and the status from the header's forms, looks at the Home tab, closes with a
 * reason and reopens. Bolt's real HTTP receiver with signed requests, real Redis and BullMQ, the simulator
 * refusing what Slack refuses; every Slack call of the journey is accepted.
 */
const { prefix, redis, sim, t } = useTestBot({ name: 'test-journey', env: { REMINDER_WORKER: 'off' } });
const deadlines = new DeadlineStore(redis, new RedisKeys(prefix));

type View = { id: string; callback_id: string; private_metadata: string; blocks: Record<string, unknown>[] };
type Values = Record<string, Record<string, Record<string, unknown>>>;
type Button = { type: string; action_id: string; value: string };
type Option = { text: { text: string }; value: string };

let triggers = 0;
const trigger = () => `${Date.now()}.${++triggers}.journey`;

async function openedOn(trigger_id: string): Promise<View> {
  const call = await sim.waitForCall('views.open', (c) => c.args.trigger_id === trigger_id);
  expect(call.response.ok).toBe(true);
  const view = call.response.view as View;
  expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });
  return view;
}

/** What Slack submits for a form left as it was opened: each input's initial value, in Slack's state shape. */
function asFilled(view: View): Values {
  const values: Values = {};
  for (const b of view.blocks.filter((b) => b.type === 'input')) {
    const e = b.element as Record<string, unknown>;
    const value =
      e.type === 'multi_static_select'
        ? { type: e.type, selected_options: e.initial_options ?? [] }
        : e.type === 'radio_buttons' || e.type === 'static_select'
          ? { type: e.type, selected_option: e.initial_option ?? null }
          : e.type === 'datetimepicker'
            ? { type: e.type, selected_date_time: e.initial_date_time ?? null }
            : e.type === 'checkboxes'
              ? { type: e.type, selected_options: e.initial_options ?? [] }
              : e.type === 'multi_users_select'
                ? { type: e.type, selected_users: e.initial_users ?? [] }
                : { type: e.type, value: e.initial_value ?? null };
    values[String(b.block_id)] = { value };
  }
  return values;
}

/** The options of a multi-select in the view whose values are among `wanted`, as Slack submits them. */
function pick(view: View, blockId: string, wanted: string[]): Option[] {
  const element = view.blocks.find((b) => b.block_id === blockId)?.element as {
    options?: Option[];
    option_groups?: { options: Option[] }[];
  };
  const options = element.options ?? element.option_groups?.flatMap((g) => g.options) ?? [];
  const chosen = options.filter((o) => wanted.includes(o.value));
  expect(chosen.map((o) => o.value).sort()).toEqual([...wanted].sort());
  return chosen;
}

test('help → declare → Mr. Cooper facts → severity → contained → Home → close with a reason → reopen', async () => {
  // 1. All the person reads: `/incident help`. It says how to declare, enter facts and change severity.
  const help = await t.slack.slashCommand({ text: 'help', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
  expect(help.status).toBe(200);
  await expectDrained(t.bot.inFlight);
  const helpText = [
    ...(help.body ? [String((help.json as { text?: string } | undefined)?.text ?? help.body)] : []),
    ...sim.responses(help.responseUrlId).map((r) => String(r.body.text ?? '')),
  ].join('\n');
  expect(helpText).toContain('/incident open <title>');
  expect(helpText).toMatch(/without a title, a form/);
  expect(helpText).toContain('`/incident facts` — a form');
  expect(helpText).toContain('/incident severity sev1|sev2|sev3|sev4');

  // 2. Declare breach (the global shortcut): a title forgotten is said on its field; then declared.
  const shortcutTrigger = trigger();
  const shortcut = await t.slack.globalShortcut({
    callback_id: DECLARE_SHORTCUT_CALLBACK_ID,
    user_id: 'UALICE',
    trigger_id: shortcutTrigger,
  });
  expect(shortcut.status).toBe(200);
  const declare = await openedOn(shortcutTrigger);
  // Discovered 80 hours ago: NYDFS's 72 hours will be over once the facts say a cybersecurity incident.
  const discovered = Math.floor((Date.now() - 80 * 3600_000) / 1000);
  const declareValues = (title: string): Values => ({
    ...asFilled(declare),
    [DECLARE_BLOCKS.title]: { value: { type: 'plain_text_input', value: title } },
    [DECLARE_BLOCKS.severity]: { value: { type: 'static_select', selected_option: { value: 'sev2' } } },
    [DECLARE_BLOCKS.discovered]: { value: { type: 'datetimepicker', selected_date_time: discovered } },
  });
  const empty = await t.slack.viewSubmission({ user_id: 'UALICE', view: declare, values: declareValues('  ') });
  const emptyBody = empty.json as { response_action: string; errors: Record<string, string> };
  expect(emptyBody.response_action).toBe('errors');
  expect(Object.keys(emptyBody.errors)).toEqual([DECLARE_BLOCKS.title]);
  expect(sim.calls('conversations.create')).toEqual([]);

  const declared = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view: declare,
    values: declareValues('Mortgage servicer breach'),
  });
  expect((declared.json as { response_action: string }).response_action).toBe('update');
  const dm = await sim.waitForCall('chat.postMessage', (c) => c.args.channel === 'UALICE');
  const channelId = /<#(\w+)>/.exec(String(dm.args.text))?.[1] ?? '';
  await expectDrained(t.bot.inFlight);
  let incident = (await t.bot.ctx.incidents.getByChannel(channelId))!;
  expect(incident).toMatchObject({ title: 'Mortgage servicer breach', severity: 'sev2', openedBy: 'UALICE' });
  const header = () => sim.message(channelId, incident.headerMessageTs ?? '')!;
  const headerButtons = () =>
    (header().blocks as { type: string; elements?: Button[] }[]).flatMap((b) =>
      b.type === 'actions' ? (b.elements ?? []) : [],
    );
  const press = async (action_id: string) => {
    const button = headerButtons().find((b) => b.action_id === action_id);
    if (!button) throw new Error(`no ${action_id} on the header`);
    const trigger_id = trigger();
    const res = await t.slack.blockAction({
      user_id: 'UALICE',
      channel_id: channelId,
      message: { ts: incident.headerMessageTs ?? '', blocks: header().blocks },
      actions: [{ action_id, value: button.value, type: 'button' }],
      trigger_id,
    });
    expect(res.status).toBe(200);
    return openedOn(trigger_id);
  };

  // 3. Edit facts on the header: the places pasted as lines by name, the data and entity types picked.
  const facts = await press('facts_form_open');
  const places = Object.entries(mrCooper.affected).map(
    ([code, n]) => `${jurisdictionName(code)} ${n.toLocaleString('en-US')}`,
  );
  expect(places).toContain('California 1,749,623');
  const factsValues = (lines: string[]): Values => ({
    ...asFilled(facts),
    [FACTS_FORM_BLOCKS.dataTypes]: {
      value: {
        type: 'multi_static_select',
        selected_options: pick(facts, FACTS_FORM_BLOCKS.dataTypes, mrCooper.dataTypes),
      },
    },
    [FACTS_FORM_BLOCKS.entityTypes]: {
      value: {
        type: 'multi_static_select',
        selected_options: pick(facts, FACTS_FORM_BLOCKS.entityTypes, mrCooper.entityTypes),
      },
    },
    [FACTS_FORM_BLOCKS.affected]: { value: { type: 'plain_text_input', value: lines.join('\n') } },
    [FACTS_FORM_BLOCKS.encrypted]: { value: { type: 'radio_buttons', selected_option: { value: 'no' } } },
    ...Object.fromEntries(
      Object.entries(mrCooper.judgments).map(([name, yes]) => [
        `judgment_${name}`,
        { value: { type: 'radio_buttons', selected_option: { value: yes ? 'yes' : 'no' } } },
      ]),
    ),
  });
  // "Georgia" is a US state and a country: the line is named, with both readings; nothing is stored.
  const ambiguous = await t.slack.viewSubmission({ user_id: 'UALICE', view: facts, values: factsValues(places) });
  const ambiguousBody = ambiguous.json as { response_action: string; errors: Record<string, string> };
  expect(ambiguousBody.response_action).toBe('errors');
  expect(ambiguousBody.errors[FACTS_FORM_BLOCKS.affected]).toMatch(/`Georgia 474,024`.*US-GA/);
  expect((await deadlines.get(incident.id))?.facts.affected ?? {}).toEqual({});

  const since = sim.mark();
  const saved = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view: facts,
    values: factsValues(places.map((l) => l.replace(/^Georgia /, 'US-GA '))),
  });
  expect(saved.status).toBe(200);
  expect(saved.body).toBe('');
  await expectDrained(t.bot.inFlight);
  const stored = await deadlines.get(incident.id);
  expect(stored?.facts.affected).toEqual(mrCooper.affected);
  expect([...(stored?.facts.dataTypes ?? [])].sort()).toEqual([...mrCooper.dataTypes].sort());
  expect(stored?.facts.judgments).toEqual(mrCooper.judgments);
  expect(stored?.obligations.some((o) => o.regime === 'us-ca')).toBe(true);
  // The channel is told, and the register shows the obligations.
  const told = sim.calls('chat.postMessage').filter((c) => c.seq > since && c.args.channel === channelId);
  expect(JSON.stringify(told.map((c) => c.args.blocks))).toContain('<@UALICE> updated the facts');
  incident = (await t.bot.ctx.incidents.get(incident.id))!;
  const register = sim.message(channelId, incident.registerMessageTs ?? '');
  expect(JSON.stringify(register?.blocks)).toMatch(/\d+ notices in all/);
  expect(JSON.stringify(register?.blocks)).toContain('overdue');

  // 4. Change severity from the header: SEV2 → SEV1, header and topic follow.
  const severity = await press('incident_header_severity');
  const raised = await t.slack.viewSubmission({
    user_id: 'UALICE',
    view: severity,
    values: { severity: { value: { type: 'radio_buttons', selected_option: { value: 'sev1' } } } },
  });
  expect(raised.body).toBe('');
  await expectDrained(t.bot.inFlight);
  expect((await t.bot.ctx.incidents.get(incident.id))?.severity).toBe('sev1');
  expect(JSON.stringify(header().blocks)).toContain('SEV1');
  expect(sim.calls('conversations.setTopic').at(-1)?.args.topic).toBe('SEV1 · Mortgage servicer breach');

  // 5. Set status from the header: contained.
  const status = await press('incident_header_status');
  await t.slack.viewSubmission({
    user_id: 'UALICE',
    view: status,
    values: {
      status: { value: { type: 'radio_buttons', selected_option: { value: 'contained' } } },
      reason: { value: { type: 'plain_text_input', value: null } },
    },
  });
  await expectDrained(t.bot.inFlight);
  expect((await t.bot.ctx.incidents.get(incident.id))?.phase).toBe('contained');
  expect(JSON.stringify(header().blocks)).toContain('Contained');

  // 6. The Home tab: the incident with its status, next clock and overdue count.
  const homeSince = sim.mark();
  await t.slack.appHomeOpened({ user_id: 'UALICE' });
  const home = await sim.waitForCall('views.publish', (c) => c.seq > homeSince && c.args.user_id === 'UALICE');
  expect(home.response.ok).toBe(true);
  const homeText = JSON.stringify((home.response.view as { blocks: unknown[] }).blocks);
  expect(homeText).toContain(incident.id);
  expect(homeText).toMatch(
    /SEV1 · open · Contained · next clock <!date\^\d+\^[^|]+\|[^>]+> [^·]+ · :rotating_light: \*\d+ overdue\*/,
  );

  // 7. Close with a reason: notices are open, so the commander confirms over the list.
  const close = await t.slack.slashCommand({
    text: 'close Servicing systems rebuilt; notices handled by counsel',
    user_id: 'UALICE',
    channel_id: channelId,
  });
  await expectDrained(t.bot.inFlight);
  const question = sim.responses(close.responseUrlId).at(-1)?.body as { text: string; blocks: unknown[] };
  expect(question.text).toContain('Close anyway?');
  const confirm = (question.blocks as { type: string; elements?: Button[] }[])
    .flatMap((b) => b.elements ?? [])
    .find((b) => b.action_id === 'incident_close_confirm');
  if (!confirm) throw new Error('no confirm button');
  const confirmed = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channelId,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: confirm.action_id, value: confirm.value, type: 'button' }],
  });
  expect(String((await sim.waitForResponse(confirmed.responseUrlId)).body.text)).toContain('is closed');
  await expectDrained(t.bot.inFlight);
  expect(await t.bot.ctx.incidents.get(incident.id)).toMatchObject({
    status: 'closed',
    closeReason: 'Servicing systems rebuilt; notices handled by counsel',
  });
  expect(headerButtons()).toEqual([]);

  // 8. Reopen: open again, investigating, the header's controls back.
  const reopen = await t.slack.slashCommand({
    text: 'reopen A second file share was found',
    user_id: 'UALICE',
    channel_id: channelId,
  });
  expect(reopen.status).toBe(200);
  await expectDrained(t.bot.inFlight);
  expect(await t.bot.ctx.incidents.get(incident.id)).toMatchObject({ status: 'open', phase: 'investigating' });
  expect(headerButtons().map((b) => b.action_id)).toContain('incident_header_severity');

  // Nothing Slack refused, anywhere in the journey: Web API calls, and the answers on response_urls (help among
  // them) within the limits the simulator holds them to.
  expect(sim.calls().filter((c) => !c.response.ok)).toEqual([]);
  expect(sim.responses().filter((r) => r.status !== 200)).toEqual([]);
});
