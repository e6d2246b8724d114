import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { startAnchors } from '../jobs/anchors/runtime';
import { HOME_REFRESH_WINDOW_MS, startHomeRefresh } from '../jobs/home/runtime';
import { type RemindersRuntime, startActScheduler, startReminders } from '../jobs/reminders/runtime';
import { DEFAULT_TEMPLATE_ID } from './domain/checklist/templates';
import { anchorTimeline, timelineAnchoring } from './flows/anchor-timeline';
import { autoCloseDrill } from './flows/close-incident';
import type { FlowContext } from './flows/context';
import { deliverDigest } from './flows/deliver-reminder';
import { type HomeDeps, homeViewersOf, publishHome } from './flows/home-tab';
import type { HomeRefresh } from './flows/ports/home';
import { resumeOpenActs } from './flows/resume-acts';
import { resumeReminders } from './flows/resume-reminders';
import { redrawStaleRegisters } from './flows/show-register';
import { DEFAULT_DRILL_AUTO_CLOSE_HOURS, DEFAULT_ESCALATION_CAP, type Env } from './runtime/env';
import { InFlight } from './runtime/in-flight';
import { type BotLog, jsonLog, type LogFields, libraryLogger } from './runtime/log';
import { type BotMetrics, noMetrics } from './runtime/metrics';
import { ObligationThreads } from './runtime/obligation-threads';
import { PrometheusMetrics } from './runtime/prometheus-metrics';
import { closingReserveMs, DEFAULT_GRACE_MS, type StopReport, settlesBy } from './runtime/shutdown';
import { Slots } from './runtime/slots';
import { MeteredWebClient } from './slack/adapters/metered-web-client';
import { SlackAnchors } from './slack/adapters/slack-anchors';
import { SlackChat } from './slack/adapters/slack-chat';
import { SlackHome } from './slack/adapters/slack-home';
import { reminderWebClient, SlackReminderPoster } from './slack/adapters/slack-reminder-poster';
import { createSlackApp } from './slack/app';
import { ActStore } from './store/act-store';
import { AnchorRecords } from './store/anchor-records';
import { closeRedis, failFastDuplicate, redisAnswers, whenReady } from './store/connection';
import { DeadlineStore } from './store/deadline-store';
import { DeliveryLedger } from './store/delivery-ledger';
import { HomeViewers } from './store/home-viewers';
import { IncidentStore } from './store/incident-store';
import { RedisKeys } from './store/keys';
import { StaleRegisters } from './store/stale-registers';
import { TimelineStore } from './store/timeline-store';

/**
 * The composition root: the only module that wires the Slack adapter (src/slack) and the queue (jobs/)
 * together. Everything else depends inward: slack → flows → domain and store.
 */

export interface BotHandle {
  /** The acts' context as the listeners use it (stores, chat port, reminders). */
  ctx: FlowContext;
  inFlight: InFlight;
  /** The port the HTTP server listens on (PORT, or the one the OS chose for PORT=0). */
  port: number;
  /**
   * Stops taking requests, lets acknowledged work finish until shortly before `deadline` (epoch ms; default
   * the 25 s grace from now), logs what it had to abandon, then closes the reminders. Redis is the caller's
   * to close. Resolves by `deadline` even when Redis is down.
   */
  stop(deadline?: number): Promise<StopReport>;
  /** What is running now (act counts, reminder jobs): the shutdown log line when the grace runs out. */
  pending(): LogFields;
}

export interface BotOptions {
  redis: Redis;
  log?: BotLog;
  now?: () => Date;
  /** This process's metrics (served on PORT at /metrics); a fresh registry when absent. */
  metrics?: PrometheusMetrics;
}

export interface ReminderRuntimeOptions {
  env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL' | 'REMINDER_CONCURRENCY'> &
    Partial<Pick<Env, 'DRILL_AUTO_CLOSE_HOURS' | 'REMINDER_ESCALATION_CAP' | 'REMINDER_LOCK_MS'>>;
  redis: Redis;
  keys: RedisKeys;
  log: BotLog;
  now: () => Date;
  runWorker: boolean;
  metrics?: BotMetrics;
  /** Told of every timeline append (the bot schedules the incident's anchor). */
  timelineAppended?: (incidentId: string) => void;
  /** Told after each reminder digest is handled: a clock fell due, so the Home tabs show it overdue. */
  digestDelivered?: (incidentId: string) => void;
}

