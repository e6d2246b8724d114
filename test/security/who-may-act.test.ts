import type { Incident } from '../../src/domain/incidents/incident';
import { CLOSE_CONFIRM_ACTION_ID } from '../../src/slack/messages/close-confirmation';
import { openIncidentThroughSlack, useTestBot } from '../integration/test-bot';

/**
 * Issue 10, item 4, through Bolt's real receiver with signed requests: the commander's acts (roles, bringing
 * outsiders in, closing) are refused to other members with words that say who can; INCIDENT_ADMINS (here a
 * user group) may do them; any member still records facts and notices.
 */
const { sim, t } = useTestBot({
  name: 'test-who-may-act',
  beforeBoot: (sim) => {
    sim.seedUser({ id: 'UDAVE', name: 'dave' });
    sim.seedUser({ id: 'UERIN', name: 'erin' });
    sim.seedUserGroup('S0SECLEAD', ['UERIN']);
  },
  env: { REMINDER_WORKER: 'off', INCIDENT_RESPONDERS: 'UBOB,UERIN', INCIDENT_ADMINS: 'S0SECLEAD' },
});
let incident: Incident;

const command = async (user: string, text: string, channel = incident.channelId) => {
  const res = await t.slack.slashCommand({ user_id: user, channel_id: channel, text });
  expect(res.status).toBe(200);
  const reply = res.body !== '' ? String((res.json as { text?: string })?.text ?? res.body) : null;
  if (reply !== null) return reply;
  await t.bot.inFlight.drain(5000);
  return sim
    .responses(res.responseUrlId ?? '~')
    .map((a) => String(a.body.text ?? ''))
    .join('\n');
};
const members = () => sim.channel(incident.channelId)?.members ?? [];
const current = async () => (await t.bot.ctx.incidents.get(incident.id))!;

beforeAll(async () => {
  incident = await openIncidentThroughSlack(t, sim, 'Who may act');
});

describe('who may act', () => {
  test('a responder cannot make an outsider commander: refused, named who can, nobody invited', async () => {
    expect(members()).toContain('UBOB');
    expect(members()).not.toContain('UDAVE');
    const answer = await command('UBOB', 'role commander <@UDAVE>');
    expect(answer).toContain('Only the commander (<@UALICE>) or an incident admin (INCIDENT_ADMINS) can assign roles');
    expect((await current()).roles.commander).toBe('UALICE');
    expect(members()).not.toContain('UDAVE');
    expect(sim.calls('conversations.invite').filter((c) => String(c.args.users).includes('UDAVE'))).toEqual([]);
  });

  test('a responder cannot assign any other role either', async () => {
    const answer = await command('UBOB', 'role legal <@UBOB>');
    expect(answer).toContain('can assign roles');
    expect((await current()).roles.legal).toBeUndefined();
  });

  test('the commander assigns roles, inviting an outsider when needed', async () => {
    await command('UALICE', 'role legal <@UBOB>');
    expect((await current()).roles.legal).toBe('UBOB');
    await command('UALICE', 'role scribe <@UDAVE>');
    expect((await current()).roles.scribe).toBe('UDAVE');
    expect(members()).toContain('UDAVE');
  });

  test('the legal role-holder (any member) still records facts and notices', async () => {
    const before = await t.bot.ctx.timeline.length(incident.id);
    const answer = await command('UBOB', 'facts --data ssn --affected US-CA=1200');
    expect(answer).not.toContain('Only the commander');
    expect(await t.bot.ctx.timeline.length(incident.id)).toBeGreaterThan(before);
  });

  test('a responder cannot close; an admin (by user group) can hand command over; the new commander closes', async () => {
    const refused = await command('UBOB', 'close');
    expect(refused).toContain('Only the commander (<@UALICE>) or an incident admin (INCIDENT_ADMINS) can close');
    expect((await current()).status).toBe('open');

    await command('UERIN', 'role commander <@UBOB>');
    expect((await current()).roles.commander).toBe('UBOB');
    const formerCommander = await command('UALICE', 'role scribe <@UALICE>');
    expect(formerCommander).toContain('Only the commander (<@UBOB>)');

    const press = (user: string) =>
      t.slack.blockAction({
        user_id: user,
        channel_id: incident.channelId,
        message_ts: '1.000001',
        actions: [{ action_id: CLOSE_CONFIRM_ACTION_ID, value: JSON.stringify({ incidentId: incident.id }) }],
      });
    // The close confirmation's button, pressed by someone else than the commander (a payload can be forged).
    const forged = await press('UALICE');
    await t.bot.inFlight.drain(5000);
    expect(JSON.stringify((await sim.waitForResponse(forged.responseUrlId)).body)).toContain(
      'Only the commander (<@UBOB>)',
    );
    expect((await current()).status).toBe('open');
    const pressed = await press('UBOB');
    await t.bot.inFlight.drain(5000);
    expect(JSON.stringify((await sim.waitForResponse(pressed.responseUrlId)).body)).toContain('is closed');
    expect((await current()).status).toBe('closed');
  });
});
