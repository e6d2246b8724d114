import type { Redis } from 'ioredis';
import type { Env } from '../runtime/env';
import type { IncidentService } from '../flows/incident-service';
import type { RedisKeys } from '../store/keys';
import type { InFlight } from '../runtime/in-flight';
import type { TimelineStore } from '../store/timeline-store';
import type { DeadlineService } from '../flows/deadline-service';
import type { ReminderScheduling } from '../flows/ports/reminder-scheduling';

/**
 * What listeners may use. Listeners translate Slack requests into calls on these services and render the
 * results; the services know nothing of Bolt.
 */
export interface BotServices {
  env: Env;
  redis: Redis;
  keys: RedisKeys;
  incidents: IncidentService;
  timeline: TimelineStore;
  /** The bot's own user id (from auth.test), never invited or counted as a responder. */
  botUserId: string;
  /** The bot's bot id (auth.test `bot_id`); with botUserId it spares Bolt an auth.test per request. */
  botId: string;
  now: () => Date;
  inFlight: InFlight;
  log: BotLog;
  /** Facts and notification obligations of each incident (computed at open, recomputed on `facts`). */
  deadlines: DeadlineService;
  /** Scheduled deadline reminders (BullMQ, jobs/reminders); closing an incident cancels its own with `cancelIncident`. */
  reminders: ReminderScheduling;
}

/** Structured, content-free logging: ids and outcomes only, never message text or personal data. */
export interface BotLog {
  info(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
  warn(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
  error(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
}

export function jsonLog(level: 'debug' | 'info' | 'warn' | 'error' = 'info'): BotLog {
  const order = { debug: 0, info: 1, warn: 2, error: 3 };
  const write = (lvl: 'info' | 'warn' | 'error') => (event: string, fields: Record<string, unknown> = {}) => {
    if (order[lvl] < order[level]) return;
    const line = JSON.stringify({ at: new Date().toISOString(), level: lvl, event, ...fields });
    (lvl === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