/**
 * The reminders queue and scheduler, and unless told otherwise a worker whose jobs run the deliver-reminder
 * act over Slack. Used by the bot and by `npm run worker` (src/worker-main.ts).
 */
export function startReminderRuntime(options: ReminderRuntimeOptions): RemindersRuntime {
  const { redis, keys, log, now, env } = options;
  const metrics = options.metrics ?? noMetrics;
  const incidents = new IncidentStore(redis, keys);
  const deadlines = new DeadlineStore(redis, keys);
  const timeline = new TimelineStore(redis, keys, { appended: options.timelineAppended });
  const poster = new SlackReminderPoster(reminderWebClient(env, metrics, log));
  const deliveryDeps = {
    incidents,
    deadlines,
    ledger: new DeliveryLedger(redis, keys),
    timeline,
    poster,
    register: poster,
    log,
    now,
    escalationCap: env.REMINDER_ESCALATION_CAP ?? DEFAULT_ESCALATION_CAP,
  };
  const runtime: RemindersRuntime = startReminders({
    redis,
    keys,
    log,
    now,
    metrics,
    drillAutoCloseMs: (env.DRILL_AUTO_CLOSE_HOURS ?? DEFAULT_DRILL_AUTO_CLOSE_HOURS) * 3600_000,
    worker: options.runWorker
      ? {
          concurrency: env.REMINDER_CONCURRENCY,
          ...(env.REMINDER_LOCK_MS ? { lockMs: env.REMINDER_LOCK_MS } : {}),
          deliver: async (digest, attempt) => {
            const result = await deliverDigest(deliveryDeps, digest, attempt);
            options.digestDelivered?.(digest.incidentId);
            return result;
          },
          resume: (scheduler) => resumeReminders({ incidents, deadlines, reminders: scheduler, log, now }),
          closeDrill: (incidentId, reopens) =>
            autoCloseDrill(
              {
                incidents,
                acts: new ActStore(redis, keys),
                deadlines,
                timeline,
                chat: new SlackChat(slackClient(env, metrics, log)),
                reminders: runtime.scheduler,
                settings: WORKER_SETTINGS,
                now,
                log,
                metrics,
              },
              incidentId,
              reopens,
            ),
        }
      : null,
  });
  return runtime;
}

/** Closing a drill reads none of the open-time settings; a worker process has none of them. */
const WORKER_SETTINGS = {
  channelPrefix: 'inc',
  channelNaming: 'slug' as const,
  checklistTemplate: DEFAULT_TEMPLATE_ID,
  responders: [],
  botUserId: '',
  profile: { entityTypes: [], dataTypes: [] },
};

/** A Web API client for work outside Bolt (auto-closing a drill in a worker): measured, logging through ours. */
function slackClient(env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>, metrics: BotMetrics, log: BotLog) {
  return new MeteredWebClient(metrics, env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    logger: libraryLogger(log, 'web-api') as never,
  });
}

/**
 * The bot user the token belongs to (`auth.test`), asked once at start by the bot and by `npm run worker`. Fail
 * fast: a wrong token or URL is reported in seconds, not after the default half hour of retries, and never as a
 * worker that starts and then fails every reminder.
 */
export async function slackIdentityAtStart(
  env: Pick<Env, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>,
  metrics: BotMetrics,
  log: BotLog,
): Promise<{ user_id?: string; bot_id?: string }> {
  const startupClient = new MeteredWebClient(metrics, env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1000 },
    logger: libraryLogger(log, 'web-api') as never,
  });
  return startupClient.auth.test();
}

