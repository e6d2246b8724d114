import type { Incident } from '../../src/domain/incidents/incident';
import { openIncidentThroughSlack, runCommand, useTestBot } from '../integration/test-bot';

/**
 * Issue 10, item 3: words people type reach Slack escaped on every surface (header text and block, channel
 * topic, status, decisions, notes, facts, summary message and file), and bidirectional controls never reach
 * it. Driven through Bolt's receiver with signed requests; the assertions are on what the simulator received.
 */
const { sim, t } = useTestBot({ name: 'test-injection', env: { REMINDER_WORKER: 'off' } });

const MASS = ['<!channel>', '<!here>', '<!subteam^S123>', '<@U123>', '<https://evil.example|click>'];
const RLO = '\u202E';
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/**
 * The same typed as characters: Slack sends them escaped (`&lt;!channel&gt;`), and they are read back as typed.
 * MASS itself, sent raw, is what Slack writes for an @channel, a group, a person or a link it recognised.
 */
const TYPED = MASS.map((token) => token.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
const HOSTILE = `${TYPED.slice(0, 4).join(' ')} ${MASS.join(' ')} invoice${RLO}gpj.exe`;

let incident: Incident;

const command = (text: string, channel = incident.channelId) =>
  runCommand(t, { user_id: 'UALICE', channel_id: channel, text });

/**
 * Every string Slack parses that it was given: Web API arguments, response_url bodies and uploaded files.
 * plain_text objects (headers) are left out: Slack shows them as typed and parses no mention or link there;
 * they are checked for bidi controls apart.
 */
function everythingSlackReceived(): { where: string; text: string }[] {
  const parsed = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) =>
      (v as { type?: unknown } | null)?.type === 'plain_text' ? undefined : v,
    );
  return [
    ...sim.calls().map((c) => ({ where: `${c.method}#${c.seq}`, text: parsed(c.args) })),
    ...sim.responses().map((r) => ({ where: `response ${r.id}`, text: parsed(r.body) })),
    ...sim
      .uploads()
      .map((u) => ({ where: `file ${u.fileId}`, text: sim.fileContents(u.fileId)?.toString('utf8') ?? '' })),
  ];
}

beforeAll(async () => {
  incident = await openIncidentThroughSlack(t, sim, `${HOSTILE} --regimes gdpr`);
  await command(`decision ${HOSTILE}`);
  await command(`notified gdpr/regulator ${HOSTILE}`);
  await command(`facts --le-agency "FBI ${TYPED[0]} ${RLO}cba" --le-form written --le-requested 2026-01-01T00:00:00Z`);
  // An item typed into a checklist phase's add row (a plain-text input: Slack sends it as typed, unescaped).
  await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: incident.channelId,
    message_ts: incident.checklistMessageTs ?? '',
    actions: [
      {
        action_id: 'checklist_add',
        block_id: `add:${incident.id}:detect`,
        type: 'plain_text_input',
        value: `${MASS[0]} ${MASS[4]} R&D ${RLO}x`,
      },
    ],
  });
  await t.bot.inFlight.drain(5000);
  await command('status');
  await command(`role legal ${MASS[0]}`);
  await command('summary');
  await sim.waitForCall('files.completeUploadExternal');
});

describe('what people type reaches Slack escaped', () => {
  test('no mass mention, group or user mention, disguised link or bidi control reaches Slack raw, anywhere', () => {
    const received = everythingSlackReceived();
    expect(received.length).toBeGreaterThan(10);
    const raw = received.flatMap(({ where, text }) => [
      ...MASS.filter((token) => text.includes(token)).map((token) => `${where}: ${token}`),
      ...(BIDI.test(text) ? [`${where}: bidi control`] : []),
    ]);
    expect(raw).toEqual([]);
  });

  test('plain_text (headers) carries no bidi control either', () => {
    const everything = [
      ...sim.calls().map((c) => JSON.stringify(c.args)),
      ...sim.responses().map((r) => JSON.stringify(r.body)),
    ];
    expect(everything.filter((text) => BIDI.test(text))).toEqual([]);
  });

  test('the title is stored without bidi controls and shown as typed, escaped, in header text, header and topic', () => {
    expect(incident.title).not.toMatch(BIDI);
    expect(incident.title).toContain('invoicegpj.exe');
    const header = sim.calls('chat.postMessage').find((c) => String(c.args.text).startsWith(`${incident.id}:`))!;
    // A person's mention typed as characters is read as the person, like one Slack recognised (mentions.ts).
    expect(String(header.args.text)).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;!subteam^S123&gt; @U123');
    // What Slack recognised is read as the words typed: no brackets, no notification, the link its label.
    expect(String(header.args.text)).toContain('@channel @here @S123 @U123 click (https://evil.example) invoice');
    expect(JSON.stringify(header.args.blocks)).toContain('"type":"header"');
    const topic = String(sim.calls('conversations.setTopic')[0]!.args.topic);
    expect(topic).toContain('&lt;!here&gt;');
    expect(topic).toContain('@here @S123 @U123 click (https://evil.example)');
  });

  test('each surface carried the words (so the sweep above looked at them)', () => {
    const posted = sim.calls('chat.postMessage').map((c) => JSON.stringify(c.args));
    const escapedMention = '&lt;!channel&gt;';
    expect(posted.some((p) => p.includes('Decision recorded') && p.includes(escapedMention))).toBe(true);
    expect(posted.some((p) => p.includes('gdpr') && p.includes(escapedMention) && p.includes('Notice'))).toBe(true);
    expect(posted.some((p) => p.includes('FBI') && p.includes(escapedMention))).toBe(true);
    expect(posted.some((p) => p.includes('summary-decisions') && p.includes(escapedMention))).toBe(true);
    const checklist = sim.calls('chat.update').map((c) => JSON.stringify(c.args));
    expect(checklist.some((c) => c.includes(`${escapedMention} &lt;https://evil.example|click&gt; R&amp;D`))).toBe(
      true,
    );
    const status = sim.responses().find((r) => String(r.body.text).includes('Checklist:'));
    expect(String(status?.body.text)).toContain(escapedMention);
    const file = sim.uploads().map((u) => sim.fileContents(u.fileId)?.toString('utf8') ?? '');
    expect(file.join('\n')).toContain('\\<!channel\\>');
  });

  test('a role cannot be given to a mention that is not a person', async () => {
    expect((await t.bot.ctx.incidents.get(incident.id))?.roles.legal).toBeUndefined();
  });
});
