import { spawn } from 'node:child_process';
import { compiled, ROOT } from './compiled-build';

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [compiled('src/main.js')], {
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

  test('a token Slack rejects is named as such, without a stack trace', async () => {
    // Nothing listens on this port: the Web API call fails, and the message says what to check.
    const result = await run({
      SLACK_BOT_TOKEN: 'xoxb-bad',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      REDIS_URL: 'redis://127.0.0.1:6379',
      // The shared test Redis keeps nothing on disk; the start-up persistence check is waived for it.
      REDIS_ALLOW_VOLATILE: 'true',
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('breachbot could not start');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
