import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { compiled, ROOT } from './compiled-build';

export interface SpawnedProcess {
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr as written so far. */
  output: () => string;
  stdout: () => string;
  /** The exit code, or -1 when a signal ended it. */
  exited: Promise<number>;
  /** Resolves once the output matches (rejects on exit or after the timeout, with the output so far). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
}

/** A compiled entry point (dist/) with only the given environment (and PATH). */
export function spawnCompiled(entry: string, env: Record<string, string>): SpawnedProcess {
  const child = spawn(process.execPath, [compiled(entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let out = '';
  let stdout = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    stdout += chunk.toString();
    for (const w of [...waiters]) w();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<number>((done) => child.on('exit', (code, signal) => done(code ?? (signal ? -1 : 0))));
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
        reject(new Error(`timed out waiting for ${pattern}; output:\n${out}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      void exited.then(() => {
        if (!waiters.has(check)) return;
        cleanup();
        reject(new Error(`exited while waiting for ${pattern}; output:\n${out}`));
      });
      check();
    });
  return { child, output: () => out, stdout: () => stdout, exited, waitFor };
}
