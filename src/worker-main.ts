import { startReminderRuntime } from './bot';
import { settingProblems, workerEnvSchema } from './runtime/env';
import { jsonLog } from './runtime/log';
import { startMetricsServer } from './runtime/metrics-server';
import { PrometheusMetrics } from './runtime/prometheus-metrics';
import { installShutdown } from './runtime/shutdown';
import { connectRedisTarget, redisAnswers } from './store/connection';
import { RedisKeys } from './store/keys';

/**
 * `npm run worker` (`node dist/src/worker-main.js`): a process that only posts reminders (and auto-closes
 * drills), to scale out next to the bot. It needs the bot's SLACK_BOT_TOKEN, SLACK_API_URL, REDIS_URL (or
 * REDIS_CLUSTER_NODES) and REDIS_KEY_PREFIX, and no signing secret; it serves /metrics and /healthz on
 * WORKER_METRICS_PORT. Any number of these and of bots may run: each reminder is posted once.
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
  const redis = connectRedisTarget(env);
  const metrics = new PrometheusMetrics('worker');
  metrics.watchRedis(() => redisAnswers(redis));
  const reminders = startReminderRuntime({
    env,
    redis,
    keys: new RedisKeys(env.REDIS_KEY_PREFIX),
    log,
    now: () => new Date(),
    runWorker: true,
    metrics,
  });
  const server = await startMetricsServer(metrics, env.WORKER_METRICS_PORT, () => redisAnswers(redis)).catch(
    (error: unknown) => {
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
      // Two workers on one host: each needs its own port (0 lets the OS choose; the start line names it).
      throw new Error(
        `WORKER_METRICS_PORT ${env.WORKER_METRICS_PORT} is in use; give each worker on this host its own port, or 0`,
      );
    },
  );
  await reminders.worker?.waitUntilReady();
  log.info('reminder_worker_started', { concurrency: env.REMINDER_CONCURRENCY, metrics_port: server.port });
  installShutdown(async () => {
    await server.close();
    await reminders.close();
    await redis.quit();
  }, log);
}

main().catch((error: unknown) => {
  process.stderr.write(`breachbot worker could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
