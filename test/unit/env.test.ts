import { readEnv } from '../../src/runtime/env';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_SIGNING_SECRET: 'secret' };

describe('environment', () => {
  test('defaults: HTTP mode on 3000, prefix inc, slug names, no responders', () => {
    const result = readEnv(base);
    expect(result).toEqual({
      ok: true,
      env: expect.objectContaining({
        PORT: 3000,
        INCIDENT_CHANNEL_PREFIX: 'inc',
        INCIDENT_CHANNEL_NAMES: 'slug',
        INCIDENT_RESPONDERS: [],
        REDIS_KEY_PREFIX: 'breachbot',
      }),
    });
  });

  test('every missing or bad variable is named at once', () => {
    const result = readEnv({
      PORT: 'eighty',
      INCIDENT_CHANNEL_NAMES: 'fancy',
      INCIDENT_RESPONDERS: 'U123,bob',
      REDIS_URL: 'http://x',
    });
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.problems.join('\n');
    for (const name of ['SLACK_BOT_TOKEN', 'PORT', 'INCIDENT_CHANNEL_NAMES', 'INCIDENT_RESPONDERS', 'REDIS_URL'])
      expect(text).toContain(name);
  });

  test('the signing secret is required in HTTP mode but not in Socket Mode', () => {
    const http = readEnv({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(!http.ok && http.problems.join()).toContain('SLACK_SIGNING_SECRET');
    expect(readEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).ok).toBe(true);
  });

  test('LEGAL_USERGROUP: a user-group id, optional; a user id is refused by name', () => {
    const set = readEnv({ ...base, LEGAL_USERGROUP: ' S0LEGAL ' });
    expect(set.ok && set.env.LEGAL_USERGROUP).toBe('S0LEGAL');
    const blank = readEnv({ ...base, LEGAL_USERGROUP: '' });
    expect(blank.ok && blank.env.LEGAL_USERGROUP).toBeUndefined();
    const user = readEnv({ ...base, LEGAL_USERGROUP: 'UALICE' });
    expect(!user.ok && user.problems).toEqual(['LEGAL_USERGROUP must be a Slack user-group ID (S…)']);
  });

  test('responders: user and user-group ids, spaces tolerated', () => {
    const result = readEnv({ ...base, INCIDENT_RESPONDERS: 'U0123ABC, S0456DEF ,W0789' });
    expect(result.ok && result.env.INCIDENT_RESPONDERS).toEqual(['U0123ABC', 'S0456DEF', 'W0789']);
  });
});
