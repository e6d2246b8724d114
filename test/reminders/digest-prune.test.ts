import { HOUR } from '../../src/domain/reminders/lead-times';
import { digestId } from '../../src/domain/reminders/reminder-digest';
import { record } from './fixtures';
import { ReminderHarness } from './harness';

/**
 * A digest whose instant has passed while it waits its turn in a busy queue is never removed by a `notified`
 * for one of its notices: it still runs, and lists the ones still open.
 */
const h = new ReminderHarness(`test-rem-prune-${process.pid}`);
beforeAll(() => h.start());
afterAll(() => h.stop());

test('a notice marked done while its digest waits overdue in the queue: the digest posts the others', async () => {
  const scheduling = h.runtime(false); // no worker yet: the queue is "busy"
  const due = Date.now() + 300;
  const started = new Date(due - 72 * HOUR).toISOString();
  const records = [record('gdpr/regulator', started, 72 * HOUR), record('uk-gdpr/regulator', started, 72 * HOUR)];
  const incident = await h.seedIncident(records);
  await scheduling.scheduler.scheduleIncident(
    { id: incident.id, openedAt: incident.openedAt, drillSpeed: 1 },
    records,
    new Date(),
  );
  const id = digestId(incident.id, 'reminders', due);
  // The instant passes with nobody to run the digest.
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 100));
  await h.markDone(incident.id, 'gdpr/regulator');
  await scheduling.scheduler.cancelObligations(incident.id, ['gdpr/regulator']);
  expect((await scheduling.scheduler.pending(incident.id)).map((p) => p.id)).toContain(id);

  h.runtime(true);
  const post = await h.waitForReminder(id);
  expect(h.obligationsIn(post)).toEqual(['uk-gdpr/regulator']);
});
