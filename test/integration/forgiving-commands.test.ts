import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, useTestBot } from './test-bot';

/**
 * Issue 12 item 5 through Bolt's real receiver, signed requests, real Redis and the Web API simulator: what a
 * phone does to `--`, ambiguous codes, a date typed without a zone (read in the person's users.info zone and
 * said back), help per subcommand, did-you-mean, and `why`.
 */
const log = capturingLog();
const { sim, t } = useTestBot({
  name: 'test-forgiving',
  beforeBoot: (sim) => sim.seedUser({ id: 'UKENJI', name: 'kenji', tz: 'Asia/Tokyo' }),
  env: { INCIDENT_RESPONDERS: 'UBOB', REMINDER_WORKER: 'off' },
  log,
});

/** The ephemeral text Bolt acknowledged with (a refusal or help), or '' for a plain ack. */
function ackText(body: string): string {
  return body ? ((JSON.parse(body) as { text?: string }).text ?? '') : '';
}

async function command(text: string, channelId: string, user = 'UKENJI') {
  const res = await t.slack.slashCommand({ text, user_id: user, channel_id: channelId });
  return { status: res.status, text: ackText(res.body), responseUrlId: res.responseUrlId };
}

/** The replies posted on a command's response_url, once `n` have arrived. */
async function replies(responseUrlId: string, n = 1): Promise<string[]> {
  await sim.waitForResponse(responseUrlId, () => sim.responses(responseUrlId).length >= n, { timeoutMs: 10_000 });
  return sim.responses(responseUrlId).map((r) => String((r.body as { text?: string }).text ?? ''));
}

let channelId = '';

