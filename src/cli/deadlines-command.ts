import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { computeObligations, parseFacts } from '../domain/regulations/engine';
import { readFactsInput } from '../domain/regulations/facts-input';
import type { Obligation } from '../domain/regulations/obligation';
import { formatElapsed } from '../domain/time/durations';
import { formatInTimeZone } from '../domain/time/format-in-zone';
import type { CliCommand, CliIo } from './cli-io';

/** Bad usage or bad facts: the caller must fix its input (the dispatcher uses 2 for usage errors too). */
const EXIT_USAGE = 2;

const USAGE = `Usage: breachbot deadlines --facts FILE [--json] [--tz ZONE] [--now INSTANT] [--width N]

  --facts FILE    incident facts as JSON (see examples/mr-cooper.json), read as /incident facts reads them:
                  places by code or name ("US-CA", "California"; "CA" alone is refused as California or
                  Canada), counts as numbers or "1,749,623", values in any case, instants without a zone in
                  --tz. A "lawEnforcementDelay" pauses the notices it reaches ("paused", or "(delayed)")
  --json          print {"obligations": [...]} instead of a table
  --tz ZONE       IANA time zone for the table and for instants typed without a zone (default UTC)
  --now INSTANT   compute "time left" from this ISO instant instead of the current time
  --width N       table width in columns (default: the terminal's, at most 100)
`;

interface Options {
  factsPath: string;
  json: boolean;
  timeZone: string;
  now: Date;
  width: number;
}

/** The widest table printed when the terminal does not say (and the most ever used). */
const MAX_WIDTH = 100;

/** The arguments as `node:util` parses them, then checked: a problem in words, or the options. */
function readOptions(args: string[]): Options | string {
  let values: {
    facts?: string | undefined;
    json?: boolean | undefined;
    tz?: string | undefined;
    now?: string | undefined;
    width?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        facts: { type: 'string' },
        json: { type: 'boolean' },
        tz: { type: 'string' },
        now: { type: 'string' },
        width: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return argumentProblem(error);
  }
  if (values.facts === undefined) return '--facts is required';
  const timeZone = values.tz ?? 'UTC';
  if (!isTimeZone(timeZone)) return `--tz: unknown time zone "${timeZone}"`;
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now)))
    return `--now: not an ISO instant "${values.now}"`;
  const width = values.width === undefined ? defaultWidth() : Number(values.width);
  if (!Number.isInteger(width) || width < 60)
    return `--width: must be a whole number of 60 or more, got "${values.width}"`;
  return {
    factsPath: values.facts,
    json: values.json ?? false,
    timeZone,
    now: values.now === undefined ? new Date() : new Date(values.now),
    width,
  };
}

/** parseArgs's own errors, said the way the usage text names things. */
function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const named = /'(-{0,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `${named} needs ${named === '--facts' ? 'a file name' : 'a value'}`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `unknown argument "${named}"`;
  }
  return message;
}

function defaultWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return Math.max(60, Math.min(MAX_WIDTH, columns ?? MAX_WIDTH));
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function timeLeft(dueAt: string | null, now: Date): string {
  if (dueAt === null) return '-';
  const ms = Date.parse(dueAt) - now.getTime();
  const text = formatElapsed(Math.abs(ms), 2);
  return ms < 0 ? `overdue ${text}` : text;
}

/** A cell cut to `width` characters, its last one an ellipsis when cut. */
function fitCell(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** Words wrapped to `width` columns, each line after the first indented like the first. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (indent.length + next.length <= width || !line) line = next;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}

/**
 * One row per obligation (due time, time left, id, citation) fitted to `width` columns, and the recipient and the
 * rule in words wrapped on the lines under it: every line fits a terminal, and nothing the JSON holds is lost but notes.
 */
function table(obligations: Obligation[], timeZone: string, now: Date, width: number): string {
  const due = (o: Obligation) =>
    // A law-enforcement delay: "paused" until its end is known, then the moved due time marked as delayed.
    o.dueAt
      ? `${formatInTimeZone(new Date(o.dueAt), timeZone, 'yyyy-MM-dd HH:mm')}${o.tolled ? ' (delayed)' : ''}`
      : o.tolled
        ? 'paused'
        : 'no fixed time';
  const header = [`Due (${timeZone})`, 'Time left', 'Obligation', 'Citation'];
  const rows = obligations.map((o) => [due(o), timeLeft(o.dueAt, now), o.id, o.citation]);
  const natural = header.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)));
  // Due and time left are never cut; the obligation id at most 28 columns (down to 14 on a narrow terminal), the
  // citation the rest. The recipient and the rule in words go on the lines under the row.
  const [dueW = 16, leftW = 9] = natural;
  const remaining = width - dueW - leftW - 2 * (header.length - 1);
  const obligationW = Math.max(14, Math.min(natural[2] ?? 10, 28, remaining - 16));
  const widths = [dueW, leftW, obligationW, Math.max(8, remaining - obligationW)];
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) => fitCell(cell, widths[col] ?? 10))
      .join('  ')
      .trimEnd();
  const withConditions = obligations.filter((o) => o.notes.some((n) => n.startsWith('Only if'))).length;
  const tolled = obligations.filter((o) => o.tolled);
  return [
    line(header),
    ...obligations.flatMap((o, i) => [
      line(rows[i] ?? []),
      ...wrap(`to ${o.recipientName}: ${o.deadline}`, width, '    '),
    ]),
    '',
    ...wrap(
      `${obligations.length} obligations; ${withConditions} depend on a judgment or fact not yet recorded (see --json notes).`,
      width,
      '',
    ),
    ...(tolled.length
      ? [
          `${tolled.length} paused by a law-enforcement delay:`,
          ...tolled.flatMap((o) =>
            wrap(
              `${o.id}: ${o.tolled?.until ? `until ${o.tolled.until}; ` : ''}${o.tolled?.resumes ?? ''}`,
              width,
              '  ',
            ),
          ),
        ]
      : []),
    '',
  ].join('\n');
}

/** `breachbot deadlines --facts FILE [--json] [--tz ZONE] [--now INSTANT]`: 0 on success, 2 on bad usage or facts. */
export const runDeadlines: CliCommand = async (args: string[], io: CliIo): Promise<number> => {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = readOptions(args);
  if (typeof options === 'string') {
    io.stderr(`breachbot deadlines: ${options}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readFile(options.factsPath, 'utf8'));
  } catch (error) {
    io.stderr(`breachbot deadlines: cannot read facts from ${options.factsPath}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  const read = readFactsInput(input, options.timeZone);
  if (!read.ok) {
    io.stderr(
      `breachbot deadlines: the facts in ${options.factsPath} are not valid:\n${read.errors.map((e) => `  ${e}\n`).join('')}`,
    );
    return EXIT_USAGE;
  }
  for (const note of read.saidBack) io.stderr(`breachbot deadlines: read ${note}\n`);
  const parsed = parseFacts(read.input);
  if (!parsed.ok) {
    io.stderr(
      `breachbot deadlines: the facts in ${options.factsPath} are not valid:\n${parsed.errors.map((e) => `  ${e}\n`).join('')}`,
    );
    return EXIT_USAGE;
  }
  const obligations = computeObligations(parsed.facts);
  io.stdout(
    options.json
      ? `${JSON.stringify({ obligations }, null, 2)}\n`
      : table(obligations, options.timeZone, options.now, options.width),
  );
  return 0;
};
