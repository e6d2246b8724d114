import type { Incident } from '../../src/domain/incidents/incident';
import { expectDrained } from '../support/expect-drained';
import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { useTestBot } from './test-bot';

/**
 * Closing an incident through Bolt: the confirmation's buttons (Cancel, Confirm pressed twice, a tampered or
 * foreign value, a non-member), `/incident close` where nothing is open, and a closed incident refusing changes.
 */
const { sim, t } = useTestBot({ name: 'test-close', env: { REMINDER_WORKER: 'off' } });

type Button = { action_id: string; value: string };

/** `/incident <text>` by a user in a channel; resolves with the text answered (ack body or response_url). */
async function command(user_id: string, channel_id: string, text: string) {
  const res = await t.slack.slashCommand({ text, user_id, channel_id });
  expect(res.status).toBe(200);
  const acked = res.body ? String((res.json as { text?: string } | undefined)?.text ?? res.body) : '';
  // An open is acknowledged with its id at once ("Opening INC-…"); its result follows on the response_url.
  if (acked && !acked.startsWith('Opening ')) return { text: acked, blocks: [] };
  const reply = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 });
  return { text: String(reply.body.text), blocks: (reply.body.blocks ?? []) as { elements?: Button[] }[] };
}

/** Opens an incident (with GDPR's 72-hour notice outstanding unless `regimes` is empty) and returns its record. */
async function open(title: string, regimes = '--regimes gdpr'): Promise<Incident> {
  const since = sim.mark();
  const reply = await command('UALICE', GENERAL_CHANNEL_ID, `open ${title} ${regimes}`);
  expect(reply.text).toContain('is open');
  const created = sim.calls('conversations.create').find((c) => c.seq > since);
  const channel = (created?.response.channel as { id: string } | undefined)?.id ?? '';
  const incident = await t.bot.ctx.incidents.getByChannel(channel);
  if (!incident) throw new Error(`no incident stored for channel ${channel}`);
  await expectDrained(t.bot.inFlight);
  return incident;
}

/** `/incident close` in the incident's channel: the confirmation and its two buttons. */
async function askClose(incident: Incident) {
  const question = await command('UALICE', incident.channelId, 'close');
  expect(question.text).toContain('still open');
  const buttons = question.blocks.flatMap((b) => b.elements ?? []);
  const confirm = buttons.find((b) => b.action_id === 'incident_close_confirm');
  const cancel = buttons.find((b) => b.action_id === 'incident_close_cancel');
  if (!confirm || !cancel) throw new Error(`no confirmation buttons: ${JSON.stringify(question.blocks)}`);
  return { confirm, cancel };
}

/** Presses a button in a channel and resolves with the text it answers on its response_url. */
async function press(user_id: string, channel_id: string, button: Button): Promise<string> {
  const click = await t.slack.blockAction({
    user_id,
    channel_id,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id: button.action_id, value: button.value, type: 'button' }],
  });
  expect(click.status).toBe(200);
  const answer = await sim.waitForResponse(click.responseUrlId, undefined, { timeoutMs: 10_000 });
  await expectDrained(t.bot.inFlight);
  return String(answer.body.text);
}

const status = async (incident: Incident) => (await t.bot.ctx.incidents.get(incident.id))?.status;
const closedEntries = async (incident: Incident) =>
  (await t.bot.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'closed');
const finalSummaries = (incident: Incident) =>
  sim
    .calls('chat.postMessage')
    .filter(
      (c) => c.args.channel === incident.channelId && JSON.stringify(c.args.blocks ?? '').includes('Final summary'),
    );

