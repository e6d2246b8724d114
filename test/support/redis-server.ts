import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portAnswers } from '../../src/runtime/local-redis';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * A redis-server of the test's own, on a free port, for what the shared Redis on 6379 must not suffer: being
 * stopped, paused, emptied, or configured differently. Runs in the foreground as this process's child, its
 * files in a temporary directory. By default it keeps nothing on disk (`--save "" --appendonly no`); `args`
 * are redis-server options that override those.
 */
export interface TestRedisServer {
  port: number;
  url: string;
  /** Kills the server (SIGKILL: no save, like a crash). Resolves once it is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port and with the same options; resolves once it answers. */
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT: a Redis that holds the connection and answers nothing. */
  pause(): void;
  resume(): void;
  /** Stops it and deletes its directory. */
  dispose(): Promise<void>;
}

export async function startRedisServer(args: string[] = []): Promise<TestRedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'breachbot-test-redis-'));
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    const proc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', ...args],
      { stdio: 'ignore' },
    );
    child = proc;
    exited = new Promise((done) => proc.once('exit', () => done()));
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (await portAnswers('127.0.0.1', port, 200)) return;
      if (proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server on port ${port} did not start (options: ${args.join(' ')})`);
  };
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
      await exited;
    }
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
