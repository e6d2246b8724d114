import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Cluster, type Redis } from 'ioredis';
import { digestsOf } from '../../src/domain/reminders/reminder-digest';
import { type PlannedReminder, planIncident } from '../../src/domain/reminders/reminder-plan';
import { DeadlineStore } from '../../src/store/deadline-store';
import { DeliveryLedger } from '../../src/store/delivery-ledger';
import { IncidentStore } from '../../src/store/incident-store';
import { RedisKeys } from '../../src/store/keys';
import { TimelineStore } from '../../src/store/timeline-store';
import { SlackRequests } from '../support/slack-requests';
import {
  type ApiCall,
  DEFAULT_BOT_TOKEN,
  GENERAL_CHANNEL_ID,
  type SlackSimulator,
  startSlackSimulator,
} from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';
import { freePort, type Spawned, spawnNode, until } from './spawned';

/**
 * Redis Cluster (issue 9, item 8): a real three-master cluster started here (redis-server --cluster-enabled
 * on free local ports, joined with `redis-cli --cluster create`), the compiled bot and a compiled worker
 * pointed at it with REDIS_CLUSTER_NODES. Every multi-key write (MULTI, Lua) must stay in one hash slot or
 * the cluster refuses it with CROSSSLOT; an open, its reminders (each posted exactly once), a facts-free
 * `notified` and a close all go through.
 */
const run = promisify(execFile);
const prefix = 'breachbot-cluster';
const keys = new RedisKeys(prefix);
const SECRET = 'cluster-secret';
const HOUR = 3600_000;
let dir: string;
const servers: ChildProcess[] = [];
const procs: Spawned[] = [];
let ports: number[] = [];
let cluster: Cluster;
let sim: SlackSimulator;
let slack: SlackRequests;

const cli = (port: number, ...args: string[]) => run('redis-cli', ['-p', String(port), ...args]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'breachbot-cluster-'));
  ports = [];
  for (let i = 0; i < 3; i += 1) ports.push(await freePort());
  for (const port of ports) {
    // As production should run it: AOF on, never evicting (the bot refuses other settings).
    const server = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfilename',
        `appendonly-${port}.aof`,
        '--appenddirname',
        `aof-${port}`,
        '--appendfsync',
        'everysec',
        '--maxmemory-policy',
        'noeviction',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    );
    servers.push(server);
  }
  for (const port of ports)
    await until(async () => (await cli(port, 'ping')).stdout.trim() === 'PONG', `redis ${port}`);
  await run('redis-cli', [
    '--cluster',
    'create',
    ...ports.map((p) => `127.0.0.1:${p}`),
    '--cluster-replicas',
    '0',
    '--cluster-yes',
  ]);
  for (const port of ports) {
    await until(
      async () => (await cli(port, 'cluster', 'info')).stdout.includes('cluster_state:ok'),
      `cluster ${port}`,
    );
  }
  cluster = new Cluster(
    ports.map((port) => ({ host: '127.0.0.1', port })),
    { redisOptions: { maxRetriesPerRequest: null } },
  );
  sim = await startSlackSimulator();
  const env = {
    SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
    SLACK_API_URL: sim.apiUrl,
    REDIS_CLUSTER_NODES: ports.map((p) => `127.0.0.1:${p}`).join(','),
    REDIS_KEY_PREFIX: prefix,
    // The drill closes itself 10 s after it opened: the close act (record, reminders cancelled, summary) on the cluster.
    DRILL_AUTO_CLOSE_HOURS: String(10 / 3600),
  };
  const bot = spawnNode(
    'bot',
    compiled('src/main.js'),
    { ...env, SLACK_SIGNING_SECRET: SECRET, PORT: '0', REMINDER_WORKER: 'off' },
    ROOT,
  );
  const worker = spawnNode('worker', compiled('src/worker-main.js'), { ...env, WORKER_METRICS_PORT: '0' }, ROOT);
  procs.push(bot, worker);
  await worker.waitFor(/"event":"reminder_worker_started"/, 30_000);
  const port = (await bot.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/, 30_000))[1];
  slack = new SlackRequests({
    appUrl: `http://127.0.0.1:${port}`,
    signingSecret: SECRET,
    responseUrl: (id) => sim.responseUrl(id),
  });
}, 90_000);

