import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { wallDueAt } from '../../src/domain/obligations/incident-clock';
import type { ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { parseDigestId } from '../../src/domain/reminders/reminder-digest';
import { formatInTimeZone } from '../../src/domain/time/format-in-zone';
import { expectDrained } from '../support/expect-drained';
import { mrCooperFactsCommand } from '../support/mr-cooper';
import { type ApiCall, checkBlocks, GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { capturingLog, runCommand, useTestBot } from './test-bot';

/**
 * Issue 11's "done when", in one run through the real app (Bolt's HTTP receiver, signed requests, real Redis,
 * the real BullMQ reminder worker) against the simulator that refuses what Slack refuses: a Mr. Cooper-shaped
 * drill opened with DORA named, the facts for all 54 jurisdictions, `/incident deadlines`, the reminders of a
 * 10,000× drill clock firing, `notified` for every credit bureau with `--at`, one DORA stage recorded after its due time
 * but sent before it, a notice marked late, an undo, the summary, the register's CSV export, and the close.
 * Every Slack call must be accepted, each reminder instant of the incident posted once, and the summary's
 * on-time/late must follow the `--at` times, not the times the bot was told.
 */
const log = capturingLog();
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SPEED = 10_000;
/** Where the simulator's users are (users.info `tz`). */
const ZONE = 'America/New_York';
// The reminder worker runs in the app, as `npm start` runs it.
const { sim, t } = useTestBot({ name: 'test-mr-cooper-e2e', env: { REMINDER_WORKER: 'on' }, log });

/** `/incident <text>` as alice in `channel`, once its act is over; the response_url id. */
const command = (text: string, channel: string) =>
  runCommand(t, { text, user_id: 'UALICE', channel_id: channel }, 30_000);

/** What the command answered on its response_url, all of it. */
const answered = (responseUrlId: string) =>
  sim
    .responses(responseUrlId)
    .map((r) => `${String(r.body.text ?? '')} ${JSON.stringify(r.body.blocks ?? '')}`)
    .join(' ');

async function click(channel: string, action_id: string, value: string): Promise<void> {
  const res = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channel,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [{ action_id, value }],
  });
  expect(res.status).toBe(200);
  await expectDrained(t.bot.inFlight, 30_000);
}

const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The reminder digests posted in the channel (accepted or not), by the id in their metadata. */
function reminderPosts(channel: string): { id: string; call: ApiCall }[] {
  return sim
    .calls('chat.postMessage')
    .filter((c) => c.args.channel === channel)
    .flatMap((call) => {
      const meta = call.args.metadata as { event_type?: string; event_payload?: { reminder_id?: string } } | undefined;
      const id = meta?.event_type === 'breachbot_reminder' ? meta.event_payload?.reminder_id : undefined;
      return id ? [{ id, call }] : [];
    });
}

/** The Markdown file's line for one obligation: `- **<status>** <id>: …`. */
const statusIn = (markdown: string, id: string) =>
  new RegExp(`^- \\*\\*([^*]+)\\*\\* ${id.replace(/[/*]/g, '\\$&')}:`, 'm').exec(markdown)?.[1] ?? null;

