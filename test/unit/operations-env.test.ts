import { readEnv, workerEnvSchema } from '../../src/runtime/env';

/** REDIS_ALLOW_VOLATILE and SHUTDOWN_GRACE_SECONDS (issue 9): defaults, and bad values named. */
const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

test('by default persistence is required and the shutdown grace is 25 s', () => {
  const result = readEnv(base);
  expect(result.ok && [result.env.REDIS_ALLOW_VOLATILE, result.env.SHUTDOWN_GRACE_SECONDS]).toEqual([false, 25]);
});

test('both are read by the bot and by the worker', () => {
  const env = { ...base, REDIS_ALLOW_VOLATILE: 'true', SHUTDOWN_GRACE_SECONDS: '50' };
  const bot = readEnv(env);
  expect(bot.ok && [bot.env.REDIS_ALLOW_VOLATILE, bot.env.SHUTDOWN_GRACE_SECONDS]).toEqual([true, 50]);
  const worker = workerEnvSchema.parse(env);
  expect([worker.REDIS_ALLOW_VOLATILE, worker.SHUTDOWN_GRACE_SECONDS]).toEqual([true, 50]);
});

test('a bad value is named with what is expected', () => {
  const result = readEnv({ ...base, REDIS_ALLOW_VOLATILE: 'yes', SHUTDOWN_GRACE_SECONDS: '0' });
  expect(result.ok).toBe(false);
  const problems = !result.ok ? result.problems.join('\n') : '';
  expect(problems).toContain('REDIS_ALLOW_VOLATILE must be "true" or "false"');
  expect(problems).toContain('SHUTDOWN_GRACE_SECONDS must be at least 1');
  const fraction = readEnv({ ...base, SHUTDOWN_GRACE_SECONDS: '2.5' });
  expect(!fraction.ok && fraction.problems.join('\n')).toContain('SHUTDOWN_GRACE_SECONDS must be a whole number');
});
