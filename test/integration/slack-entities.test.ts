import type { Incident } from '../../src/domain/incidents/incident';
import { openIncidentThroughSlack, runCommand, useTestBot } from './test-bot';

/**
 * What Slack sends for the people, channels, groups, links and addresses typed in a command (escaping on:
 * manifest `should_escape`) is read as typed: stored and shown as the words the person saw, never with Slack's
 * brackets, never a link to something else, never a notification from the bot's echo.
 */
const { sim, t } = useTestBot({ name: 'test-slack-entities', env: { REMINDER_WORKER: 'off' } });

let incident: Incident;

const command = (text: string) => runCommand(t, { user_id: 'UALICE', channel_id: incident.channelId, text });

/** Everything the bot posted, updated or set in the incident channel since `mark`, as JSON. */
const sentSince = (mark: number) =>
  sim
    .calls()
    .filter((c) => c.seq > mark && c.args.channel === incident.channelId)
    .map((c) => JSON.stringify(c.args))
    .join('\n');

beforeAll(async () => {
  // Typed: /incident open Laptop @dana x.example/a @here --regimes gdpr
  incident = await openIncidentThroughSlack(
    t,
    sim,
    'Laptop <@U0DANA|dana> <http://x.example/a|x.example/a> <!here> --regimes gdpr',
  );
});

describe('Slack entities in a command are read as typed', () => {
  test('open: the title and channel name hold what was typed, not ids or brackets', async () => {
    expect(incident.title).toBe('Laptop @dana x.example/a @here');
    expect(incident.channelName).toMatch(/-laptop-dana-x-example-a-here$/);
    const header = sim.calls('chat.postMessage').find((c) => String(c.args.text).startsWith(`${incident.id}:`))!;
    expect(String(header.args.text)).toBe(`${incident.id}: Laptop @dana x.example/a @here (SEV1)`);
  });

  test('decision: people, groups, channels, links and e-mail addresses are shown as typed', async () => {
    const mark = sim.mark();
    await command(
      'decision Ask <@U0DANA|dana> and <!subteam^S0LEGAL|@legal> to read <https://x.example/p?a=1&amp;b=2> ' +
        'and mail <mailto:a@b.example|a@b.example> in <#C0LEGAL|legal> <!channel>',
    );
    const sent = sentSince(mark);
    expect(sent).toContain(
      'Ask @dana and @legal to read https://x.example/p?a=1&amp;b=2 and mail a@b.example in #legal @channel',
    );
    expect(sent).not.toMatch(/&lt;|<!channel>|<!subteam|<#C0LEGAL|<@U0DANA/);
  });

  test('title, close reason and a notice note: a link is its label, a group and @channel are words', async () => {
    const mark = sim.mark();
    await command('title Vendor <https://acme.example|acme.example> <!channel> breach');
    expect((await t.bot.ctx.incidents.getByChannel(incident.channelId))?.title).toBe(
      'Vendor acme.example @channel breach',
    );
    await command('notified gdpr/regulator sent via <https://portal.example|portal.example> by <@U0DANA|dana>');
    const sent = sentSince(mark);
    expect(sent).toContain('Vendor acme.example @channel breach');
    expect(sent).toContain('sent via portal.example by @dana');
    const closing = await command('close handed to <!subteam^S0LEGAL|@legal> <https://y.example>');
    const answer = JSON.stringify(sim.responses(closing).map((r) => r.body));
    expect(answer).toContain('handed to @legal https://y.example');
    expect(sent + answer).not.toMatch(/&lt;|<!channel>|<!subteam/);
  });

  test('role still reads the person from the mention', async () => {
    await command('role legal <@U0DANA|dana>');
    expect((await t.bot.ctx.incidents.getByChannel(incident.channelId))?.roles.legal).toBe('U0DANA');
  });

  test('a `<!here>` the person typed as characters (sent escaped) stays as typed, shown escaped', async () => {
    const mark = sim.mark();
    await command('decision Never type &lt;!here&gt; here');
    expect(sentSince(mark)).toContain('Never type &lt;!here&gt; here');
  });
});
