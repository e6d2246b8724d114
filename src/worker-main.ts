import { startAnchors } from '../jobs/anchors/runtime';
import { HOME_REFRESH_WINDOW_MS, startHomeRefresh } from '../jobs/home/runtime';
import { jobFields, slackIdentityAtStart, startReminderRuntime } from './bot';
import { settingProblems, workerEnvSchema } from './runtime/env';
import { jsonLog } from './runtime/log';
import { startMetricsServer } from './runtime/metrics-server';
import { PrometheusMetrics } from './runtime/prometheus-metrics';
import { installShutdown, settlesBy } from './runtime/shutdown';
import {
  closeRedis,
  connectRedisTarget,
  DEFAULT_REDIS_URL,
  logConnectionState,
  redisAnswers,
  whenReady,
} from './store/connection';
import { RedisKeys } from './store/keys';
import { durabilityAtStart } from './store/redis-durability';

const REDIS_START_WAIT_MS = 30_000;

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
  logConnectionState(redis, log, 'main');
  if (!(await whenReady(redis, REDIS_START_WAIT_MS))) {
    process.stderr.write(
      `breachbot worker cannot start: Redis (REDIS_URL, default ${DEFAULT_REDIS_URL}) did not answer within ${REDIS_START_WAIT_MS / 1000} s.\n`,
    );
    process.exit(1);
  }
  const refusals = await durabilityAtStart(redis, env.REDIS_ALLOW_VOLATILE, log);
  if (refusals.length > 0) {
    process.stderr.write(
      `breachbot worker cannot start; fix these Redis settings (see README.md, "Configuration"):\n${refusals.map((r) => `  - ${r}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  const metrics = new PrometheusMetrics('worker');
  metrics.watchRedis(() => redisAnswers(redis));
  await slackIdentityAtStart(env, metrics, log);
  const keys = new RedisKeys(env.REDIS_KEY_PREFIX);
  // Reminders posted here append to the timeline: their anchor is scheduled for the bots' anchor workers.
  const anchors = startAnchors({ redis, keys, log, debounceMs: env.TIMELINE_ANCHOR_DEBOUNCE_MS, anchor: null });
  const home = startHomeRefresh({ redis, keys, log, windowMs: HOME_REFRESH_WINDOW_MS, work: null });
  const reminders = startReminderRuntime({
    env,
    redis,
    keys,
    log,
    now: () => new Date(),
    runWorker: true,
    metrics,
    timelineAppended: (incidentId) => anchors.soon(incidentId),
    // A reminder at a due time changes the Home tabs: re-published by the bots' Home workers.
    digestDelivered: (incidentId) => home.incidentChanged(incidentId),
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
  installShutdown(
    async (deadline) => {
      // A job cut off here is taken up again by another worker; the delivery ledger keeps it to one post.
      await settlesBy(server.close(), deadline - 1000);
      const closed = await settlesBy(Promise.all([reminders.close(), anchors.close(), home.close()]), deadline - 250);
      const jobs = closed ? [] : reminders.activeJobs();
      if (!closed) {
        // Redis down holds BullMQ's close: give up on it; only jobs it was running count as abandoned.
        log.warn(jobs.length ? 'shutdown_abandoned' : 'reminders_close_timed_out', {
          reason: 'worker_close_timeout',
          ...jobFields(jobs),
        });
      }
      await closeRedis(redis, deadline - Date.now());
      return { abandoned: jobs.length };
    },
    log,
    { graceMs: env.SHUTDOWN_GRACE_SECONDS * 1000, pending: () => jobFields(reminders.activeJobs()) },
  );
}

main().catch((error: unknown) => {
  // As the bot's: Slack's refusal of the token is named, not dumped.
  const data = (error as { data?: { error?: string } }).data;
  const reason = data?.error
    ? `Slack answered "${data.error}" (check SLACK_BOT_TOKEN and SLACK_API_URL)`
    : (error as Error).message;
  process.stderr.write(`breachbot worker could not start: ${reason}\n`);
  process.exit(1);
});
