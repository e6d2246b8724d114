import { mrCooperFactsCommand } from '../support/mr-cooper';
import { GENERAL_CHANNEL_ID } from '../support/slack-simulator';
import { runCommand, useTestBot } from './test-bot';

/**
 * Issue 11 items 5 and 6 through the real app: the register export button uploads one CSV row per obligation
 * (names, not ids; RFC 4180 quoting), a digest's "Mark notified" button marks one stage and never its siblings,
 * and nothing posted to Slack or exported carries the catalog's internal review notes.
 */
const { sim, t } = useTestBot({ name: 'test-register-export', env: { REMINDER_WORKER: 'off' } });

const command = (text: string, channel: string) => runCommand(t, { text, user_id: 'UALICE', channel_id: channel });

async function open(text: string): Promise<{ id: string; channel: string }> {
  const reply = await sim.waitForResponse(await command(`open ${text}`, GENERAL_CHANNEL_ID));
  const match = /\*(INC-[\w-]+)\* is open in <#(\w+)>/.exec(String(reply.body.text));
  if (!match?.[1] || !match[2]) throw new Error(`unexpected reply: ${String(reply.body.text)}`);
  return { id: match[1], channel: match[2] };
}

async function click(channel: string, action_id: string, value: string, menu = false): Promise<void> {
  const res = await t.slack.blockAction({
    user_id: 'UALICE',
    channel_id: channel,
    message_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    is_ephemeral: true,
    actions: [menu ? { action_id, type: 'static_select', selected_option: { value } } : { action_id, value }],
  });
  expect(res.status).toBe(200);
  await t.bot.inFlight.drain(20_000);
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF); enough for what the export writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

const INTERNAL = /Unverified|from memory|this pass/i;

test('Mr. Cooper: the export button uploads the register as CSV, one row per obligation, people by name', async () => {
  const { id, channel } = await open('Mortgage servicer breach --severity sev1');
  await command(mrCooperFactsCommand, channel);
  const records = (await t.bot.ctx.deadlines.get(id))?.obligations ?? [];
  expect(records.length).toBeGreaterThan(100);
  await command('notified us-ca/regulator =SUM(A1) letters, ref 12', channel);

  // The deadlines reply carries the button.
  const reply = await sim.waitForResponse(await command('deadlines', channel));
  expect(JSON.stringify(reply.body.blocks)).toContain('register_export_csv');
  await command('summary', channel);

  const before = sim.state.files.size;
  await click(channel, 'register_export_csv', id);
  const files = [...sim.state.files.values()];
  expect(files.length).toBe(before + 1);
  const csvFile = files.find((f) => String(f.name).endsWith('.csv'));
  const csv = csvFile?.bytes?.toString('utf8') ?? '';
  const rows = parseCsv(csv);
  expect(rows[0]).toEqual([
    'obligation',
    'regime',
    'stage',
    'jurisdiction',
    'recipient',
    'due (UTC)',
    'status',
    'done (UTC)',
    'by',
    'note',
    'citation',
    'caveat',
  ]);
  expect(rows).toHaveLength(records.length + 1);
  const ca = rows.find((r) => r[0] === 'us-ca/regulator');
  expect(ca?.[1]).toBe('California');
  expect(ca?.[6]).toMatch(/^done/);
  expect(ca?.[7]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  expect(ca?.[8]).toBe('alice (UALICE)');
  // A note that looks like a formula is neutralised; its comma survives the quoting.
  expect(ca?.[9]).toBe("'=SUM(A1) letters, ref 12");
  expect(rows.find((r) => r[0] === 'freddie-mac/counterparty')?.[1]).toBe('Freddie Mac');
  expect(rows.slice(1).every((r) => r.length === 12)).toBe(true);

  // The summary file names people and counts with separators.
  const summaryFile = files.find((f) => String(f.name).endsWith('.md'))?.bytes?.toString('utf8') ?? '';
  expect(summaryFile).toMatch(/Opened: .* by alice \(UALICE\)/);
  expect(summaryFile).toMatch(/People affected: \d{1,3}(,\d{3})+ \(/);

  // Nothing the bot posted, answered or uploaded carries the catalog's internal review notes.
  for (const call of sim.calls()) expect(JSON.stringify(call.args)).not.toMatch(INTERNAL);
  for (const response of sim.responses()) expect(JSON.stringify(response.body)).not.toMatch(INTERNAL);
  for (const file of sim.state.files.values()) expect(file.bytes?.toString('utf8') ?? '').not.toMatch(INTERNAL);
  // The caveat users read instead, where a rule is uncertain.
  expect(rows.some((r) => r[11] === 'Period from secondary sources; confirm with counsel.')).toBe(true);
  expect(sim.calls().filter((c) => c.response.ok === false)).toEqual([]);
});

test('"Mark notified" on a digest line marks that stage only, never its siblings', async () => {
  const { id, channel } = await open('Bank outage --severity sev1 --regimes dora');
  await command('facts --judgment doraMajor=yes', channel);
  const stages = (await t.bot.ctx.deadlines.get(id))?.obligations.filter((o) => o.regime === 'dora') ?? [];
  expect(stages.map((o) => o.id).sort()).toEqual([
    'dora/regulator/final',
    'dora/regulator/initial',
    'dora/regulator/intermediate',
  ]);
  const since = sim.mark();
  await click(channel, 'reminder_mark_notified', 'dora/regulator/initial');
  const after = (await t.bot.ctx.deadlines.get(id))?.obligations.filter((o) => o.regime === 'dora') ?? [];
  expect(after.filter((o) => o.doneAt !== null).map((o) => o.id)).toEqual(['dora/regulator/initial']);
  // The menu of a large digest does the same.
  await click(channel, 'reminder_mark_notified', 'dora/regulator/intermediate', true);
  const then = (await t.bot.ctx.deadlines.get(id))?.obligations.filter((o) => o.regime === 'dora') ?? [];
  expect(
    then
      .filter((o) => o.doneAt !== null)
      .map((o) => o.id)
      .sort(),
  ).toEqual(['dora/regulator/initial', 'dora/regulator/intermediate']);
  const told = sim
    .calls('chat.postMessage')
    .filter((c) => c.seq > since && c.args.channel === channel && c.response.ok === true);
  expect(told.length).toBeGreaterThan(0);
});
