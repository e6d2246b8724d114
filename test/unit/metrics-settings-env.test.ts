import { readEnv, workerEnvSchema } from '../../src/runtime/env';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_SIGNING_SECRET: 'secret' };

test('operations defaults: drills close after 24 h, 12 escalations per notice, worker metrics on 9464', () => {
  const result = readEnv(base);
  expect(result).toEqual({
    ok: true,
    env: expect.objectContaining({
      DRILL_AUTO_CLOSE_HOURS: 24,
      REMINDER_ESCALATION_CAP: 12,
      WORKER_METRICS_PORT: 9464,
    }),
  });
  expect(result.ok && result.env.REDIS_CLUSTER_NODES).toBeUndefined();
});

test('a cluster is given as host:port seed nodes', () => {
  const result = readEnv({ ...base, REDIS_CLUSTER_NODES: ' 10.0.0.1:7000, redis-2.internal:7001 ,' });
  expect(result.ok && result.env.REDIS_CLUSTER_NODES).toEqual(['10.0.0.1:7000', 'redis-2.internal:7001']);
});

test('bad operations settings are each named', () => {
  const result = readEnv({
    ...base,
    REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000',
    DRILL_AUTO_CLOSE_HOURS: 'a day',
    REMINDER_ESCALATION_CAP: '0',
    WORKER_METRICS_PORT: '70000',
  });
  expect(result.ok).toBe(false);
  const text = result.ok ? '' : result.problems.join('\n');
  expect(text).toMatch(/REDIS_CLUSTER_NODES[.0-9]* each entry must be host:port/);
  for (const name of ['DRILL_AUTO_CLOSE_HOURS', 'REMINDER_ESCALATION_CAP', 'WORKER_METRICS_PORT']) {
    expect(text).toContain(name);
  }
});

test('the worker reads the same operations settings (it runs the auto-close and the cap)', () => {
  const parsed = workerEnvSchema.parse({
    SLACK_BOT_TOKEN: 'xoxb-1',
    DRILL_AUTO_CLOSE_HOURS: '0',
    REMINDER_ESCALATION_CAP: '3',
  });
  expect(parsed).toMatchObject({ DRILL_AUTO_CLOSE_HOURS: 0, REMINDER_ESCALATION_CAP: 3, WORKER_METRICS_PORT: 9464 });
});