/** Wires the stores, the reminders and the Bolt app, and starts it. Shared by main.ts and the tests. */
export async function startBot(env: Env, options: BotOptions): Promise<BotHandle> {
  const log = options.log ?? jsonLog(env.LOG_LEVEL);
  const metrics = options.metrics ?? new PrometheusMetrics('bot');
  metrics.watchRedis(() => redisAnswers(options.redis));
  const keys = new RedisKeys(env.REDIS_KEY_PREFIX);
  const now = options.now ?? (() => new Date());
  const auth = await slackIdentityAtStart(env, metrics, log);
  // Anchors of the timeline outside Redis (issue 10): every append schedules one, debounced, on BullMQ.
  const anchorDeps = {
    incidents: new IncidentStore(options.redis, keys),
    timeline: new TimelineStore(options.redis, keys),
    records: new AnchorRecords(options.redis, keys),
    port: new SlackAnchors(reminderWebClient(env, metrics, log), auth.bot_id ?? ''),
    log,
  };
  const anchors = startAnchors({
    redis: options.redis,
    keys,
    log,
    debounceMs: env.TIMELINE_ANCHOR_DEBOUNCE_MS,
    anchor: (incidentId) => anchorTimeline(anchorDeps, incidentId),
    // Only for an incident that still exists: anchorTimeline posts nothing for one that does not, and a
    // lag that can never close would reschedule forever.
    lagging: async (incidentId) =>
      (await anchorDeps.incidents.get(incidentId)) !== null &&
      (await anchorDeps.timeline.length(incidentId)) !== ((await anchorDeps.records.get(incidentId))?.length ?? 0),
  });
  const timelineAppended = (incidentId: string) => anchors.soon(incidentId);
  // Set once the Home refresh runs (it needs the records' connection, made after the reminders).
  let homeRefresh: HomeRefresh | undefined;
  const reminders = startReminderRuntime({
    env,
    redis: options.redis,
    keys,
    log,
    now,
    runWorker: env.REMINDER_WORKER === 'on',
    metrics,
    timelineAppended,
    digestDelivered: (incidentId) => homeRefresh?.incidentChanged(incidentId),
  });
  // The records the acts read and write go through a fail-fast connection (no offline queue): during a Redis
  // outage a person hears within seconds that nothing was recorded. The queue keeps the patient connection.
  const records = failFastDuplicate(options.redis);
  await whenReady(records, 5000);
  // The acts schedule and cancel reminders on the same fail-fast connection: an act never waits on a Redis
  // that is down (the worker's queue, above, keeps the patient one).
  const actReminders = startActScheduler({
    connection: records,
    keys,
    log,
    metrics,
    drillAutoCloseMs: (env.DRILL_AUTO_CLOSE_HOURS ?? DEFAULT_DRILL_AUTO_CLOSE_HOURS) * 3600_000,
  });
  // So does the anchoring a summary asks for at once (the debounced anchor jobs stay on the queue's connection).
  const actAnchorDeps = {
    ...anchorDeps,
    incidents: new IncidentStore(records, keys),
    timeline: new TimelineStore(records, keys),
    records: new AnchorRecords(records, keys),
  };
  const inFlight = new InFlight();
  const homeDeps: HomeDeps = {
    incidents: new IncidentStore(records, keys),
    deadlines: new DeadlineStore(records, keys),
    viewers: new HomeViewers(records, keys),
    port: new SlackHome(
      new MeteredWebClient(metrics, env.SLACK_BOT_TOKEN, {
        ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
        retryConfig: { retries: 2, minTimeout: 500, maxTimeout: 3000 },
        timeout: env.SLACK_CALL_TIMEOUT_MS,
        logger: libraryLogger(log, 'web-api') as never,
      }),
    ),
    ...(env.LEGAL_USERGROUP ? { legalGroup: env.LEGAL_USERGROUP } : {}),
    now,
    log,
  };
  // Home tabs re-published after a clock changes (issue 12, item 4): debounced on BullMQ, after the act.
  const home = startHomeRefresh({
    redis: options.redis,
    keys,
    log,
    windowMs: HOME_REFRESH_WINDOW_MS,
    work: {
      viewersOf: (incidentId) => homeViewersOf(homeDeps, incidentId),
      publish: (userId) => publishHome(homeDeps, userId, { opened: false }),
    },
  });
  homeRefresh = home;
  // The open-incidents index the Home reads, rebuilt from the records at every start (incidents opened by an
  // earlier version, an index step cut off by a crash).
  void homeDeps.incidents
    .rebuildOpenIndex()
    .then((result) => log.info('open_index_rebuilt', result))
    .catch((error: unknown) => log.warn('open_index_rebuild_failed', { err: error }));
  // The deadline engine on worker threads: a Mr. Cooper-sized open or facts change does not stall the acks.
  const obligationThreads = env.OBLIGATION_THREADS > 0 ? new ObligationThreads(env.OBLIGATION_THREADS, { log }) : null;
  const botUserId = auth.user_id ?? '';
  const { app, ctx } = createSlackApp({
    env,
    redis: records,
    keys,
    inFlight,
    botUserId,
    botId: auth.bot_id ?? '',
    renderMetrics: () => metrics.render(),
    home: homeDeps,
    flows: {
      incidents: new IncidentStore(records, keys),
      acts: new ActStore(records, keys, env.ACT_LEASE_MS),
      actSlots: new Slots(env.ACT_CONCURRENCY),
      timeline: new TimelineStore(records, keys, { appended: timelineAppended }),
      deadlines: new DeadlineStore(records, keys),
      staleRegisters: new StaleRegisters(records, keys),
      ...(obligationThreads ? { obligations: obligationThreads } : {}),
      reminders: actReminders.scheduler,
      anchors: timelineAnchoring(actAnchorDeps),
      home,
      settings: {
        channelPrefix: env.INCIDENT_CHANNEL_PREFIX,
        channelNaming: env.INCIDENT_CHANNEL_NAMES,
        checklistTemplate: DEFAULT_TEMPLATE_ID,
        responders: env.INCIDENT_RESPONDERS,
        admins: env.INCIDENT_ADMINS,
        lifecycleAuthority: env.LIFECYCLE_AUTHORITY,
        botUserId,
        profile: { entityTypes: env.ORG_ENTITY_TYPES, dataTypes: env.ORG_DATA_TYPES },
      },
      now,
      log,
      metrics,
    },
  });
  const started = (await app.start(env.PORT).catch(async (error: unknown) => {
    await reminders.close();
    await actReminders.close();
    await home.close();
    records.disconnect();
    await anchors.close();
    await obligationThreads?.close();
    throw error;
  })) as Server | undefined;
  const address = started?.address?.() as AddressInfo | null | undefined;
  const port = address?.port ?? env.PORT;
  log.info('bot_started', { mode: env.SLACK_APP_TOKEN ? 'socket' : 'http', port });
  const resumer = startActResumer(ctx, inFlight, env.ACT_RESUME_INTERVAL_MS);
  return {
    ctx,
    inFlight,
    port,
    async stop(deadline = Date.now() + DEFAULT_GRACE_MS) {
      resumer.stop();
      const drainBy = deadline - closingReserveMs(deadline - Date.now());
      await settlesBy(app.stop(), drainBy);
      const drained = await inFlight.drain(Math.max(0, drainBy - Date.now()));
      const acts = drained ? null : inFlight.summary();
      // Content-free: act names and counts. An open cut off here is the open flow's to resume.
      if (acts) log.warn('shutdown_abandoned', { reason: 'drain_timeout', ...acts });
      // Workers last: a reminder being posted finishes; delayed ones wait in Redis for the next process, and a
      // job cut off here is taken up again by another worker (the delivery ledger keeps it to one post).
      const closed = await settlesBy(
        Promise.all([reminders.close(), anchors.close(), home.close(), actReminders.close()]),
        deadline - 250,
      );
      const jobs = closed ? [] : reminders.activeJobs();
      if (!closed) {
        // Redis down holds BullMQ's close: give up on it; only jobs it was running count as abandoned.
        log.warn(jobs.length ? 'shutdown_abandoned' : 'reminders_close_timed_out', {
          reason: 'worker_close_timeout',
          ...jobFields(jobs),
        });
      }
      await obligationThreads?.close();
      await closeRedis(records, deadline - Date.now());
      return { abandoned: (acts?.inFlight ?? 0) + jobs.length };
    },
    pending: () => ({ ...inFlight.summary(), ...jobFields(reminders.activeJobs()) }),
  };
}

