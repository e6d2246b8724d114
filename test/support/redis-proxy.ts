import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of a Redis, for "Redis goes down at exactly this command": give the process under test
 * `REDIS_URL=${proxy.url}`, arm `cutAt(match)`, and the first chunk a client sends that matches is never
 * delivered: every connection is dropped at that moment and new ones are refused (the listener closes), as
 * when Redis dies. No timing window: the test names the command, not a time. The Redis itself is untouched.
 */
export interface RedisProxy {
  port: number;
  url: string;
  /** Resolves once a client sent a chunk `match` accepts (that chunk is dropped) and everything was cut. */
  cutAt(match: (chunk: Buffer) => boolean): Promise<void>;
  close(): Promise<void>;
}

export async function startRedisProxy(target: { host: string; port: number }): Promise<RedisProxy> {
  const sockets = new Set<Socket>();
  let trigger: { match: (chunk: Buffer) => boolean; fired: () => void } | null = null;
  let server: Server | null = null;
  const cutAll = () => {
    server?.close();
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const listening = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', (chunk: Buffer) => {
      if (trigger?.match(chunk)) {
        const { fired } = trigger;
        trigger = null;
        cutAll();
        fired();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const { port } = listening.address() as { port: number };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    cutAt(match) {
      return new Promise<void>((fired) => {
        trigger = { match, fired };
      });
    },
    async close() {
      cutAll();
    },
  };
}
