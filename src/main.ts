import { startBot } from './bot';
import { readEnv } from './runtime/env';
import { ensureLocalRedis } from './runtime/local-redis';
import { jsonLog } from './runtime/log';
import { installShutdown } from './runtime/shutdown';
import { connectRedisTarget } from './store/connection';

/** `npm start`: check the environment, make sure Redis is there, start the bot, stop cleanly on a signal. */
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
      process.stdout.write(`Started a local redis-server (data in ${local.dataDir}, append-only file on).\n`);
  }
  const redis = connectRedisTarget(env);
  const log = jsonLog(env.LOG_LEVEL);
  const bot = await startBot(env, { redis, log });
  installShutdown(async () => {
    await bot.stop();
    await redis.quit();
  }, log);
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
