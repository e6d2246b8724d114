import { newIncident } from '../../src/domain/incidents/incident';
import { digestItems } from '../../src/domain/reminders/reminder-digest';
import { digestMessage } from '../../src/slack/messages/reminder-message';
import { record } from '../reminders/fixtures';
import { checkBlocks } from '../support/slack-simulator/block-limits';

/** The digest message: names, the register link when there is a register, mentions on escalations. */
const openedAt = new Date('2026-11-29T10:00:00.000Z');
const incident = {
  ...newIncident(
    'INC-5',
    { title: 'T', severity: 'sev1', regimes: [], drill: false, speed: 1, openedBy: 'UALICE', openedAt },
    { id: 'C0INC5', name: 'inc-5' },
    'data-breach',
  ),
  roles: { commander: 'UALICE', legal: 'ULEGAL' },
};
const t0 = openedAt.toISOString();
const records = [
  record('dora/regulator/initial', t0, 24 * 3600_000, {
    recipientName: 'competent authority under DORA Art 46',
    caveat: 'Period from secondary sources; confirm with counsel.',
  }),
  record('freddie-mac/counterparty', t0, 24 * 3600_000, { recipientName: 'Freddie Mac' }),
];
const dueAt = new Date(openedAt.getTime() + 24 * 3600_000).toISOString();
const clock = { openedAt: t0, speed: 1 };

test('a line per notice with its display name, caveat and button; no register link without a register', () => {
  const items = digestItems({ incidentId: 'INC-5', kind: 'reminders', fireAt: dueAt }, records, clock);
  const m = digestMessage(incident, { kind: 'reminders', items, part: 0, parts: 1 }, new Date(dueAt));
  const text = JSON.stringify(m.blocks);
  expect(m.text).toBe('2 notices coming due: DORA initial notification; Freddie Mac');
  expect(text).toContain('*DORA initial notification* to the competent authority under DORA Art 46: *due now*');
  expect(text).toContain('*Freddie Mac* notice: *due now*');
  expect(text).toContain('_Period from secondary sources; confirm with counsel._');
  expect(text.match(/"action_id":"reminder_mark_notified"/g)).toHaveLength(2);
  expect(text).not.toContain('Notification register');
  expect(text).not.toContain('<@');
});

test('escalations mention legal and the commander; the footer links the register when there is one', () => {
  const later = new Date(Date.parse(dueAt) + 24 * 3600_000).toISOString();
  const items = digestItems({ incidentId: 'INC-5', kind: 'escalations', fireAt: later }, records, clock);
  // A 24-hour clock escalates every 4 hours: a day after the due time is the sixth escalation.
  expect(items.map((i) => i.reminder.n)).toEqual([6, 6]);
  const withRegister = { ...incident, registerMessageTs: '1700000000.000100' };
  const m = digestMessage(withRegister, { kind: 'escalations', items, part: 0, parts: 1 }, new Date(later));
  const text = JSON.stringify(m.blocks);
  expect(text).toContain('2 notices overdue* <@ULEGAL> <@UALICE>');
  expect(text).toContain('*overdue by 1 d*');
  expect(text).toContain('<https://slack.com/archives/C0INC5/p1700000000000100|Notification register>');
});

