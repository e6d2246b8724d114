import { itemsForSeverity } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import { DECLARE_BLOCKS, DECLARE_SHORTCUT_CALLBACK_ID } from '../../src/slack/messages/declare-modal';
import { expectDrained } from '../support/expect-drained';
import type { SlackResponse } from '../support/slack-requests';
import { type ApiCall, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, useTestBot } from './test-bot';

/**
 * Issue 12, item 1: the declare modal end to end, through Bolt's real HTTP receiver with signed requests, real
 * Redis and the Slack simulator: the shortcut and `/incident open` without a title open it on their trigger,
 * its submission opens the incident exactly as the command does, and what the person can fix comes back on
 * the fields with nothing created.
 */
const log = capturingLog();
const { sim, t } = useTestBot({
  name: 'test-declare',
  beforeBoot: (sim) => {
    sim.seedUser({ id: 'UDAVE', name: 'dave', tz: 'Asia/Tokyo' });
    sim.seedUser({ id: 'UERIN', name: 'erin' });
    sim.seedUserGroup('SLEGAL', ['UERIN'], { handle: 'legal', name: 'Legal team' });
    sim.seedUserGroup('SPRIV', ['UCAROL'], { handle: 'privacy-office', name: 'Privacy' });
  },
  env: { INCIDENT_RESPONDERS: 'UBOB', REMINDER_WORKER: 'off' },
  log,
});

const template = CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)!;
const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');
const isChecklist = (c: ApiCall) => JSON.stringify(c.args.blocks ?? '').includes('checklist-progress');

type View = { id: string; callback_id: string; private_metadata: string; blocks: Record<string, unknown>[] };

/** The view the bot opened on that trigger. */
async function openedOn(triggerId: string): Promise<View> {
  const call = await sim.waitForCall('views.open', (c) => c.args.trigger_id === triggerId);
  expect(call.response.ok).toBe(true);
  return call.response.view as View;
}

function blockOf(view: View, blockId: string): Record<string, unknown> & { element: Record<string, unknown> } {
  const found = view.blocks.find((b) => b.block_id === blockId);
  if (!found) throw new Error(`no block ${blockId}`);
  return found as Record<string, unknown> & { element: Record<string, unknown> };
}

/** `state.values` as Slack sends them for the fields given (an optional input left empty: absent or null). */
function values(fields: {
  title?: string;
  severity?: string;
  discovered?: Date;
  drill?: boolean;
  speed?: string;
  regimes?: string[];
  users?: string[];
  groups?: string[];
}): Record<string, Record<string, unknown>> {
  const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  return {
    [DECLARE_BLOCKS.title]: { value: { type: 'plain_text_input', value: fields.title ?? null } },
    [DECLARE_BLOCKS.severity]: {
      value: { type: 'static_select', selected_option: option(fields.severity ?? 'sev1') },
    },
    [DECLARE_BLOCKS.discovered]: {
      value: {
        type: 'datetimepicker',
        selected_date_time: Math.floor((fields.discovered ?? new Date()).getTime() / 1000),
      },
    },
    [DECLARE_BLOCKS.drill]: {
      value: { type: 'checkboxes', selected_options: fields.drill ? [option('drill')] : [] },
    },
    [DECLARE_BLOCKS.speed]: { value: { type: 'number_input', value: fields.speed ?? null } },
    [DECLARE_BLOCKS.regimes]: {
      value: { type: 'multi_static_select', selected_options: (fields.regimes ?? []).map(option) },
    },
    [DECLARE_BLOCKS.responders]: { value: { type: 'multi_users_select', selected_users: fields.users ?? [] } },
    [DECLARE_BLOCKS.groups]: {
      value: { type: 'multi_external_select', selected_options: (fields.groups ?? []).map(option) },
    },
  };
}

async function shortcutModal(user = 'UALICE'): Promise<View> {
  const trigger = `${Date.now()}.1.${Math.random().toString(16).slice(2)}`;
  const res = await t.slack.globalShortcut({
    callback_id: DECLARE_SHORTCUT_CALLBACK_ID,
    user_id: user,
    trigger_id: trigger,
  });
  expect(res.status).toBe(200);
  return openedOn(trigger);
}

function submit(view: View, fields: Parameters<typeof values>[0], user = 'UALICE'): Promise<SlackResponse> {
  return t.slack.viewSubmission({ user_id: user, view, values: values(fields) });
}

/** The channel the open created after `since`, once its checklist is posted. */
async function openedChannel(since: number): Promise<string> {
  const create = await sim.waitForCall('conversations.create', (c) => c.seq > since && c.response.ok === true);
  const channelId = (create.response.channel as { id: string }).id;
  await sim.waitForCall('chat.postMessage', (c) => c.args.channel === channelId && isChecklist(c), { since });
  return channelId;
}

