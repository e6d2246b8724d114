import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { BotLog } from '../runtime/log';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Where Redis is, as the environment says it (runtime/env.ts): one server, or a cluster's seed nodes. */
export interface RedisTarget {
  REDIS_URL?: string | undefined;
  /** `host:port` seed nodes of a Redis Cluster; REDIS_URL then only supplies user, password and TLS. */
  REDIS_CLUSTER_NODES?: string[] | undefined;
  /** `host:port` of Redis Sentinels, and the name they monitor the master under. */
  REDIS_SENTINELS?: string[] | undefined;
  REDIS_SENTINEL_MASTER?: string | undefined;
}

function hostPort(node: string): { host: string; port: number } {
  const at = node.lastIndexOf(':');
  return { host: node.slice(0, at), port: Number(node.slice(at + 1)) };
}

/** User, password and TLS from REDIS_URL, for a cluster's or a sentinel-found master's connections. */
function credentials(url: string | undefined): RedisOptions {
  const auth = url ? new URL(url) : null;
  return {
    ...(auth?.username ? { username: decodeURIComponent(auth.username) } : {}),
    ...(auth?.password ? { password: decodeURIComponent(auth.password) } : {}),
    ...(auth?.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * Every connection the bot opens. BullMQ requires `maxRetriesPerRequest: null` on connections used by
 * workers (a blocking command must not fail after N retries while Redis restarts); we use it everywhere
 * so that a Redis blip delays a write instead of losing it.
 */
export function connectRedis(url: string = DEFAULT_REDIS_URL, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    ...options,
  });
}

/** How long a command of the record store may take before the act is answered with "Redis did not answer". */
export const RECORD_COMMAND_TIMEOUT_MS = 2000;

/**
 * The options of the connection behind the acts a person waits for (the record stores in `/incident`, buttons,
 * shortcuts). Unlike the queue's connection it never holds a command back: while Redis is unreachable a
 * command fails at once instead of waiting in ioredis's offline queue (which would run it minutes later, after
 * the person was told it failed), one sent just before the connection broke is failed rather than sent again,
 * and one Redis does not answer fails after RECORD_COMMAND_TIMEOUT_MS. The person hears within seconds.
 */
export const FAIL_FAST_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: RECORD_COMMAND_TIMEOUT_MS,
};

/** A fail-fast connection to the same Redis as `redis` (FAIL_FAST_OPTIONS). The caller closes it. */
export function failFastDuplicate(redis: Redis): Redis {
  const copy = isCluster(redis)
    ? // A cluster's duplicate() takes start-up nodes first; the per-node options go in redisOptions.
      ((redis as unknown as Cluster).duplicate(undefined, {
        enableOfflineQueue: false,
        redisOptions: { ...(redis as unknown as Cluster).options.redisOptions, ...FAIL_FAST_OPTIONS },
      }) as unknown as Redis)
    : redis.duplicate(FAIL_FAST_OPTIONS);
  // Connection errors are reported through the commands that fail and /healthz, not as unhandled events.
  copy.on('error', () => undefined);
  return copy;
}

/** Thrown by a check made before an act's first side effect: nothing was done. */
export class RecordStoreUnavailable extends Error {
  constructor() {
    super('the record store (Redis) does not answer');
    this.name = 'RecordStoreUnavailable';
  }
}

/**
 * Whether `error` means Redis could not be reached, as opposed to a bug or a refusal: `unreachable` when the
 * command was never sent, `no_answer` when it was sent and Redis did not answer (it may have run).
 */
export function redisOutage(error: unknown): 'unreachable' | 'no_answer' | null {
  if (error instanceof RecordStoreUnavailable) return 'unreachable';
  const e = error as { name?: unknown; message?: unknown } | undefined;
  if (e?.name === 'MaxRetriesPerRequestError') return 'no_answer';
  if (typeof e?.message !== 'string') return null;
  // ioredis's own messages (these are the library's words, never user input).
  if (e.message.startsWith("Stream isn't writeable")) return 'unreachable';
  if (e.message === 'Connection is closed.') return 'unreachable';
  if (e.message === 'Command timed out') return 'no_answer';
  return null;
}

