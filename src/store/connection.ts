import { Cluster, Redis, type RedisOptions } from 'ioredis';

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
  const maybe = redis as unknown as { isCluster?: boolean; nodes?: (role: 'master') => Redis[] };
  return maybe.isCluster && maybe.nodes ? maybe.nodes('master') : [redis];
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
