import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { incidentIdSchema, slackChannelIdSchema } from '../domain/ids';
import { type RegisterRow, registerCsv, registerRows } from '../domain/register/register-export';
import { redisEnvSchema, settingProblems } from '../runtime/env';
import { connectRedis, DEFAULT_REDIS_URL } from '../store/connection';
import { DeadlineStore } from '../store/deadline-store';
import { IncidentStore } from '../store/incident-store';
import { RedisKeys } from '../store/keys';
import { UserNameStore } from '../store/user-names';
import type { CliIo } from './cli-io';

export const REGISTER_USAGE = [
  'usage: breachbot register <incident id or channel id> [--csv | --json] [--zone <IANA zone>]',
  '  one row per obligation: regime, stage, jurisdiction, recipient, due time, status, done time, who, note,',
  '  citation, caveat. Default: a table for the terminal. --csv: RFC 4180 for spreadsheets. Times in --zone',
  '  (default UTC). Reads REDIS_URL (default redis://127.0.0.1:6379) and REDIS_KEY_PREFIX (default breachbot).',
].join('\n');

export interface RegisterExport {
  incidentId: string;
  zone: string;
  rows: RegisterRow[];
}

/** The register of one incident (by its id, or its channel's id) from Redis; null when there is no such incident. */
export async function readRegister(
  redis: Redis,
  keys: RedisKeys,
  ref: string,
  options: { zone: string; now: Date },
): Promise<RegisterExport | null> {
  const incidents = new IncidentStore(redis, keys);
  const byId = incidentIdSchema.safeParse(ref.toUpperCase());
  const incident = byId.success ? await incidents.get(byId.data) : await incidents.getByChannel(ref);
  if (!incident) return null;
  const records = (await new DeadlineStore(redis, keys).get(incident.id))?.obligations ?? [];
  const names = await new UserNameStore(redis, keys).get(
    records.map((o) => o.doneBy).filter((u): u is string => u !== null),
  );
  return { incidentId: incident.id, zone: options.zone, rows: registerRows(incident, records, { ...options, names }) };
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `breachbot register <incident>`: exit 0 with the register on stdout, 1 when it cannot be read, 2 on usage errors. */
export async function runRegister(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${REGISTER_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${REGISTER_USAGE}\n`);
    return 0;
  }
  const ref = positionals[0] ?? '';
  const problems = [
    ...(positionals.length !== 1 ? ['register takes one incident id or channel id.'] : []),
    ...(positionals.length === 1 &&
    !incidentIdSchema.safeParse(ref.toUpperCase()).success &&
    !slackChannelIdSchema.safeParse(ref).success
      ? [`"${ref}" is neither an incident id (INC-7) nor a channel id (C0…).`]
      : []),
    ...(values.csv && values.json ? ['--csv and --json cannot be combined.'] : []),
    ...(!validZone(values.zone) ? [`--zone "${values.zone}" is not a time zone (e.g. UTC, America/New_York).`] : []),
  ];
  if (problems.length > 0) {
    io.stderr(`${problems.join('\n')}\n${REGISTER_USAGE}\n`);
    return 2;
  }
  const env = redisEnvSchema.safeParse(io.env);
  if (!env.success) {
    io.stderr(`bad settings: ${settingProblems(env.error).join('; ')}\n${REGISTER_USAGE}\n`);
    return 2;
  }
  const keys = new RedisKeys(env.data.REDIS_KEY_PREFIX);
  const redis = connectRedis(env.data.REDIS_URL ?? DEFAULT_REDIS_URL, {
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
    enableOfflineQueue: true,
  });
  redis.on('error', () => undefined);
  try {
    const register = await readRegister(redis, keys, ref, { zone: values.zone, now: new Date() });
    if (!register) {
      io.stderr(`No incident ${ref} under key prefix "${keys.prefix}".\n`);
      return 1;
    }
    if (values.csv) io.stdout(registerCsv(register.rows, register.zone));
    else if (values.json) io.stdout(`${JSON.stringify(register, null, 2)}\n`);
    else io.stdout(table(register));
    return 0;
  } catch (error) {
    io.stderr(`Could not read ${ref} from Redis: ${(error as Error).message}\n`);
    return 1;
  } finally {
    redis.disconnect();
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      csv: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      zone: { type: 'string', default: 'UTC' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** For the terminal: the columns a person scans, one obligation a line. */
function table(r: RegisterExport): string {
  const head = `${r.incidentId}: ${r.rows.length.toLocaleString('en-US')} obligations (times in ${r.zone})`;
  const cells = r.rows.map((row) => [row.obligation, row.status, row.due, row.done ? `${row.done} by ${row.by}` : '']);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]?.length ?? 0), 0));
  const lines = cells.map((c) =>
    c
      .map((v, i) => (i < 3 ? v.padEnd(widths[i] ?? 0) : v))
      .join('  ')
      .trimEnd(),
  );
  return `${[head, ...lines].join('\n')}\n`;
}
