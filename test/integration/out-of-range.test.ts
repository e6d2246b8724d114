import type { Incident } from '../../src/domain/incidents/incident';
import { NOTICE_NOTE_MAX } from '../../src/domain/obligations/obligation-record';
import { expectDrained } from '../support/expect-drained';
import { openIncidentThroughSlack, useTestBot } from './test-bot';

/**
 * Values a careless or hostile person sends beyond what is stored or shown: each is answered with what is wrong
 * and changes nothing, never "something went wrong".
 */
const { sim, t } = useTestBot({ name: 'test-out-of-range', env: { REMINDER_WORKER: 'off' } });

let incident: Incident;

const send = (text: string) => t.slack.slashCommand({ user_id: 'UALICE', channel_id: incident.channelId, text });

/** The ephemeral answers to a command: its acknowledgement and what came on its response_url. */
async function answers(text: string): Promise<string[]> {
  const res = await send(text);
  await expectDrained(t.bot.inFlight, 20_000);
  const ack = res.body ? String((JSON.parse(res.body) as { text?: string }).text ?? '') : '';
  return [...(ack ? [ack] : []), ...sim.responses(res.responseUrlId ?? '').map((r) => String(r.body.text ?? ''))];
}

beforeAll(async () => {
  incident = await openIncidentThroughSlack(t, sim, 'Laptop stolen --regimes gdpr');
});

test('a 10,000-character note with `notified` is refused with the limit; the notice stays open', async () => {
  const said = await answers(`notified gdpr/regulator ${'portal ref '.repeat(1000)}`);
  expect(said).toEqual([expect.stringContaining(`keep it within ${NOTICE_NOTE_MAX}`)]);
  const regulator = (await t.bot.ctx.deadlines.get(incident.id))?.obligations.find((o) => o.id === 'gdpr/regulator');
  expect(regulator?.doneAt).toBeNull();
});

test('a note at the limit, all `&` (five times as long escaped), is stored whole and posted within Slack’s limits', async () => {
  const mark = sim.mark();
  const said = await answers(`notified gdpr/regulator ${'&amp;'.repeat(NOTICE_NOTE_MAX)}`);
  expect(said).toEqual([]);
  const regulator = (await t.bot.ctx.deadlines.get(incident.id))?.obligations.find((o) => o.id === 'gdpr/regulator');
  expect(regulator?.doneNote).toBe('&'.repeat(NOTICE_NOTE_MAX));
  const refused = sim.calls().filter((c) => c.seq > mark && c.response.ok === false);
  expect(refused.map((c) => `${c.method}: ${String(c.response.error)}`)).toEqual([]);
});

test('a discovery typed with a wrong year (1800, 1926) is refused with what was read; the clocks stay', async () => {
  const before = await t.bot.ctx.deadlines.get(incident.id);
  expect(await answers('facts --discovered 1800-01-01')).toEqual([
    expect.stringMatching(/`--discovered` lies more than 10 years back \(1800-01-01\).*Check the year/),
  ]);
  expect(await answers('facts --discovered 1926-11-02T09:30Z')).toEqual([expect.stringContaining('Check the year')]);
  expect((await t.bot.ctx.incidents.get(incident.id))?.discoveredAt).toBe(incident.discoveredAt);
  expect((await t.bot.ctx.deadlines.get(incident.id))?.obligations).toEqual(before?.obligations);
});
