import { itemsForSeverity } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import { RedisKeys } from '../../src/store/keys';
import { expectDrained } from '../support/expect-drained';
import { type ApiCall, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, useTestBot } from './test-bot';

/**
 * Issue 2 end to end: `/incident open` through Bolt's real HTTP receiver with signed requests, real Redis,
 * and the Slack Web API simulator. Every wait is on a simulator call, never a sleep.
 */
const log = capturingLog();
const { prefix, redis, sim, t } = useTestBot({
  name: 'test-open',
  beforeBoot: (sim) => {
    sim.seedUser({ id: 'UDAVE', name: 'dave' });
    sim.seedUser({ id: 'UERIN', name: 'erin' });
    sim.seedUserGroup('SSECOPS', ['UDAVE', 'UERIN', 'UALICE']);
  },
  env: { INCIDENT_RESPONDERS: 'UBOB,SSECOPS', REMINDER_WORKER: 'off' },
  log,
});
const keys = new RedisKeys(prefix);

const template = CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)!;
const isChecklist = (c: ApiCall) => JSON.stringify(c.args.blocks ?? '').includes('checklist-progress');
const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/** Opens an incident and waits until its checklist is posted; returns the channel id. */
async function open(
  text: string,
  user = 'UALICE',
): Promise<{ channelId: string; reply: Record<string, unknown>; ack: { status: number; body: string } }> {
  const since = sim.mark();
  const res = await t.slack.slashCommand({ text, user_id: user, channel_id: GENERAL_CHANNEL_ID });
  const reply = (await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 })).body;
  const created = sim.calls('conversations.create').filter((c) => c.seq > since && c.response.ok);
  const channelId = (created[created.length - 1]?.response.channel as { id: string } | undefined)?.id ?? '';
  return { channelId, reply, ack: { status: res.status, body: res.body } };
}

