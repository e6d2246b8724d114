import type { Incident } from '../../src/domain/incidents/incident';
import { expectDrained } from '../support/expect-drained';
import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { useTestBot } from './test-bot';

/**
 * Invitations into the private incident channel: at open (a responder Slack refuses does not keep the others
 * out, and is named), and when `role` names someone who is not yet a member (invited; a refusal is said).
 */
const { sim, t } = useTestBot({
  name: 'test-invites',
  beforeBoot: (sim) => {
    // A deactivated account still listed as a responder: Slack answers `cant_invite` for it.
    sim.seedUser({ id: 'UGONE', name: 'gone', deleted: true });
    sim.seedUser({ id: 'UDANA', name: 'dana' });
  },
  env: { REMINDER_WORKER: 'off', INCIDENT_RESPONDERS: 'UBOB,UGONE' },
});
let incident: Incident;

async function command(user_id: string, channel_id: string, text: string): Promise<string> {
  const res = await t.slack.slashCommand({ text, user_id, channel_id });
  expect(res.status).toBe(200);
  const acked = res.body ? String((res.json as { text?: string } | undefined)?.text ?? res.body) : '';
  // An open is acknowledged with its id at once ("Opening INC-…"); its result follows on the response_url.
  if (acked && !acked.startsWith('Opening ')) return acked;
  return String((await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 })).body.text);
}

test('at open, a responder Slack refuses is named, and everyone else is still invited', async () => {
  const reply = await command('UALICE', GENERAL_CHANNEL_ID, 'open Badge system export');
  expect(reply).toContain('is open');
  expect(reply).toContain('Could not invite 1 responder(s); see the channel.');
  const created = sim.calls('conversations.create')[0];
  const channel = (created?.response.channel as { id: string } | undefined)?.id ?? '';
  const found = await t.bot.ctx.incidents.getByChannel(channel);
  if (!found) throw new Error(`no incident for ${channel}`);
  incident = found;
  await expectDrained(t.bot.inFlight);
  expect(sim.channel(channel)?.members).toEqual(expect.arrayContaining(['UBOT', 'UALICE', 'UBOB']));
  expect(sim.channel(channel)?.members).not.toContain('UGONE');
  // The batch was refused as a whole, then each was invited alone.
  expect(sim.calls('conversations.invite').map((c) => [String(c.args.users), c.response.error ?? 'ok'])).toEqual([
    ['UALICE,UBOB,UGONE', 'cant_invite'],
    ['UALICE', 'ok'],
    ['UBOB', 'ok'],
    ['UGONE', 'cant_invite'],
  ]);
  const header = sim.message(channel, incident.headerMessageTs ?? '');
  expect(JSON.stringify(header?.blocks)).toContain('<@UGONE> (cant_invite)');
});

test('`role` naming someone outside the channel invites them and announces the role', async () => {
  const since = sim.mark();
  // The answer is the announcement in the channel (no reply to the person).
  const res = await t.slack.slashCommand({
    text: 'role legal <@UDANA|dana>',
    user_id: 'UALICE',
    channel_id: incident.channelId,
  });
  expect(res.status).toBe(200);
  const announced = await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === incident.channelId && String(c.args.text).startsWith('<@UDANA> is now'),
    { since, timeoutMs: 10_000 },
  );
  expect(String(announced.args.text)).not.toContain('Could not invite');
  expect(sim.channel(incident.channelId)?.members).toContain('UDANA');
  expect((await t.bot.ctx.incidents.get(incident.id))?.roles).toMatchObject({ legal: 'UDANA' });
});

test('`role` naming someone Slack will not invite still records the role, and says the invite failed', async () => {
  const since = sim.mark();
  const res = await t.slack.slashCommand({
    text: 'role scribe <@UGONE|gone>',
    user_id: 'UALICE',
    channel_id: incident.channelId,
  });
  expect(res.status).toBe(200);
  const announced = await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === incident.channelId && String(c.args.text).startsWith('<@UGONE> is now'),
    { since, timeoutMs: 10_000 },
  );
  expect(String(announced.args.text)).toContain(':warning: Could not invite them to this channel (cant_invite).');
  expect(sim.channel(incident.channelId)?.members).not.toContain('UGONE');
  expect((await t.bot.ctx.incidents.get(incident.id))?.roles).toMatchObject({ scribe: 'UGONE' });
});