test('Mr. Cooper drill end to end: every Slack call accepted, one post per reminder instant, on time by --at', async () => {
  // Discovered four days before the drill opens: on its 10,000× clock that is 35 seconds before, so the
  // 24-hour and 72-hour clocks are overdue at once and later ones come due while the test runs.
  const discovered = isoSeconds(Date.now() - 4 * DAY);
  const openId = await command(
    `open Mortgage servicer breach --severity sev1 --drill --speed ${SPEED} --regimes dora --discovered ${discovered}`,
    GENERAL_CHANNEL_ID,
  );
  const match = /\*(INC-[\w-]+)\* is open in <#(\w+)>/.exec(answered(openId));
  if (!match?.[1] || !match[2]) throw new Error(`unexpected answer to the open: ${answered(openId)}`);
  const [, incidentId, channel] = match as unknown as [string, string, string];
  const incident = await t.bot.ctx.incidents.get(incidentId);
  // The opener's Slack zone (the simulator's users are in New York) is the incident's.
  expect(incident?.timeZone).toBe(ZONE);
  const clock = { openedAt: incident?.openedAt ?? '', speed: SPEED };

  // Facts for all 54 jurisdictions.
  expect(mrCooperFactsCommand.match(/US-[A-Z]{2}=/g)).toHaveLength(54);
  await command(mrCooperFactsCommand, channel);
  const records = async () => (await t.bot.ctx.deadlines.get(incidentId))?.obligations ?? [];
  const computed = await records();
  expect(computed.length).toBeGreaterThan(100);
  const registerTs = (await t.bot.ctx.incidents.get(incidentId))?.registerMessageTs;
  expect(registerTs).toBeTruthy();

  // `/incident deadlines`: one grouped answer within Slack's limits.
  const deadlines = await command('deadlines', channel);
  const [listed] = sim.responses(deadlines);
  expect(checkBlocks(listed?.body.blocks ?? [], 'message')).toEqual({ ok: true });
  expect(JSON.stringify(listed?.body.blocks)).toMatch(/\d{3} open/);

  // The drill's reminders, posted by the real worker: wait until two instants have been posted.
  const twoInstants = await sim.waitForCall(
    'chat.postMessage',
    () => new Set(reminderPosts(channel).map((p) => p.id)).size >= 2,
    { timeoutMs: 40_000 },
  );
  expect(twoInstants.response.ok).toBe(true);

  // Overdue on the drill clock by now: due before this instant on the wall clock.
  const overdue = (o: ObligationRecord) =>
    o.current && o.doneAt === null && o.dueAt !== null && Date.parse(wallDueAt(o.dueAt, clock)) < Date.now();
  const dora = computed.find((o) => o.id === 'dora/regulator/initial');
  expect(dora && overdue(dora)).toBe(true);
  const [late, undone] = computed.filter(
    (o) => overdue(o) && o.recipient !== 'credit_bureaus' && !o.id.startsWith('dora/') && !o.id.includes('*'),
  );
  if (!late || !undone) throw new Error('expected two more notices overdue on the drill clock');

  // The credit bureaus, all regimes, sent two days after discovery (a date alone: read in the incident's zone,
  // and said back), recorded now.
  const sentDay = formatInTimeZone(new Date(Date.parse(discovered) + 2 * DAY), ZONE, 'yyyy-MM-dd');
  const [y, m, d] = sentDay.split('-').map(Number) as [number, number, number];
  const bureausSent = new Date(new TZDate(y, m - 1, d, 0, 0, 0, ZONE).getTime()).toISOString();
  const bureaus = await command(`notified */credit_bureaus --at ${sentDay} letters to the three bureaus`, channel);
  expect(answered(bureaus)).toMatch(
    new RegExp(`Marked \\d+ notice\\(s\\) as sent at \`--at\` ${sentDay} read as .* ${ZONE}`),
  );
  const bureauRecords = (await records()).filter((o) => o.current && o.recipient === 'credit_bureaus');
  expect(bureauRecords.length).toBeGreaterThan(10);
  expect(new Set(bureauRecords.map((o) => o.doneAt))).toEqual(new Set([bureausSent]));

  // One stage of DORA: the initial report went out two hours after discovery, before its due time, and is
  // recorded only now, after it: on time. Its siblings stay open.
  const doraSent = isoSeconds(Date.parse(discovered) + 2 * HOUR);
  await command(`notified dora/regulator/initial --at ${doraSent}`, channel);
  const afterStage = await records();
  expect(afterStage.find((o) => o.id === 'dora/regulator/initial')?.doneAt).toBe(new Date(doraSent).toISOString());
  expect(afterStage.filter((o) => o.id.startsWith('dora/regulator/') && o.doneAt !== null)).toHaveLength(1);

  // One notice marked now, after its due time: late. Another marked by mistake and undone.
  await command(`notified ${late.id}`, channel);
  await command(`notified ${undone.id}`, channel);
  const undo = await command(`notified --undo ${undone.id}`, channel);
  expect(answered(undo)).toContain(`\`${undone.id}\``);
  expect((await records()).find((o) => o.id === undone.id)?.doneAt).toBeNull();

  // A decision typed with an SSN and an account number in it: the file carries them masked.
  await command('decision Notify the bureaus first; the sample had SSN 123-45-6789 and account 000123456789', channel);

  // The summary: its file says on time or late from when each notice went out.
  const filesBefore = new Set(sim.state.files.keys());
  await command('summary', channel);
  const summaryFile = [...sim.state.files.entries()].find(
    ([id, f]) => !filesBefore.has(id) && String(f.name).endsWith('.md'),
  )?.[1];
  const markdown = summaryFile?.bytes?.toString('utf8') ?? '';
  expect(statusIn(markdown, 'dora/regulator/initial')).toBe('done on time');
  expect(statusIn(markdown, 'dora/regulator/intermediate')).toMatch(/^(open|OVERDUE)$/);
  expect(statusIn(markdown, late.id)).toBe('done late');
  expect(statusIn(markdown, undone.id)).toBe('OVERDUE');
  for (const o of bureauRecords) expect(statusIn(markdown, o.id)).toMatch(/^done( on time)?$/);
  expect(markdown).toContain('Notify the bureaus first; the sample had SSN XXX-XX-6789 and account XXXXXXXX6789');
  expect(markdown).not.toMatch(/123-45-6789|000123456789/);

  // The register's export button: the same records as CSV, the bureaus with the time they were sent.
  const beforeExport = new Set(sim.state.files.keys());
  await click(channel, 'register_export_csv', incidentId);
  const csv = [...sim.state.files.entries()].find(
    ([id, f]) => !beforeExport.has(id) && String(f.name).endsWith('.csv'),
  );
  const csvText = csv?.[1].bytes?.toString('utf8') ?? '';
  expect(csvText.split('\r\n').filter((line) => line !== '')).toHaveLength(computed.length + 1);
  const doraRow = csvText.split('\r\n').find((line) => line.startsWith('"dora/regulator/initial",'));
  expect(doraRow).toContain('"done on time"');

  // Close: the confirmation, then the final summary; the reminders stop.
  const closeId = await command('close', channel);
  const question = await sim.waitForResponse(closeId);
  const confirm = (question.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
    .find((b) => b.type === 'actions')
    ?.elements?.find((a) => a.action_id === 'incident_close_confirm');
  expect(confirm).toBeDefined();
  await click(channel, confirm?.action_id ?? '', confirm?.value ?? '');
  expect((await t.bot.ctx.incidents.get(incidentId))?.status).toBe('closed');

  // The final summary: the first summary's file is on its timeline with the SHA-256 of the bytes that went up,
  // and its counts are the register's.
  const finalFile = [...sim.state.files.values()].find((f) => /-final-summary-.*\.md$/.test(String(f.name)));
  const finalMarkdown = finalFile?.bytes?.toString('utf8') ?? '';
  const firstSha = createHash('sha256')
    .update(summaryFile?.bytes ?? Buffer.alloc(0))
    .digest('hex');
  const posted = finalMarkdown.split('\n').find((line) => line.includes('[summary_posted]')) ?? '';
  expect(posted).toContain(String(summaryFile?.name));
  expect(posted).toContain(`SHA-256 ${firstSha}`);
  const csvStatuses = csvText
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => /^"[^"]*","[^"]*","[^"]*","[^"]*","[^"]*","[^"]*","([^"]*)"/.exec(line)?.[1]);
  const notGiven = csvStatuses.filter((st) => st === 'open' || st === 'OVERDUE').length;
  expect(finalMarkdown).toContain(`${notGiven} notices were not given when the incident was closed`);
  expect(finalMarkdown).toContain(`${csvStatuses.length} obligations: `);

  // Every Slack call accepted, nobody told "nothing was done".
  expect(sim.calls().filter((c) => !c.response.ok)).toEqual([]);
  expect(
    sim.responses().filter((r) => /nothing (more )?was done|Something went wrong/.test(String(r.body.text ?? ''))),
  ).toEqual([]);
  // At most one reminder post per incident per instant (and kind): each digest id posted once, none split.
  const posts = reminderPosts(channel);
  expect(posts.length).toBeGreaterThanOrEqual(2);
  const perDigest = new Map<string, number>();
  for (const p of posts) perDigest.set(p.id, (perDigest.get(p.id) ?? 0) + 1);
  expect([...perDigest.values()].filter((n) => n > 1)).toEqual([]);
  for (const id of perDigest.keys()) expect(parseDigestId(id)?.incidentId).toBe(incidentId);
}, 90_000);
