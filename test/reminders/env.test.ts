import { readEnv } from '../../src/runtime/env';

const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

describe('reminder settings in the environment', () => {
  it('reads the organisation profile and worker settings', () => {
    const result = readEnv({
      ...base,
      ORG_ENTITY_TYPES: 'sec_registrant, data_processor',
      ORG_DATA_TYPES: 'name,email',
      REMINDER_WORKER: 'off',
      REMINDER_CONCURRENCY: '5',
    });
    expect(
      result.ok && [
        result.env.ORG_ENTITY_TYPES,
        result.env.ORG_DATA_TYPES,
        result.env.REMINDER_WORKER,
        result.env.REMINDER_CONCURRENCY,
      ],
    ).toEqual([['sec_registrant', 'data_processor'], ['name', 'email'], 'off', 5]);
  });

  it('defaults to no profile and a worker in the bot', () => {
    const result = readEnv(base);
    expect(result.ok && [result.env.ORG_ENTITY_TYPES, result.env.ORG_DATA_TYPES, result.env.REMINDER_WORKER]).toEqual([
      [],
      [],
      'on',
    ]);
  });

  it('names an unknown entity type', () => {
    const result = readEnv({ ...base, ORG_ENTITY_TYPES: 'sec_registrant,bank' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(
      /^ORG_ENTITY_TYPES\.1 each entry must be an entity type: sec_registrant, /m,
    );
  });

  it('takes a crashed worker’s reminder over after REMINDER_LOCK_MS (30 s unless set; at least a second)', () => {
    const lock = (value?: string) => {
      const result = readEnv(value === undefined ? base : { ...base, REMINDER_LOCK_MS: value });
      return result.ok ? result.env.REMINDER_LOCK_MS : result.problems.join('\n');
    };
    expect(lock()).toBe(30_000);
    expect(lock('5000')).toBe(5000);
    expect(lock('500')).toMatch(/^REMINDER_LOCK_MS /m);
    expect(lock('soon')).toMatch(/^REMINDER_LOCK_MS must be a number of milliseconds/m);
  });
});
