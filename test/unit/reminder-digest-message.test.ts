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
