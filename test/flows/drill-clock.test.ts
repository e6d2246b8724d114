import { incidentClock } from '../../src/domain/incidents/incident';
import { planIncident } from '../../src/domain/reminders/reminder-plan';
import { buildIncidentSummary } from '../../src/domain/summary/incident-summary';
import { summaryMarkdown } from '../../src/domain/summary/markdown';
import { requestClose } from '../../src/flows/close-incident';
import { listDeadlines } from '../../src/flows/list-deadlines';
import { markNotified } from '../../src/flows/mark-notified';
import { openIncident } from '../../src/flows/open-incident';
import { deadlinesReply } from '../../src/slack/messages/obligations-message';
import { loadSummaryInput } from '../../src/store/summary-records';
import { FlowHarness } from './flow-harness';

/**
 * In a `--speed 3600` drill GDPR's 72 hours run out 72 seconds after the open. Every surface must agree on
 * where the notice stands at each moment: `/incident deadlines`, the close confirmation, the reminders and
 * the summary (its message and its file).
 */
const h = new FlowHarness(`test-flow-drill-${process.pid}`);
afterAll(() => h.close());

async function surfaces(incidentId: string, channelId: string) {
  const actor = { userId: 'UALICE', channelId };
  const { incident, records, now } = await listDeadlines(h.ctx, actor);
  const reply = deadlinesReply(incident, records, now);
  const list = reply.blocks.map((b) => ('text' in b && b.text ? b.text.text : '')).join('\n');
  const gdprLine = list.split('\n').find((l) => l.includes('`gdpr/regulator`') || l.includes('GDPR')) ?? '';
  const summary = buildIncidentSummary(await loadSummaryInput(h.ctx, incident, now));
  const markdown = summaryMarkdown(summary);
  const reminders = planIncident(incidentId, records ?? [], incidentClock(incident), new Date(0));
  const dueReminder = reminders.find((r) => r.obligationId === 'gdpr/regulator' && r.kind === 'due');
  return {
    deadlinesOverdue: gdprLine.startsWith(':rotating_light:'),
    deadlinesLate: list.includes('(late)'),
    summary: summary.obligations?.find((o) => o.id === 'gdpr/regulator')?.status,
    markdownOverdue: /\*\*OVERDUE\*\* gdpr\/regulator/.test(markdown),
    reminderDue: dueReminder ? Date.parse(dueReminder.fireAt) <= now.getTime() : null,
  };
}

test('before, at and after the sped-up due time, every surface says the same', async () => {
  await h.wipe();
  const openedAt = new Date('2026-12-01T12:00:00.000Z');
  h.now = openedAt;
  const { incident } = await openIncident(h.ctx, {
    title: 'Tabletop',
    severity: 'sev2',
    regimes: ['gdpr'],
    drill: true,
    speed: 3600,
    openedBy: 'UALICE',
    openedAt,
  });
  h.chat.channel(incident.channelId, ['UALICE']);

  h.now = new Date(openedAt.getTime() + 60_000);
  expect(await surfaces(incident.id, incident.channelId)).toEqual({
    deadlinesOverdue: false,
    deadlinesLate: false,
    summary: 'open',
    markdownOverdue: false,
    reminderDue: false,
  });

  h.now = new Date(openedAt.getTime() + 73_000);
  expect(await surfaces(incident.id, incident.channelId)).toEqual({
    deadlinesOverdue: true,
    deadlinesLate: false,
    summary: 'overdue',
    markdownOverdue: true,
    reminderDue: true,
  });
  const close = await requestClose(h.ctx, { userId: 'UALICE', channelId: incident.channelId });
  expect(close.kind === 'confirm' && close.outstanding.find((o) => o.id === 'gdpr/regulator')?.status).toBe('overdue');

  await markNotified(
    h.ctx,
    { userId: 'UALICE', channelId: incident.channelId },
    { regime: 'gdpr', recipient: 'regulator' },
  );
  const after = await surfaces(incident.id, incident.channelId);
  expect([after.deadlinesLate, after.summary]).toEqual([true, 'done_late']);
});
