import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { DEFAULT_BOT_TOKEN } from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';
import { type Spawned, spawnNode } from './spawned';

/** The compiled bot (`dist/src/main.js`, as `npm start` runs it) as a child process a test can kill. */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  appUrl: string;
  output(): string;
  exited: Promise<number>;
  /** SIGKILL, and resolves once the process is gone. */
  kill(): Promise<void>;
}

/** `entry`: the compiled main.js (default: dist/src/main.js, rebuilt when stale). */
export async function startBotProcess(env: Record<string, string>, entry?: string): Promise<BotProcess> {
  const spawned = spawnNode(
    'bot',
    entry ?? compiled('src/main.js'),
    {
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      REDIS_URL: 'redis://127.0.0.1:6379',
      // The shared test Redis keeps nothing on disk; the start-up persistence check is waived for it.
      REDIS_ALLOW_VOLATILE: 'true',
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    ROOT,
  );
  const [, port] = await spawned.waitFor(/"event":"bot_started"[^\n]*"port":(\d+)/, 60_000);
  const { child, exited } = spawned;
  return {
    child,
    port: Number(port),
    appUrl: `http://127.0.0.1:${port}`,
    output: spawned.output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * A compiled process (`src/main.js` or `src/worker-main.js`) as the multi-process tests start it: the shared test
 * Redis under `target.prefix` (persistence check waived: it keeps nothing on disk), Slack at `target.apiUrl`, the
 * simulator's bot token; `env` adds or overrides settings.
 */
export function spawnCompiledAgainst(
  name: string,
  entry: string,
  target: { apiUrl: string; prefix: string },
  env: Record<string, string> = {},
): Spawned {
  return spawnNode(
    name,
    compiled(entry),
    {
      SLACK_BOT_TOKEN: DEFAULT_BOT_TOKEN,
      SLACK_API_URL: target.apiUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_ALLOW_VOLATILE: 'true',
      REDIS_KEY_PREFIX: target.prefix,
      ...env,
    },
    ROOT,
  );
}