describe('closing an incident', () => {
  test('`/incident close` outside an incident channel is refused; nothing is closed', async () => {
    const reply = await command('UALICE', GENERAL_CHANNEL_ID, 'close');
    expect(reply.text).toContain('This is not an incident channel');
  });

  test('with no notice outstanding, `/incident close` closes at once, without asking', async () => {
    const incident = await open('Misdirected email', '');
    const since = sim.mark();
    const res = await t.slack.slashCommand({ text: 'close', user_id: 'UALICE', channel_id: incident.channelId });
    expect(res.status).toBe(200);
    // No question: the answer is the final summary in the channel.
    await sim.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === incident.channelId && JSON.stringify(c.args.blocks ?? '').includes('Final summary'),
      { since },
    );
    await expectDrained(t.bot.inFlight);
    expect(sim.responses(res.responseUrlId)).toEqual([]);
    expect(await status(incident)).toBe('closed');
    expect(await closedEntries(incident)).toHaveLength(1);
    expect(finalSummaries(incident)).toHaveLength(1);
  });

  test('Cancel leaves the incident open and records no close', async () => {
    const incident = await open('Lost tablet');
    const { cancel } = await askClose(incident);
    expect(await press('UALICE', incident.channelId, cancel)).toBe('Not closed. The incident stays open.');
    expect(await status(incident)).toBe('open');
    expect(await closedEntries(incident)).toEqual([]);
    expect(finalSummaries(incident)).toEqual([]);
  });

  test('Confirm pressed twice closes once: one closed entry, one final summary, and the second says so', async () => {
    const incident = await open('Stolen backup drive');
    const { confirm } = await askClose(incident);
    expect(await press('UALICE', incident.channelId, confirm)).toBe(
      `${incident.id} is closed; the final summary is in the channel.`,
    );
    expect(await press('UALICE', incident.channelId, confirm)).toBe(`${incident.id} was already closed.`);
    expect(await status(incident)).toBe('closed');
    expect(await closedEntries(incident)).toHaveLength(1);
    expect(finalSummaries(incident)).toHaveLength(1);
  });

  test('a tampered button value, another incident’s button and a non-member are refused; nothing is closed', async () => {
    const first = await open('Phished payroll login');
    const second = await open('Exposed S3 bucket');
    const { confirm } = await askClose(first);

    const tampered = { ...confirm, value: '{"incidentId":"../../etc"}' };
    expect(await press('UALICE', first.channelId, tampered)).toBe(
      'That button is not one breachbot recognises; nothing was closed.',
    );
    // The first incident's button pressed in the second incident's channel (Alice is a member of both).
    expect(await press('UALICE', second.channelId, confirm)).toBe(
      'That button belongs to another incident; nothing was closed.',
    );
    expect(await press('UCAROL', first.channelId, confirm)).toBe(
      `Only members of the incident channel can act on ${first.id}.`,
    );
    for (const incident of [first, second]) {
      expect(await status(incident)).toBe('open');
      expect(await closedEntries(incident)).toEqual([]);
      expect(finalSummaries(incident)).toEqual([]);
    }
  });

  test('a closed incident refuses checklist ticks, `notified` and `facts`, and stores nothing', async () => {
    const incident = await open('Laptop left on a train');
    const checklist = sim.message(incident.channelId, incident.checklistMessageTs ?? '');
    type Boxes = { block_id?: string; accessory?: { action_id?: string; options?: { value: string }[] } };
    const blocks = (checklist?.blocks ?? []) as Boxes[];
    const boxes = blocks.find((b) => b.accessory?.action_id === 'checklist_check');
    const item = boxes?.accessory?.options?.[0]?.value;
    if (!boxes?.block_id || !item) throw new Error('no checklist checkboxes');
    // A click on the first box, as Slack sends it (every box checked after the click, and the message).
    const tick = async () => {
      const click = await t.slack.blockAction({
        user_id: 'UALICE',
        channel_id: incident.channelId,
        message: { ts: incident.checklistMessageTs ?? '', blocks },
        actions: [
          {
            action_id: 'checklist_check',
            block_id: boxes.block_id,
            type: 'checkboxes',
            selected_options: [{ value: item }],
          },
        ],
      });
      expect(click.status).toBe(200);
      return String((await sim.waitForResponse(click.responseUrlId, undefined, { timeoutMs: 10_000 })).body.text);
    };
    const { confirm } = await askClose(incident);
    await press('UALICE', incident.channelId, confirm);
    const entries = (await t.bot.ctx.timeline.entries(incident.id)).length;
    const deadlines = JSON.stringify(await t.bot.ctx.deadlines.get(incident.id));
    const since = sim.mark();

    expect(await tick()).toMatch(new RegExp(`${incident.id} is closed`));
    expect((await command('UALICE', incident.channelId, 'notified gdpr')).text).toMatch(
      new RegExp(`${incident.id} is closed`),
    );
    expect((await command('UALICE', incident.channelId, 'facts --affected Germany=10')).text).toMatch(
      new RegExp(`${incident.id} is closed`),
    );
    await expectDrained(t.bot.inFlight);
    expect((await t.bot.ctx.incidents.getChecklist(incident.id)).size).toBe(0);
    expect(await t.bot.ctx.timeline.entries(incident.id)).toHaveLength(entries);
    expect(JSON.stringify(await t.bot.ctx.deadlines.get(incident.id))).toBe(deadlines);
    expect(sim.calls().filter((c) => c.seq > since && ['chat.postMessage', 'chat.update'].includes(c.method))).toEqual(
      [],
    );
  });
});