describe('/incident open', () => {
  test('creates a private, dated channel with responders, topic, header and the checklist, then links the opener', async () => {
    const since = sim.mark();
    const { channelId, reply, ack } = await open('open Mortgage servicing data exfiltration --severity sev1');
    // Acknowledged at once with a visible line naming the incident; the result follows on the response_url.
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.body)).toEqual({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Opening incident \*INC-.+\*; the channel will follow\.$/),
    });

    const create = sim.calls('conversations.create').filter((c) => c.seq > since);
    expect(create).toHaveLength(1);
    expect(create[0]!.args).toMatchObject({
      name: `inc-${today()}-mortgage-servicing-data-exfiltration`,
      is_private: 'true',
    });
    expect(sim.channel(channelId)?.is_private).toBe(true);

    // Opener, the user, and the user group's members, each once; never the bot.
    expect([...sim.channel(channelId)!.members].sort()).toEqual(['UALICE', 'UBOB', 'UBOT', 'UDAVE', 'UERIN']);

    const topic = sim.calls('conversations.setTopic').find((c) => c.args.channel === channelId);
    expect(topic?.args.topic).toBe('SEV1 · Mortgage servicing data exfiltration');

    const posts = sim.calls('chat.postMessage').filter((c) => c.args.channel === channelId);
    const header = JSON.stringify(posts[0]?.args.blocks);
    expect(header).toContain('Mortgage servicing data exfiltration');
    expect(header).toContain('SEV1');
    expect(header).toContain('<@UALICE>');
    expect(header).toMatch(/Discovered/);
    const checklist = posts.find(isChecklist)!;
    const boxes = (checklist.args.blocks as { accessory?: { action_id: string; options: { value: string }[] } }[])
      .filter((b) => b.accessory?.action_id === 'checklist_check')
      .flatMap((b) => b.accessory?.options ?? []);
    expect(boxes.length).toBe(itemsForSeverity(template, 'sev1').length);
    expect(boxes.length).toBeGreaterThanOrEqual(20);
    expect((checklist.args.blocks as unknown[]).length).toBeLessThanOrEqual(20);
    // Header, checklist and the notification register are pinned, each once.
    const pinned = sim.calls('pins.add').filter((c) => c.args.channel === channelId && c.response.ok);
    const register = sim
      .calls('chat.postMessage')
      .find((c) => c.args.channel === channelId && String(c.args.text).includes(' notification register: '));
    expect(pinned.map((c) => c.args.timestamp).sort()).toEqual(
      [posts[0]?.response.ts, checklist.response.ts, register?.response.ts].sort(),
    );

    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(String(reply.text)).toContain(`<#${channelId}>`);

    const stored = await t.bot.ctx.incidents.getByChannel(channelId);
    expect(stored).toMatchObject({
      title: 'Mortgage servicing data exfiltration',
      severity: 'sev1',
      status: 'open',
      openedBy: 'UALICE',
      roles: { commander: 'UALICE' },
    });
    expect(stored?.checklistMessageTs).toBe(checklist.response.ts);
  });

  test('a taken name gets -2, and an archived channel’s name is not reused or unarchived', async () => {
    const base = `inc-${today()}-vendor-portal-leak`;
    sim.seedChannel({ name: base, is_private: true });
    sim.seedChannel({ name: `${base}-2`, is_archived: true });
    const { channelId } = await open('open Vendor portal leak --severity sev3');
    expect(sim.channel(channelId)?.name).toBe(`${base}-3`);
    expect(sim.calls('conversations.unarchive')).toHaveLength(0);
  });

  test('severity sets the checklist’s depth', async () => {
    const { channelId } = await open('open Misdirected email --severity sev4');
    const checklist = sim.calls('chat.postMessage').find((c) => c.args.channel === channelId && isChecklist(c))!;
    const boxes = (checklist.args.blocks as { accessory?: { type: string; options: unknown[] } }[]).flatMap((b) =>
      b.accessory?.type === 'checkboxes' ? b.accessory.options : [],
    );
    expect(boxes.length).toBe(itemsForSeverity(template, 'sev4').length);
    expect(boxes.length).toBeLessThan(itemsForSeverity(template, 'sev1').length);
  });

  test('a drill is named drill-… and marked as an exercise', async () => {
    const { channelId } = await open('open Tabletop ransomware --drill');
    expect(sim.channel(channelId)?.name).toMatch(new RegExp(`^drill-${today()}-tabletop-ransomware$`));
    const posts = sim.calls('chat.postMessage').filter((c) => c.args.channel === channelId);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    for (const post of posts.slice(0, 2)) expect(JSON.stringify(post.args.blocks)).toContain('EXERCISE');

    // Every later message of the drill is marked too: a decision's confirmation and a role announcement.
    for (const text of ['decision Restore from Tuesday backups', 'role legal <@UBOB>']) {
      const since = sim.mark();
      await t.slack.slashCommand({ text, user_id: 'UALICE', channel_id: channelId });
      const post = await sim.waitForCall('chat.postMessage', (c) => c.args.channel === channelId, { since });
      expect(String(post.args.text)).toMatch(/^\[DRILL\] /);
      expect(JSON.stringify(post.args.blocks)).toContain('EXERCISE');
    }
  });

  test.each([
    ['open Laptop --severity urgent', '`--severity`'],
    ['open Laptop --sevrity sev1', 'Unknown flag `--sevrity`'],
    ['open Laptop --discovered 2999-01-01T00:00:00Z', 'cannot lie in the future'],
    ['open Laptop --regimes gdpr,not-a-law', 'not-a-law'],
  ])('%j is answered privately, naming the problem, and creates nothing', async (text, expected) => {
    const since = sim.mark();
    const res = await t.slack.slashCommand({ text, user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
    expect(res.status).toBe(200);
    const answer = res.json
      ? (res.json as { text?: string; response_type?: string })
      : (await sim.waitForResponse(res.responseUrlId)).body;
    expect(answer.response_type).toBe('ephemeral');
    expect(String(answer.text)).toContain(expected);
    await expectDrained(t.bot.inFlight, 5000);
    expect(sim.calls('conversations.create').filter((c) => c.seq > since)).toHaveLength(0);
    expect(sim.calls('chat.postMessage').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('help, an empty text and an unknown subcommand answer with the usage in the acknowledgement', async () => {
    for (const text of ['help', '', 'frobnicate']) {
      const res = await t.slack.slashCommand({ text, user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ response_type: 'ephemeral' });
      expect(String((res.json as { text: string }).text)).toContain('/incident open <title>');
    }
  });

  test('forged, stale and tampered requests are refused with 401 and change nothing', async () => {
    const since = sim.mark();
    const incidentKeys = () => redis.keys(keys.incident('*'));
    const before = (await incidentKeys()).length;
    const forged = await t.slack.slashCommand(
      { text: 'open Forged', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID },
      { secret: 'wrong-secret' },
    );
    const stale = await t.slack.slashCommand(
      { text: 'open Stale', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID },
      { ageSeconds: 6 * 60 },
    );
    const tampered = await t.slack.slashCommand(
      { text: 'open Tampered', user_id: 'UALICE', channel_id: GENERAL_CHANNEL_ID },
      { tamper: (body) => body.replace('Tampered', 'Changed') },
    );
    expect([forged.status, stale.status, tampered.status]).toEqual([401, 401, 401]);
    await expectDrained(t.bot.inFlight);
    expect(await incidentKeys()).toHaveLength(before);
    expect(sim.calls('conversations.create').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('logs carry ids, never the title or other text people typed', () => {
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.lines.join('\n')).not.toMatch(/Mortgage servicing|Vendor portal|Tabletop/);
  });
});

describe('/healthz', () => {
  test('answers 200 while Redis answers', async () => {
    const res = await fetch(`${t.appUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ redis: 'ok' });
  });
});