/** Reminder job ids for a log line: how many, and the first few ids (incident, obligation, kind, time). */
export function jobFields(jobIds: string[]): LogFields {
  return { reminderJobs: jobIds.length, ...(jobIds.length ? { jobIds: jobIds.slice(0, 10).join(' ') } : {}) };
}

/**
 * Finishes opens a crash, a deploy or Slack left unfinished: once at start, then every `intervalMs`. Each act
 * runs under its lease, so any number of replicas may sweep. A sweep is tracked like a command's work, so a
 * shutdown lets the act in hand finish its step (or leaves it resumable).
 */
function startActResumer(ctx: FlowContext, inFlight: InFlight, intervalMs: number): { stop(): void } {
  let sweeping = false;
  let stopped = false;
  const sweep = () => {
    if (sweeping || stopped) return;
    sweeping = true;
    void inFlight
      .track(
        (async () => {
          const minAgeMs = Math.min(intervalMs, 5_000);
          const result = await resumeOpenActs(ctx, { minAgeMs });
          if (result.resumed) ctx.log.info('acts_resumed', result);
          // A change killed between its store and its register (facts, notified, undo): drawn here.
          const drawn = await redrawStaleRegisters(ctx, { minAgeMs });
          if (drawn) ctx.log.info('registers_redrawn', { drawn });
        })(),
      )
      .catch(() => undefined)
      .finally(() => {
        sweeping = false;
      });
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