describe('forgiving /incident through Slack', () => {
  test('an em dash from a phone opens at the severity typed, with the title as typed', async () => {
    const since = sim.mark();
    const res = await command('open Vendor payroll export —severity SEV2', GENERAL_CHANNEL_ID);
    expect(res).toMatchObject({ status: 200, text: expect.stringMatching(/^Opening incident \*INC-/) });
    await replies(res.responseUrlId ?? '');
    const created = sim.calls('conversations.create').filter((c) => c.seq > since && c.response.ok);
    channelId = (created[0]?.response.channel as { id: string } | undefined)?.id ?? '';
    const topic = sim.calls('conversations.setTopic').find((c) => c.args.channel === channelId);
    expect(topic?.args.topic).toBe('SEV2 · Vendor payroll export');
  });

  test('`CA` is refused with both readings and nothing changes', async () => {
    const before = sim.calls('chat.postMessage').length;
    const res = await command('facts --affected CA=1749623', channelId);
    expect(res.text).toContain('`CA`: did you mean US-CA (California) or CA (Canada)?');
    expect(sim.calls('chat.postMessage').length).toBe(before);
  });

  test('names, separators, spaces after commas and a date in the person’s zone are read, and the date said back', async () => {
    const since = sim.mark();
    const res = await command(
      'facts --data SSN, name --affected California=1,749,623, Texas 1 200 --discovered 2026-11-02',
      channelId,
    );
    expect(res.text).toBe('');
    const [said] = await replies(res.responseUrlId ?? '');
    expect(said).toContain('2026-11-02 00:00 Asia/Tokyo (2026-11-01T15:00:00Z)');
    // Kenji's zone came from users.info (asked when he opened the incident, and cached since).
    expect(sim.calls('users.info').some((c) => c.args.user === 'UKENJI')).toBe(true);
    const post = sim.calls('chat.postMessage').filter((c) => c.seq > since && c.args.channel === channelId);
    const posted = JSON.stringify(post.map((c) => c.args));
    expect(posted).toContain('US-CA 1,749,623'); // counts are posted with separators
    expect(posted).toContain('US-TX 1,200');
  });

  test('the zone is asked for once: a second zone-less date is read from the cache', async () => {
    const since = sim.mark();
    const res = await command('facts --aware 2026-11-03 08:00', channelId);
    expect(res.text).toBe('');
    const [said] = await replies(res.responseUrlId ?? '');
    expect(said).toContain('2026-11-03 08:00 Asia/Tokyo (2026-11-02T23:00:00Z)');
    expect(sim.calls('users.info').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('Slack slow to give the zone: the date is read in UTC and said so, the command is not held up', async () => {
    sim.seedUser({ id: 'UINGA', name: 'inga', tz: 'Europe/Berlin' });
    sim.failNext('users.info', { status: 429, retryAfterSeconds: 5 });
    const res = await command('open Slow zone --discovered 2026-11-02', GENERAL_CHANNEL_ID, 'UINGA');
    expect(res).toMatchObject({ status: 200, text: expect.stringMatching(/^Opening incident \*INC-/) });
    const said = await replies(res.responseUrlId ?? '', 2);
    expect(said.join('\n')).toContain('2026-11-02 00:00 UTC (2026-11-02T00:00:00Z)');
  });

  test('a command without a zone-less date does not ask Slack for the zone', async () => {
    const since = sim.mark();
    const res = await command('facts --encrypted no --judgment riskOfHarm=TRUE', channelId);
    expect(res.text).toBe('');
    // The zone is asked for before the acknowledgement, so by now it would have been.
    expect(sim.calls('users.info').filter((c) => c.seq > since)).toHaveLength(0);
  });

  test('help <subcommand> lists every flag and value; errors point to it instead of dumping lists', async () => {
    const help = await command('help facts', channelId);
    for (const word of ['--judgment', '--hhs-notice-sent', '--domicile', '`financial_account` — ', '`riskOfHarm` — ']) {
      expect(help.text).toContain(word);
    }
    const bad = await command('facts --data bank_account', channelId);
    expect(bad.text).toBe(
      '`--data`: unknown data type `bank_account`. Did you mean `financial_account`? `/incident help facts` lists them.',
    );
    const typo = await command('opne Lost laptop', GENERAL_CHANNEL_ID);
    expect(typo.text).toContain('Unknown subcommand `opne`. Did you mean `open`?');
  });

  test('why says which entity type decides a regime', async () => {
    const res = await command('why hipaa', channelId);
    expect(res.text).toBe('');
    const [answer] = await replies(res.responseUrlId ?? '');
    expect(answer).toContain('does not apply');
    expect(answer).toContain('`hipaa_covered_entity`');
    const ca = await command('why California', channelId);
    const [caAnswer] = await replies(ca.responseUrlId ?? '');
    expect(caAnswer).toMatch(/US-CA|California/);
    expect(caAnswer).toContain('applies');
  });

  test('`&`, `<` and `>` as Slack sends them in a command (`&amp;`, `&lt;`, `&gt;`) are read as typed', async () => {
    // Slack escapes its three control characters in the text of a slash command; what is stored and shown is
    // what the person typed, escaped once on the way out, never `&amp;amp;`.
    const since = sim.mark();
    const res = await command('open R&amp;D laptop &lt;stolen&gt; —severity sev3', GENERAL_CHANNEL_ID);
    expect(res).toMatchObject({ status: 200, text: expect.stringMatching(/^Opening incident \*INC-/) });
    await replies(res.responseUrlId ?? '');
    const created = sim.calls('conversations.create').find((c) => c.seq > since && c.response.ok);
    const channel = created?.response.channel as { id: string; name: string } | undefined;
    expect(channel?.name).toMatch(/-r-d-laptop-stolen$/);
    const topic = sim.calls('conversations.setTopic').find((c) => c.args.channel === channel?.id);
    expect(topic?.args.topic).toBe('SEV3 · R&amp;D laptop &lt;stolen&gt;');
    const decided = await command('decision Tell R&amp;D first', channel?.id ?? '');
    expect(decided.text).toBe('');
    const post = await sim.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === channel?.id && JSON.stringify(c.args).includes('Tell R'),
    );
    expect(JSON.stringify(post.args)).toContain('Tell R&amp;D first');
    expect(JSON.stringify(post.args)).not.toContain('&amp;amp;');
  });
});