afterAll(async () => {
  for (const p of procs) p.child.kill('SIGKILL');
  await Promise.all(procs.map((p) => p.exited));
  await cluster?.quit().catch(() => undefined);
  await sim?.stop();
  for (const server of servers) server.kill('SIGKILL');
  await Promise.all(servers.map((s) => new Promise((r) => (s.exitCode !== null ? r(null) : s.once('exit', r)))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function command(text: string, channel_id: string): Promise<string> {
  const res = await slack.slashCommand({ text, user_id: 'UALICE', channel_id });
  expect(res.status).toBe(200);
  const acked = res.body ? String((res.json as { text?: string } | undefined)?.text ?? res.body) : '';
  // An open is acknowledged with its id at once ("Opening INC-…"); its result follows on the response_url.
  if (acked && !acked.startsWith('Opening ')) return acked;
  const answer = await sim.waitForResponse(res.responseUrlId, undefined, { timeoutMs: 10_000 }).catch((error) => {
    throw new Error(`${(error as Error).message}\nbot output:\n${procs[0]?.output()}`);
  });
  return String(answer.body.text);
}

const isReminder = (c: ApiCall) =>
  c.response.ok === true &&
  (c.args.metadata as { event_type?: string } | undefined)?.event_type === 'breachbot_reminder';
const reminderIdOf = (c: ApiCall) =>
  String((c.args.metadata as { event_payload: { reminder_id: string } }).event_payload.reminder_id);

test('the cluster is three masters, and the bot and worker run on it', async () => {
  expect(cluster.nodes('master')).toHaveLength(3);
  for (const p of procs) expect(p.output()).not.toMatch(/CROSSSLOT|MOVED|ClusterAllFailedError/);
});

test('on the cluster: open a drill, its reminders are posted exactly once, notified and close work', async () => {
  const store = cluster as unknown as Redis;
  const discovered = new Date(Math.floor((Date.now() - 68.5 * HOUR) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const reply = await command(
    `open Cluster drill --drill --speed 3600 --regimes gdpr,uk-gdpr --discovered ${discovered}`,
    GENERAL_CHANNEL_ID,
  );
  const [, id, channel] = /\*(INC-[\w-]+)\* is open in <#([A-Z0-9]+)>/.exec(reply) ?? [];
  if (!id || !channel) throw new Error(`unexpected reply: ${reply}`);
  const incident = (await new IncidentStore(store, keys).get(id))!;
  const state = (await new DeadlineStore(store, keys).get(id))!;
  // A severity change: the record's compare-and-set and its timeline entry in one script over four keys of
  // the incident (one hash tag, so one slot).
  const severity = incident.severity === 'sev3' ? 'sev2' : 'sev3';
  expect(
    (await slack.slashCommand({ text: `severity ${severity}`, user_id: 'UALICE', channel_id: channel })).status,
  ).toBe(200);
  await until(async () => (await new IncidentStore(store, keys).get(id))?.severity === severity, 'severity stored');
  const changes = (await new TimelineStore(store, keys).entries(id)).filter((e) => e.kind === 'severity_changed');
  expect(changes.map((e) => e.data)).toMatchObject([{ from: incident.severity, to: severity }]);
  // The 72-hour notices' "1 hour left" (+2.5 s) and "due now" (+3.5 s), by the product's own plan.
  const openedAt = Date.parse(incident.openedAt);
  const expected: PlannedReminder[] = planIncident(
    id,
    state.obligations,
    { openedAt: incident.openedAt, speed: incident.drillSpeed },
    new Date(openedAt),
  ).filter((r) => Date.parse(r.fireAt) <= openedAt + 5_000);
  expect(expected.map((r) => r.id.split('|').slice(1, 3).join(' ')).sort()).toEqual([
    'gdpr/regulator before-60m',
    'gdpr/regulator due',
    'uk-gdpr/regulator before-60m',
    'uk-gdpr/regulator due',
  ]);
  // Posted as digests: one message per instant, listing both notices.
  const digests = digestsOf(expected);
  expect(digests.map((d) => [d.kind, Date.parse(d.fireAt) - openedAt])).toEqual([
    ['reminders', 2500],
    ['reminders', 3500],
  ]);
  const ledger = new DeliveryLedger(store, keys);
  for (const r of digests) {
    await sim.waitForCall('chat.postMessage', (c) => isReminder(c) && reminderIdOf(c) === r.id, { timeoutMs: 15_000 });
    await until(async () => (await ledger.get(id, r.id))?.state === 'posted', `ledger ${r.id}`);
  }
  const counts = new Map<string, number>();
  for (const c of sim.calls('chat.postMessage').filter((c) => isReminder(c) && c.args.channel === channel)) {
    counts.set(reminderIdOf(c), (counts.get(reminderIdOf(c)) ?? 0) + 1);
  }
  for (const r of digests) expect([r.id, counts.get(r.id)]).toEqual([r.id, 1]);
  expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);

  // A write with several keys of one incident (Lua, compare-and-set), which also cancels reminders.
  const since = sim.mark();
  const res = await slack.slashCommand({ text: 'notified gdpr', user_id: 'UALICE', channel_id: channel });
  expect(res.status).toBe(200);
  await sim.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === channel && String(c.args.text).startsWith('[DRILL] Notice given'),
    { since, timeoutMs: 10_000 },
  );
  // The notices given and their timeline entries in one script over six keys of the incident (one slot).
  const given = (await new TimelineStore(store, keys).entries(id)).filter((e) => e.kind === 'notice_done');
  const marked = (await new DeadlineStore(store, keys).get(id))!.obligations.filter((o) => o.doneAt !== null);
  expect(marked.map((o) => o.id)).toContain('gdpr/regulator');
  expect(given.map((e) => e.data.obligationId).sort()).toEqual(marked.map((o) => o.id).sort());
  expect(await command('status', channel)).toContain(id);
  // The close, run by the worker when the drill's time is up.
  await procs[1]!.waitFor(new RegExp(`"event":"drill_auto_close","incident":"${id}","closed":true`), 20_000);
  expect((await new IncidentStore(store, keys).get(id))?.status).toBe('closed');
  for (const p of procs) expect(p.output()).not.toMatch(/CROSSSLOT|"event":"act_failed"|"level":"error"/);
}, 60_000);
