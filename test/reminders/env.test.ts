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
});