test('a digest too large for a button per line is packed: one message, a menu per section, caveats as footnotes', () => {
  const many = Array.from({ length: 48 }, (_, i) =>
    record(`us-s${String(i).padStart(2, '0')}/individuals`, t0, 24 * 3600_000, {
      recipientName: `each affected resident of state ${i}`,
      ...(i % 2 ? { caveat: 'Period from secondary sources; confirm with counsel.' } : {}),
    }),
  );
  const items = digestItems({ incidentId: 'INC-5', kind: 'reminders', fireAt: dueAt }, many, clock);
  const m = digestMessage(incident, { kind: 'reminders', items, part: 0, parts: 1 }, new Date(dueAt));
  expect(checkBlocks(m.blocks, 'message')).toEqual({ ok: true });
  const menus = m.blocks.flatMap((b) =>
    b.type === 'section' && b.accessory?.type === 'static_select' ? [b.accessory] : [],
  );
  expect(menus).toHaveLength(5);
  expect(menus.flatMap((menu) => menu.options?.map((o) => o.value) ?? [])).toEqual(many.map((o) => o.id));
  const text = JSON.stringify(m.blocks);
  expect(text).toContain('Each of them: *due now* (<!date^');
  expect(text.match(/Period from secondary sources/g)).toHaveLength(1);
  expect(text).toContain('† Period from secondary sources; confirm with counsel.');
});

test('a digest posted late (the workers were down) says how things stand now, never "due now" for an overdue notice', () => {
  const items = digestItems({ incidentId: 'INC-5', kind: 'reminders', fireAt: dueAt }, records, clock);
  // Posted 3 hours after its instant: both notices are 3 hours overdue.
  const late = new Date(Date.parse(dueAt) + 3 * 3600_000);
  const m = digestMessage(incident, { kind: 'reminders', items, part: 0, parts: 1 }, late);
  const text = JSON.stringify(m.blocks);
  expect(text).not.toContain('due now');
  expect(text).toContain('*Freddie Mac* notice: *overdue by 3 h*, was due <!date^');
  expect(text).toContain('posted late');
  expect(m.text).toBe('2 notices overdue: DORA initial notification; Freddie Mac');

  // A "4 hours left" reminder posted 3 hours late: 1 hour is left.
  const before = digestItems(
    { incidentId: 'INC-5', kind: 'reminders', fireAt: new Date(Date.parse(dueAt) - 4 * 3600_000).toISOString() },
    records,
    clock,
  );
  expect(before.map((i) => i.reminder.leadMs)).toEqual([4 * 3600_000, 4 * 3600_000]);
  const lateBefore = digestMessage(
    incident,
    { kind: 'reminders', items: before, part: 0, parts: 1 },
    new Date(Date.parse(dueAt) - 3600_000),
  );
  expect(JSON.stringify(lateBefore.blocks)).toContain('*Freddie Mac* notice: *1 h left*, due <!date^');
  expect(JSON.stringify(lateBefore.blocks)).not.toContain('4 hours left');
  expect(lateBefore.text).toBe('2 notices coming due: DORA initial notification; Freddie Mac');
});

test('a digest a few seconds behind its instant (queue jitter) reads as planned', () => {
  const items = digestItems({ incidentId: 'INC-5', kind: 'reminders', fireAt: dueAt }, records, clock);
  const m = digestMessage(
    incident,
    { kind: 'reminders', items, part: 0, parts: 1 },
    new Date(Date.parse(dueAt) + 3000),
  );
  expect(JSON.stringify(m.blocks)).toContain('*Freddie Mac* notice: *due now*');
  expect(JSON.stringify(m.blocks)).not.toContain('posted late');
});

test('a drill at 3600× whose digest posts 6 s (6 legal hours) late: overdue, not "due now"', () => {
  const drill = { ...incident, drill: true, drillSpeed: 3600 };
  const drillClock = { openedAt: t0, speed: 3600 };
  const fireAt = new Date(openedAt.getTime() + 24_000).toISOString(); // the 24-hour clock's due time, 24 s after open
  const items = digestItems({ incidentId: 'INC-5', kind: 'reminders', fireAt }, records, drillClock);
  expect(items.map((i) => i.reminder.kind)).toEqual(['due', 'due']);
  const m = digestMessage(drill, { kind: 'reminders', items, part: 0, parts: 1 }, new Date(Date.parse(fireAt) + 6000));
  expect(JSON.stringify(m.blocks)).not.toContain('due now');
  expect(JSON.stringify(m.blocks)).toContain('*Freddie Mac* notice: *overdue by');
});
