import { spawn } from 'node:child_process';
import { startSlackSimulator } from '../support/slack-simulator';
import { compiled, ROOT } from './compiled-build';

function run(
  env: Record<string, string>,
  entry: 'src/main.js' | 'src/worker-main.js' = 'src/main.js',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [compiled(entry)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('first run of the bot process', () => {
  test('without settings it names each missing one and exits 1, without a stack trace', async () => {
    const result = await run({});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SLACK_BOT_TOKEN is required');
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET is required in HTTP mode');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  test('a token Slack rejects is named as such (invalid_auth), without a stack trace', async () => {
    const sim = await startSlackSimulator();
    try {
      // The simulator answers `invalid_auth` to a token it did not issue, as Slack does.
      const result = await run({
        SLACK_BOT_TOKEN: 'xoxb-revoked-or-mistyped',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: sim.apiUrl,
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: `test-first-run-${process.pid}`,
        REDIS_ALLOW_VOLATILE: 'true',
        PORT: '0',
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'breachbot could not start: Slack answered "invalid_auth" (check SLACK_BOT_TOKEN and SLACK_API_URL)\n',
      );
      expect(sim.calls('auth.test').map((c) => c.response.error)).toEqual(['invalid_auth']);
    } finally {
      await sim.stop();
    }
  }, 60_000);

  test('a Slack API URL nothing answers on is reported, without a stack trace', async () => {
    const result = await run({
      SLACK_BOT_TOKEN: 'xoxb-any',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `test-first-run-${process.pid}`,
      REDIS_ALLOW_VOLATILE: 'true',
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^breachbot could not start: .*ECONNREFUSED 127.0.0.1:9$/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe('first run of `npm run worker`', () => {
  // The worker posts every reminder: a token Slack rejects must stop it at start, as it stops the bot, not
  // leave a worker that says it started while each reminder fails.
  test('a token Slack rejects is named as such (invalid_auth), without a stack trace', async () => {
    const sim = await startSlackSimulator();
    try {
      const result = await run(
        {
          SLACK_BOT_TOKEN: 'xoxb-revoked-or-mistyped',
          SLACK_API_URL: sim.apiUrl,
          REDIS_URL: 'redis://127.0.0.1:6379',
          REDIS_KEY_PREFIX: `test-first-run-worker-${process.pid}`,
          REDIS_ALLOW_VOLATILE: 'true',
          WORKER_METRICS_PORT: '0',
        },
        'src/worker-main.js',
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'breachbot worker could not start: Slack answered "invalid_auth" (check SLACK_BOT_TOKEN and SLACK_API_URL)\n',
      );
      expect(result.stdout).not.toContain('reminder_worker_started');
      expect(sim.calls('auth.test').map((c) => c.response.error)).toEqual(['invalid_auth']);
    } finally {
      await sim.stop();
    }
  }, 60_000);
});
