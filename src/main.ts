import { startBot } from './bot';
import { readEnv } from './runtime/env';
import { ensureLocalRedis } from './runtime/local-redis';
import { jsonLog } from './runtime/log';
import { installShutdown } from './runtime/shutdown';
import { closeRedis, connectRedisTarget, DEFAULT_REDIS_URL, logConnectionState, whenReady } from './store/connection';
import { durabilityAtStart } from './store/redis-durability';

/** How long start-up waits for Redis before giving up (a container's Redis may start a little later). */
const REDIS_START_WAIT_MS = 30_000;

/**
 * `npm start`: check the environment, make sure Redis is there and keeps what it is given, start the bot,
 * stop cleanly on a signal.
 */
async function main(): Promise<void> {
  const result = readEnv();
  if (!result.ok) {
    process.stderr.write(
      `breachbot cannot start; fix these settings (see README.md, "Configuration"):\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const env = result.env;
  if (!env.REDIS_URL && !env.REDIS_CLUSTER_NODES && !env.REDIS_SENTINELS) {
    const local = await ensureLocalRedis();
    if (local.kind === 'missing' || local.kind === 'failed') {
      process.stderr.write(`${local.advice}\n`);
      process.exit(1);
    }
    if (local.kind === 'started')
      process.stdout.write(
        `Started a local redis-server (data in ${local.dataDir}, append-only file on, maxmemory-policy noeviction).\n`,
      );
  }
  const log = jsonLog(env.LOG_LEVEL);
  const redis = connectRedisTarget(env);
  logConnectionState(redis, log, 'main');
  if (!(await whenReady(redis, REDIS_START_WAIT_MS))) {
    process.stderr.write(
      `breachbot cannot start: Redis (REDIS_URL, default ${DEFAULT_REDIS_URL}) did not answer within ${REDIS_START_WAIT_MS / 1000} s.\n`,
    );
    process.exit(1);
  }
  const refusals = await durabilityAtStart(redis, env.REDIS_ALLOW_VOLATILE, log);
  if (refusals.length > 0) {
    process.stderr.write(
      `breachbot cannot start; fix these Redis settings (see README.md, "Configuration"):\n${refusals.map((r) => `  - ${r}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const bot = await startBot(env, { redis, log });
  installShutdown(
    async (deadline) => {
      const report = await bot.stop(deadline);
      await closeRedis(redis, deadline - Date.now());
      return report;
    },
    log,
    { graceMs: env.SHUTDOWN_GRACE_SECONDS * 1000, pending: () => bot.pending() },
  );
}

main().catch((error: unknown) => {
  // Start-up failures are named, not dumped: a stack trace helps nobody on a first run.
  const data = (error as { data?: { error?: string } }).data;
  const reason = data?.error
    ? `Slack answered "${data.error}" (check SLACK_BOT_TOKEN and SLACK_API_URL)`
    : (error as Error).message;
  process.stderr.write(`breachbot could not start: ${reason}\n`);
  process.exit(1);
});
