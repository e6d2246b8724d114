import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A spawned process whose stdout and stderr are collected, with a wait on its output. */
export interface Spawned {
  name: string;
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr as written so far. */
  output: () => string;
  /** stdout alone (a CLI's answer, without its log lines on stderr). */
  stdout: () => string;
  /** Exit code, -1 when killed by a signal. */
  exited: Promise<number>;
  /** Resolves once the output matches. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  /** The JSON log lines whose `event` is this one. */
  events: (event: string) => Record<string, unknown>[];
}

export function spawnNode(name: string, script: string, env: Record<string, string>, cwd: string): Spawned {
  const child = spawn(process.execPath, [script], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let out = '';
  let stdout = '';
  const waiters = new Set<() => void>();
  const feed = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) w();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    feed(chunk);
  });
  child.stderr.on('data', feed);
  // Node reports either an exit code or the signal that ended the process.
  const exited = new Promise<number>((done) => child.on('exit', (code) => done(code ?? -1)));
  const waitFor = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const found = pattern.exec(out);
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${name}: timed out waiting for ${pattern}; output:\n${out}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      void exited.then(() => {
        if (!waiters.has(check)) return;
        cleanup();
        reject(new Error(`${name} exited while waiting for ${pattern}; output:\n${out}`));
      });
      check();
    });
  const events = (event: string) =>
    out
      .split('\n')
      .filter((line) => line.includes(`"event":"${event}"`))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { name, child, output: () => out, stdout: () => stdout, exited, waitFor, events };
}

/** One sample of a Prometheus exposition: the value of `name{labels…}` (labels matched as a subset), or null. */
export function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const wanted = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (wanted) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}

/** A free port whose cluster bus port (+10000) is free too. */
export async function freePort(): Promise<number> {
  const listen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const chosen = (server.address() as { port: number }).port;
        server.close(() => resolve(chosen));
      });
    });
  for (;;) {
    const port = await listen(0);
    if (port && port < 55_000 && (await listen(port + 10_000))) return port;
  }
}

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
