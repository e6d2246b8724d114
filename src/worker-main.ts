import { startAnchors } from '../jobs/anchors/runtime';
import { startReminderRuntime } from './bot';
import { settingProblems, workerEnvSchema } from './runtime/env';
import { jsonLog } from './runtime/log';
import { installShutdown } from './runtime/shutdown';
import { connectRedis, DEFAULT_REDIS_URL } from './store/connection';
import { RedisKeys } from './store/keys';

/**
 * `npm run worker`: a process that only posts reminders, to scale out next to the bot. It needs the bot's
 * SLACK_BOT_TOKEN, SLACK_API_URL, REDIS_URL and REDIS_KEY_PREFIX (the same Redis and prefix), and no HTTP port
 * or signing secret. Any number of these and of bots may run: each reminder is posted once.
 */
async function main(): Promise<void> {
  const parsed = workerEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = settingProblems(parsed.error).map((p) => `  - ${p}`);
    process.stderr.write(
      `breachbot worker cannot start; fix these settings (see README.md, "Configuration"):\n${problems.join('\n')}\n`,
    );
    process.exit(1);
  }
  const env = parsed.data;
  const log = jsonLog(env.LOG_LEVEL);
  const redis = connectRedis(env.REDIS_URL ?? DEFAULT_REDIS_URL);
  const keys = new RedisKeys(env.REDIS_KEY_PREFIX);
  // Reminders posted here append to the timeline: their anchor is scheduled for the bots' anchor workers.
  const anchors = startAnchors({ redis, keys, log, debounceMs: env.TIMELINE_ANCHOR_DEBOUNCE_MS, anchor: null });
  const reminders = startReminderRuntime({
    env,
    redis,
    keys,
    log,
    now: () => new Date(),
    runWorker: true,
    timelineAppended: (incidentId) => anchors.soon(incidentId),
  });
  await reminders.worker?.waitUntilReady();
  log.info('reminder_worker_started', { concurrency: env.REMINDER_CONCURRENCY });
  installShutdown(async () => {
    await reminders.close();
    await anchors.close();
    await redis.quit();
  }, log);
}

main().catch((error: unknown) => {
  process.stderr.write(`breachbot worker could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
