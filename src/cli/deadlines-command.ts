import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { computeObligations, parseFacts } from '../domain/regulations/engine';
import type { Obligation } from '../domain/regulations/obligation';
import { formatElapsed } from '../domain/time/durations';
import { formatInTimeZone } from '../domain/time/format-in-zone';
import type { CliCommand, CliIo } from './cli-io';

/** Bad usage or bad facts: the caller must fix its input (the dispatcher uses 2 for usage errors too). */
const EXIT_USAGE = 2;

const USAGE = `Usage: breachbot deadlines --facts FILE [--json] [--tz ZONE] [--now INSTANT]

  --facts FILE    incident facts as JSON (see examples/mr-cooper.json); a "lawEnforcementDelay" in them pauses
                  the notices it reaches (shown as "paused", or "(delayed)" once its end is known)
  --json          print {"obligations": [...]} instead of a table
  --tz ZONE       IANA time zone for the table (default UTC)
  --now INSTANT   compute "time left" from this ISO instant instead of the current time
`;

interface Options {
  factsPath: string;
  json: boolean;
  timeZone: string;
  now: Date;
}

/** The arguments as `node:util` parses them, then checked: a problem in words, or the options. */
function readOptions(args: string[]): Options | string {
  let values: {
    facts?: string | undefined;
    json?: boolean | undefined;
    tz?: string | undefined;
    now?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        facts: { type: 'string' },
        json: { type: 'boolean' },
        tz: { type: 'string' },
        now: { type: 'string' },
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
  return {
    factsPath: values.facts,
    json: values.json ?? false,
    timeZone,
    now: values.now === undefined ? new Date() : new Date(values.now),
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

function table(obligations: Obligation[], timeZone: string, now: Date): string {
  const rows = obligations.map((o) => [
    // A law-enforcement delay: "paused" until its end is known, then the moved due time marked as delayed.
    o.dueAt
      ? `${formatInTimeZone(new Date(o.dueAt), timeZone, 'yyyy-MM-dd HH:mm')}${o.tolled ? ' (delayed)' : ''}`
      : o.tolled
        ? 'paused'
        : 'no fixed time',
    timeLeft(o.dueAt, now),
    o.id,
    o.recipientName,
    o.deadline,
  ]);
  const header = [`Due (${timeZone})`, 'Time left', 'Obligation', 'Recipient', 'Deadline'];
  // The last column is free text and is not padded, so long rules do not widen every line.
  const widths = header.slice(0, -1).map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) => (col < widths.length ? cell.padEnd(widths[col] ?? 0) : cell))
      .join('  ')
      .trimEnd();
  const withConditions = obligations.filter((o) => o.notes.some((n) => n.startsWith('Only if'))).length;
  const tolled = obligations.filter((o) => o.tolled);
  return [
    line(header),
    ...rows.map(line),
    '',
    `${obligations.length} obligations; ${withConditions} depend on a judgment or fact not yet recorded (see --json notes).`,
    ...(tolled.length
      ? [
          `${tolled.length} paused by a law-enforcement delay:`,
          ...tolled.map(
            (o) => `  ${o.id}: ${o.tolled?.until ? `until ${o.tolled.until}; ` : ''}${o.tolled?.resumes ?? ''}`,
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
  const parsed = parseFacts(input);
  if (!parsed.ok) {
    io.stderr(
      `breachbot deadlines: the facts in ${options.factsPath} are not valid:\n${parsed.errors.map((e) => `  ${e}\n`).join('')}`,
    );
    return EXIT_USAGE;
  }
  const obligations = computeObligations(parsed.facts);
  io.stdout(
    options.json ? `${JSON.stringify({ obligations }, null, 2)}\n` : table(obligations, options.timeZone, options.now),
  );
  return 0;
};
