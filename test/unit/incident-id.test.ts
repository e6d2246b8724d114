import { digestJobDataSchema, legacyReminderJobDataSchema } from '../../jobs/reminders/job-data';
import { incidentIdSchema } from '../../src/domain/ids';
import { incidentIdAt, RANDOM_VALUES } from '../../src/domain/incidents/incident-id';
import { closeButtonValueSchema } from '../../src/slack/messages/close-confirmation';

/** Incident ids come from the clock, not a Redis counter, so a Redis that lost its data cannot reissue one. */
const at = (iso: string) => new Date(iso);

test('an id is INC-, the UTC date, and five characters a person can read aloud', () => {
  expect(incidentIdAt(at('2026-12-02T00:00:00.000Z'), 0)).toBe('INC-20261202-00000');
  expect(incidentIdAt(at('2026-12-02T23:59:59.999Z'), RANDOM_VALUES - 1)).toBe('INC-20261202-ZZZZZ');
  // The date is the UTC one, whatever the offset of the moment given.
  expect(incidentIdAt(at('2026-12-01T23:30:00-05:00'), 7)).toMatch(/^INC-20261202-/);
  // Crockford's alphabet: no I, L, O or U to misread.
  for (let n = 0; n < 200; n += 1) {
    expect(incidentIdAt(new Date(Date.now() + n * 997)).slice('INC-20261202-'.length)).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{5}$/,
    );
  }
});

test('ids made at different moments differ whatever the random part, and sort by time within a day', () => {
  const early = incidentIdAt(at('2026-12-02T09:00:00Z'), 5);
  const later = incidentIdAt(at('2026-12-02T09:00:03Z'), 5);
  const nextDay = incidentIdAt(at('2026-12-03T09:00:00Z'), 5);
  expect(new Set([early, later, nextDay]).size).toBe(3);
  expect([later, early].sort()).toEqual([early, later]);
  // Within one 2.6 s slot only the random part tells two opens apart.
  expect(incidentIdAt(at('2026-12-02T09:00:00.100Z'), 1)).not.toBe(incidentIdAt(at('2026-12-02T09:00:00.200Z'), 2));
});

test('new and old ids are accepted wherever ids are parsed; anything else is not', () => {
  const id = incidentIdAt(new Date());
  for (const good of [id, 'INC-7', 'INC-20261202-0KX4M']) {
    expect(incidentIdSchema.safeParse(good).success).toBe(true);
    expect(closeButtonValueSchema.safeParse({ incidentId: good }).success).toBe(true);
  }
  const job = {
    reminderId: `${id}|gdpr/regulator|due|1796000000000`,
    incidentId: id,
    obligationId: 'gdpr/regulator',
    kind: 'due',
    dueAt: '2026-12-05T09:00:00.000Z',
    fireAt: '2026-12-05T09:00:00.000Z',
  };
  expect(legacyReminderJobDataSchema.safeParse(job).success).toBe(true);
  const digest = {
    digestId: `${id}|digest-reminders|1796000000000`,
    incidentId: id,
    kind: 'reminders',
    fireAt: '2026-12-05T09:00:00.000Z',
  };
  expect(digestJobDataSchema.safeParse(digest).success).toBe(true);
  for (const bad of ['INC-', 'INC-20261202-0KX4', 'INC-20261202-0KX4I', 'inc-20261202-0kx4m', 'INC-1 ']) {
    expect(incidentIdSchema.safeParse(bad).success).toBe(false);
  }
});