describe('declare modal', () => {
  test('the Declare breach shortcut opens the form on its trigger, in the person’s zone, with every field', async () => {
    const trigger = `${Date.now()}.1.abcdef`;
    const res = await t.slack.globalShortcut({
      callback_id: DECLARE_SHORTCUT_CALLBACK_ID,
      user_id: 'UDAVE',
      trigger_id: trigger,
    });
    // Acknowledged with an empty body at once; the modal opens on the same trigger.
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const view = await openedOn(trigger);
    expect(view.callback_id).toBe('declare_breach_submit');
    expect(view.blocks.map((b) => b.block_id)).toEqual(Object.values(DECLARE_BLOCKS));
    expect(blockOf(view, DECLARE_BLOCKS.title).element).toMatchObject({ type: 'plain_text_input', max_length: 200 });
    const severity = blockOf(view, DECLARE_BLOCKS.severity).element as { options: { description: { text: string } }[] };
    expect(severity.options).toHaveLength(4);
    expect(severity.options.every((o) => o.description.text.length > 0)).toBe(true);
    const discovered = blockOf(view, DECLARE_BLOCKS.discovered);
    expect(Math.abs((discovered.element.initial_date_time as number) * 1000 - Date.now())).toBeLessThan(60_000);
    expect(JSON.stringify(discovered.hint)).toContain('Asia/Tokyo');
    const regimes = blockOf(view, DECLARE_BLOCKS.regimes).element as {
      option_groups: { options: { text: { text: string }; value: string }[] }[];
    };
    const all = regimes.option_groups.flatMap((g) => g.options);
    expect(all.find((o) => o.value === 'us-ca')?.text.text).toBe('California (us-ca)');
    expect(blockOf(view, DECLARE_BLOCKS.groups).element.type).toBe('multi_external_select');
  });

  test('/incident open without a title opens the form, filled in with the flags typed', async () => {
    const trigger = `${Date.now()}.1.fedcba`;
    const res = await t.slack.slashCommand({
      text: 'open --severity sev3 --drill --speed 60 --regimes gdpr',
      user_id: 'UALICE',
      channel_id: GENERAL_CHANNEL_ID,
      trigger_id: trigger,
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const view = await openedOn(trigger);
    expect(blockOf(view, DECLARE_BLOCKS.severity).element.initial_option).toMatchObject({ value: 'sev3' });
    expect(blockOf(view, DECLARE_BLOCKS.drill).element.initial_options).toMatchObject([{ value: 'drill' }]);
    expect(blockOf(view, DECLARE_BLOCKS.speed).element.initial_value).toBe('60');
    expect(blockOf(view, DECLARE_BLOCKS.regimes).element.initial_options).toMatchObject([{ value: 'gdpr' }]);
    expect(JSON.parse(view.private_metadata)).toEqual({ responseUrl: res.responseUrl });
  });

  test('a form Slack will not open (the trigger expired) is said, with the command to type instead', async () => {
    sim.failNext('views.open', { error: 'expired_trigger_id' });
    const res = await t.slack.slashCommand({ text: 'open', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    const reply = await sim.waitForResponse(res.responseUrlId);
    expect(reply.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('could not be opened (Slack: expired_trigger_id)'),
    });
    expect(String(reply.body.text)).toContain('/incident open <title>');
  });

  test('the user-group field finds groups by handle or name as the person types', async () => {
    const view = await shortcutModal();
    const ask = (value: string) =>
      t.slack.blockSuggestion({ user_id: 'UALICE', view, block_id: DECLARE_BLOCKS.groups, action_id: 'value', value });
    const byHandle = await ask('@leg');
    expect(byHandle.status).toBe(200);
    expect(byHandle.json).toEqual({
      options: [{ text: { type: 'plain_text', text: '@legal (Legal team)', emoji: true }, value: 'SLEGAL' }],
    });
    const byName = (await ask('privacy')).json as { options: { value: string }[] };
    expect(byName.options.map((o) => o.value)).toEqual(['SPRIV']);
    const everything = (await ask('')).json as { options: { value: string }[] };
    expect(everything.options.map((o) => o.value)).toEqual(['SLEGAL', 'SPRIV']);
    // One list serves the typing: not a usergroups.list per keystroke.
    expect(sim.calls('usergroups.list')).toHaveLength(1);
  });

  test('submitting opens the incident as the command does and tells the person by direct message', async () => {
    const view = await shortcutModal();
    const since = sim.mark();
    const discovered = new Date(Date.now() - 3 * 3600_000);
    const res = await submit(view, {
      title: 'Payroll export on a public bucket',
      severity: 'sev2',
      discovered,
      regimes: ['gdpr', 'us-ca'],
      users: ['UDAVE'],
      groups: ['SLEGAL'],
    });
    expect(res.status).toBe(200);
    // The form is replaced by the acknowledgement: the incident id, where the answer comes, the time as read.
    const ack = res.json as { response_action: string; view: { blocks: unknown[] } };
    expect(ack.response_action).toBe('update');
    const ackText = JSON.stringify(ack.view.blocks);
    expect(ackText).toMatch(
      /Opening incident \*INC-[^*]+\*; the channel will follow\. You will be told in a direct message/,
    );
    expect(ackText).toContain('America/New_York');
    expect(ackText).toContain(discovered.toISOString().slice(0, 16));

    const channelId = await openedChannel(since);
    const create = sim.calls('conversations.create').filter((c) => c.seq > since);
    expect(create).toHaveLength(1);
    expect(create[0]!.args).toMatchObject({
      name: `inc-${today()}-payroll-export-on-a-public-bucket`,
      is_private: 'true',
    });
    // The opener, INCIDENT_RESPONDERS, the person chosen and the chosen group's members; never the bot twice.
    expect([...sim.channel(channelId)!.members].sort()).toEqual(['UALICE', 'UBOB', 'UBOT', 'UDAVE', 'UERIN']);
    const topic = sim.calls('conversations.setTopic').find((c) => c.args.channel === channelId);
    expect(topic?.args.topic).toBe('SEV2 · Payroll export on a public bucket');
    const posts = sim.calls('chat.postMessage').filter((c) => c.args.channel === channelId && c.seq > since);
    expect(JSON.stringify(posts[0]?.args.blocks)).toContain('Payroll export on a public bucket');
    const checklist = posts.find(isChecklist);
    expect(JSON.stringify(checklist?.args.blocks)).toContain(`0 of ${itemsForSeverity(template, 'sev2').length} done`);

    const incident = await t.bot.ctx.incidents.getByChannel(channelId);
    expect(incident).toMatchObject({
      title: 'Payroll export on a public bucket',
      severity: 'sev2',
      drill: false,
      openedBy: 'UALICE',
      regimes: ['gdpr', 'us-ca'],
      discoveredAt: new Date(Math.floor(discovered.getTime() / 1000) * 1000).toISOString(),
    });
    // Who was brought in is on the record, as the open's own timeline entry says.
    const opened = (await t.bot.ctx.timeline.entries(incident!.id)).find((e) => e.kind === 'opened');
    expect(opened?.data).toMatchObject({ responders: ['UDAVE', 'SLEGAL'] });
    // The answer the command gives on its response_url, by direct message (posting to the user id).
    const dm = await sim.waitForCall('chat.postMessage', (c) => c.args.channel === 'UALICE', { since });
    expect(String(dm.args.text)).toBe(`Incident *${incident!.id}* is open in <#${channelId}>.`);
    await expectDrained(t.bot.inFlight);
    expect(sim.calls().filter((c) => c.seq > since && !c.response.ok)).toEqual([]);
    // Ids and outcomes only in the log: never the title the person typed.
    expect(log.lines.join('\n')).not.toContain('Payroll export');
  });

  test('from /incident open the answer comes where the command was typed, as the command’s would', async () => {
    const trigger = `${Date.now()}.1.c0ffee`;
    const cmd = await t.slack.slashCommand({
      text: 'open',
      user_id: 'UBOB',
      channel_id: GENERAL_CHANNEL_ID,
      trigger_id: trigger,
    });
    const view = await openedOn(trigger);
    const since = sim.mark();
    const res = await submit(view, { title: 'Stolen laptop', severity: 'sev4', drill: true, speed: '60' }, 'UBOB');
    expect(JSON.stringify(res.json)).toContain('Opening drill');
    const channelId = await openedChannel(since);
    expect(sim.channel(channelId)?.name).toBe(`drill-${today()}-stolen-laptop`);
    const reply = await sim.waitForResponse(cmd.responseUrlId, undefined, { timeoutMs: 10_000 });
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining(`<#${channelId}>`) });
    expect(await t.bot.ctx.incidents.getByChannel(channelId)).toMatchObject({ drill: true, drillSpeed: 60 });
    await expectDrained(t.bot.inFlight);
    expect(sim.calls('chat.postMessage').filter((c) => c.seq > since && c.args.channel === 'UBOB')).toEqual([]);
  });

  test('when the command’s reply address has expired while the form was filled in, the answer comes by DM', async () => {
    const trigger = `${Date.now()}.1.dead00`;
    await t.slack.slashCommand({ text: 'open', user_id: 'UERIN', channel_id: GENERAL_CHANNEL_ID, trigger_id: trigger });
    const view = await openedOn(trigger);
    const since = sim.mark();
    sim.failNextResponse(404);
    await submit(view, { title: 'Misdirected statements', severity: 'sev3' }, 'UERIN');
    const channelId = await openedChannel(since);
    const dm = await sim.waitForCall('chat.postMessage', (c) => c.args.channel === 'UERIN', { since });
    expect(String(dm.args.text)).toContain(`<#${channelId}>`);
  });

  test('a chosen group Slack cannot read (deleted meanwhile) is named as not invited; the open goes on', async () => {
    const view = await shortcutModal();
    const since = sim.mark();
    await submit(view, { title: 'Shared drive link leaked', severity: 'sev3', users: ['UDAVE'], groups: ['SGONE'] });
    const channelId = await openedChannel(since);
    expect(sim.channel(channelId)!.members).toContain('UDAVE');
    const incident = await t.bot.ctx.incidents.getByChannel(channelId);
    expect(incident?.inviteFailures).toEqual([{ user: 'SGONE', error: 'no_such_subteam' }]);
    const header = sim.calls('chat.postMessage').find((c) => c.args.channel === channelId && c.seq > since);
    expect(JSON.stringify(header?.args.blocks)).toContain('<!subteam^SGONE> (no_such_subteam)');
    const dm = await sim.waitForCall('chat.postMessage', (c) => c.args.channel === 'UALICE', { since });
    expect(String(dm.args.text)).toContain('Could not invite 1 responder(s)');
  });

  test('a second submission of the same form is the same open: one incident, one channel', async () => {
    const view = await shortcutModal('UCAROL');
    const since = sim.mark();
    const fields = { title: 'Vendor credential stuffing', severity: 'sev2' };
    // Both at once (a double click), then once more after (Slack resending): one open under one key.
    const [first, second] = await Promise.all([submit(view, fields, 'UCAROL'), submit(view, fields, 'UCAROL')]);
    const third = await submit(view, fields, 'UCAROL');
    const id = /INC-[A-Z0-9-]+/.exec(JSON.stringify(first.json))?.[0];
    expect(id).toBeDefined();
    expect(JSON.stringify(second.json)).toContain(id);
    expect(JSON.stringify(third.json)).toContain(id);
    expect([first, second, third].filter((r) => JSON.stringify(r.json).includes('Opening incident'))).toHaveLength(1);
    const channelId = await openedChannel(since);
    await expectDrained(t.bot.inFlight);
    expect(sim.calls('conversations.create').filter((c) => c.seq > since)).toHaveLength(1);
    expect(
      sim.messages(channelId).filter((m) => JSON.stringify(m.blocks ?? '').includes('checklist-progress')),
    ).toHaveLength(1);
  });

  test.each([
    ['an empty title', { title: '   ' }, DECLARE_BLOCKS.title, 'title'],
    [
      'a discovery in the future',
      { title: 'X', discovered: new Date(Date.now() + 2 * 3600_000) },
      DECLARE_BLOCKS.discovered,
      'future',
    ],
    // A picker scrolled to 1970, or a payload naming it: no clock starts decades ago.
    ['a discovery decades back', { title: 'X', discovered: new Date(0) }, DECLARE_BLOCKS.discovered, 'check the year'],
    ['a speed without a drill', { title: 'X', speed: '60' }, DECLARE_BLOCKS.speed, 'drill'],
    [
      'a regime the catalog does not know',
      { title: 'X', regimes: ['gdpr', 'not-a-law'] },
      DECLARE_BLOCKS.regimes,
      'not-a-law',
    ],
  ])('%s is answered on its field and creates nothing', async (_what, fields, blockId, words) => {
    const view = await shortcutModal();
    const since = sim.mark();
    const res = await submit(view, fields);
    expect(res.status).toBe(200);
    const body = res.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([blockId]);
    expect(body.errors[blockId]).toContain(words);
    await expectDrained(t.bot.inFlight, 5000);
    expect(sim.calls('conversations.create').filter((c) => c.seq > since)).toHaveLength(0);
    expect(sim.calls('chat.postMessage').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('every problem of one submission is reported at once, each on its own field', async () => {
    const view = await shortcutModal();
    const res = await submit(view, { title: '', speed: '60', discovered: new Date(Date.now() + 86_400_000) });
    const body = res.json as { errors: Record<string, string> };
    expect(Object.keys(body.errors).sort()).toEqual(
      [DECLARE_BLOCKS.title, DECLARE_BLOCKS.discovered, DECLARE_BLOCKS.speed].sort(),
    );
  });
});