/**
 * The connection for a target: a single server (REDIS_URL), an ioredis Cluster over REDIS_CLUSTER_NODES, or
 * the master REDIS_SENTINELS name.
 * Every key the bot writes together shares a hash tag (store/keys.ts, the BullMQ prefix), so each transaction
 * and Lua script stays in one slot. The cluster client speaks the same commands; it is typed as `Redis` so the
 * stores and BullMQ take either without a union threaded through every layer.
 */
export function connectRedisTarget(target: RedisTarget): Redis {
  const nodes = target.REDIS_CLUSTER_NODES;
  if (nodes && nodes.length > 0) {
    const cluster = new Cluster(nodes.map(hostPort), {
      enableReadyCheck: true,
      redisOptions: { maxRetriesPerRequest: null, ...credentials(target.REDIS_URL) },
    });
    return cluster as unknown as Redis;
  }
  const sentinels = target.REDIS_SENTINELS;
  if (sentinels && sentinels.length > 0) {
    // The sentinels name the current master; after a failover the client reconnects to the new one.
    return new Redis({
      sentinels: sentinels.map(hostPort),
      name: target.REDIS_SENTINEL_MASTER ?? 'mymaster',
      maxRetriesPerRequest: null,
      enableReadyCheck: true,
      ...credentials(target.REDIS_URL),
    });
  }
  return connectRedis(target.REDIS_URL ?? DEFAULT_REDIS_URL);
}

/**
 * The connections a keyspace-wide SCAN must visit: every master of a cluster (a SCAN sent to the cluster
 * client reaches one node only), or the one server.
 */
export function scanTargets(redis: Redis): Redis[] {
  return isCluster(redis) ? (redis as unknown as Cluster).nodes('master') : [redis];
}

/** Whether a connection typed as `Redis` (see connectRedisTarget) is in fact a Cluster client. */
export function isCluster(redis: Redis): boolean {
  return (redis as unknown as { isCluster?: boolean }).isCluster === true;
}

/** True when Redis answers PING within `timeoutMs`. Used by /healthz and the start-up check. */
export async function redisAnswers(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const pong = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return pong === 'PONG';
  } catch {
    return false;
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Resolves true once the connection is ready, false when it is not within `timeoutMs` (or has ended). */
export function whenReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  if (redis.status === 'end') return Promise.resolve(false);
  if (redis.status === 'wait') redis.connect().catch(() => undefined);
  return new Promise((done) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      redis.off('end', onEnd);
      done(ok);
    };
    const onReady = () => finish(true);
    const onEnd = () => finish(false);
    const timer = setTimeout(() => finish(false), timeoutMs);
    redis.once('ready', onReady);
    redis.once('end', onEnd);
  });
}

/**
 * Closes a connection within `timeoutMs`: QUIT when Redis answers (replies already sent are read), else
 * disconnect at once, so a shutdown never waits on a Redis that is down (QUIT would sit in the offline queue).
 */
export async function closeRedis(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'end') return;
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    redis.quit().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, Math.max(0, timeoutMs));
    }),
  ]);
  if (timer) clearTimeout(timer);
  // QUIT did not finish in time: drop the connection.
  if ((redis.status as string) !== 'end') redis.disconnect();
}

/**
 * One log line when Redis is lost and one when it is back, instead of ioredis's console line on every
 * reconnect attempt (no listener for `error` makes it print one each time).
 */
export function logConnectionState(redis: Redis, log: BotLog, name: string): void {
  let up = redis.status === 'ready' || redis.status === 'connecting' || redis.status === 'connect';
  redis.on('error', (error: unknown) => {
    if (!up) return;
    up = false;
    log.error('redis_unreachable', { connection: name, err: error });
  });
  redis.on('ready', () => {
    if (up) return;
    up = true;
    log.info('redis_reconnected', { connection: name });
  });
}
