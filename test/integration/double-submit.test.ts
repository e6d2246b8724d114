import type { Incident } from '../../src/domain/incidents/incident';
import { expectDrained } from '../support/expect-drained';
import { openIncidentThroughSlack, useTestBot } from './test-bot';

/**
 * A person submitting the same slash command twice (a double Enter, a command sent again because the first
 * seemed slow): Slack does not retry slash commands, but people do. The record, the timeline and the channel
 * show the act once; the second submission is answered "already", never with a second post.
 */
const { sim, t } = useTestBot({ name: 'test-double-submit', env: { REMINDER_WORKER: 'off' } });

let incident: Incident;

const send = (text: string) => t.slack.slashCommand({ user_id: 'UALICE', channel_id: incident.channelId, text });

/** Both at once, then the work they set off done: their private answers. */
async function twice(text: string): Promise<string[]> {
  const sent = await Promise.all([send(text), send(text)]);
  await expectDrained(t.bot.inFlight, 20_000);
  return sent.flatMap((r) => sim.responses(r.responseUrlId ?? '').map((x) => String(x.body.text ?? '')));
}

const postsSince = (mark: number, words: string) =>
  sim.calls('chat.postMessage').filter((c) => c.seq > mark && JSON.stringify(c.args).includes(words));

beforeAll(async () => {
  incident = await openIncidentThroughSlack(t, sim, 'Laptop stolen');
});

describe('the same command submitted twice', () => {
  test('a decision is recorded and posted once; the second is told it is already recorded', async () => {
    const mark = sim.mark();
    const answers = await twice('decision Pay no ransom');
    const decisions = (await t.bot.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'decision');
    expect(decisions.map((e) => e.data.text)).toEqual(['Pay no ransom']);
    expect(postsSince(mark, 'Pay no ransom')).toHaveLength(1);
    expect(answers).toEqual([`That decision is already recorded (timeline #${decisions[0]!.seq}); nothing changed.`]);
  });

  test('the same decision typed again later, spaced or cased differently, is the same decision', async () => {
    const mark = sim.mark();
    const sent = await send('decision  pay NO ransom ');
    await expectDrained(t.bot.inFlight, 20_000);
    expect(sim.responses(sent.responseUrlId ?? '').map((r) => r.body.text)).toEqual([
      expect.stringContaining('already recorded'),
    ]);
    expect(postsSince(mark, 'ransom')).toHaveLength(0);
  });

  test('a role given twice is stored, announced and put on the timeline once; the second is told so', async () => {
    const mark = sim.mark();
    const answers = await twice('role legal <@UBOB|bob>');
    const roles = (await t.bot.ctx.timeline.entries(incident.id)).filter((e) => e.kind === 'role_assigned');
    expect(roles).toHaveLength(1);
    expect(postsSince(mark, 'is now *Legal*')).toHaveLength(1);
    expect(answers).toEqual([`<@UBOB> is already Legal on ${incident.id}; nothing changed.`]);
  });
});
