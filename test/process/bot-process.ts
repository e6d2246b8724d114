import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { DEFAULT_BOT_TOKEN } from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';

/** The compiled bot (`dist/src/main.js`, as `npm start` runs it) as a child process a test can kill. */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  appUrl: string;
  output(): string;
  exited: Promise<number | null>;
  /** SIGKILL, and resolves once the process is gone. */
  kill(): Promise<void>;
}

/** `entry`: the compiled main.js (default: dist/src/main.js, rebuilt when stale). */
export function startBotProcess(env: Record<string, string>, entry?: string): Promise<BotProcess> {
  const child = spawn(process.execPath, [entry ?? compiled('src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      REDIS_URL: 'redis://127.0.0.1:6379',
      // The shared test Redis keeps nothing on disk; the start-up persistence check is waived for it.
      REDIS_ALLOW_VOLATILE: 'true',
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  let out = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const started = /"event":"bot_started"[^\n]*"port":(\d+)/.exec(out);
      if (started) {
        const port = Number(started[1]);
        resolve({
          child,
          port,
          appUrl: `http://127.0.0.1:${port}`,
          output: () => out,
          exited,
          async kill() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`bot exited ${code} before starting: ${out}`)));
  });
}
