import { wallTime } from '../../src/domain/obligations/incident-clock';
import { DAY, HOUR, MINUTE, reminderRule } from '../../src/domain/reminders/lead-times';
import {
  nextEscalation,
  obligationOfReminderId,
  planIncident,
  planReminders,
  reminderId,
} from '../../src/domain/reminders/reminder-plan';
import { formatDuration } from '../../src/domain/time/durations';
import { record } from './fixtures';

const T0 = '2026-03-02T10:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(T0) + ms);
const real = { openedAt: T0, speed: 1 };

describe('lead-time rule by clock length', () => {
  it.each([
    [4 * HOUR, [HOUR, 15 * MINUTE], HOUR],
    [24 * HOUR, [4 * HOUR, HOUR], 4 * HOUR],
    [36 * HOUR, [4 * HOUR, HOUR], 4 * HOUR],
    [72 * HOUR, [24 * HOUR, 4 * HOUR, HOUR], 24 * HOUR],
    [10 * DAY, [3 * DAY, DAY, 4 * HOUR], 24 * HOUR],
    [30 * DAY, [7 * DAY, 2 * DAY, DAY], 24 * HOUR],
    [60 * DAY, [14 * DAY, 7 * DAY, 2 * DAY, DAY], 24 * HOUR],
  ])('a %d ms clock', (clock, leads, every) => {
    expect(reminderRule(clock)).toEqual({ leadsMs: leads, escalateEveryMs: every });
  });

  it('leaves out lead times as long as the clock', () => {
    expect(reminderRule(HOUR).leadsMs).toEqual([15 * MINUTE]);
  });

  it('formats durations with two units', () => {
    expect(formatDuration(3 * DAY + 4 * HOUR + 5 * MINUTE)).toBe('3 d 4 h');
    expect(formatDuration(2 * HOUR + 15 * MINUTE)).toBe('2 h 15 min');
    expect(formatDuration(-45 * MINUTE)).toBe('45 min');
    expect(formatDuration(10_000)).toBe('under a minute');
  });
});

describe('reminder plan', () => {
  it('plans a 72-hour clock: 24 h, 4 h, 1 h before, at the due time, then the first escalation 24 h after', () => {
    const o = record('gdpr/regulator', T0, 72 * HOUR);
    const plan = planReminders('INC-1', o, real, at(0));
    expect(plan.map((r) => [r.kind, r.leadMs ?? r.n ?? null, Date.parse(r.fireAt) - Date.parse(T0)])).toEqual([
      ['before', 24 * HOUR, 48 * HOUR],
      ['before', 4 * HOUR, 68 * HOUR],
      ['before', HOUR, 71 * HOUR],
      ['due', null, 72 * HOUR],
      ['overdue', 1, 96 * HOUR],
    ]);
    expect(plan[0]?.id).toBe(`INC-1|gdpr/regulator|before-1440m|${Date.parse(T0) + 72 * HOUR}`);
  });

  it('plans a 30-day clock: 7 d, 2 d, 1 d before', () => {
    const plan = planReminders('INC-1', record('us-ca/individuals', T0, 30 * DAY), real, at(0));
    expect(plan.filter((r) => r.kind === 'before').map((r) => r.leadMs)).toEqual([7 * DAY, 2 * DAY, DAY]);
  });

  it('skips lead times already past instead of firing them in a burst', () => {
    // Discovered 70 hours ago: only the 1-hour reminder and the due one are still ahead.
    const o = record('gdpr/regulator', T0, 72 * HOUR);
    const plan = planReminders('INC-1', o, real, at(70 * HOUR));
    expect(plan.map((r) => r.kind)).toEqual(['before', 'due', 'overdue']);
    expect(plan[0]?.leadMs).toBe(HOUR);
  });

  it('for an obligation already overdue plans only the next escalation', () => {
    const o = record('gdpr/regulator', T0, 72 * HOUR);
    const plan = planReminders('INC-1', o, real, at(72 * HOUR + 30 * HOUR));
    expect(plan.map((r) => [r.kind, r.n])).toEqual([['overdue', 2]]);
    expect(Date.parse(plan[0]!.fireAt)).toBe(Date.parse(T0) + 72 * HOUR + 48 * HOUR);
  });

  it('plans nothing for done, withdrawn or open-ended obligations', () => {
    const done = { ...record('a/regulator', T0, HOUR), doneAt: T0, doneBy: 'U1' };
    const gone = { ...record('b/regulator', T0, HOUR), current: false };
    const openEnded = record('c/regulator', T0, null);
    expect(planIncident('INC-1', [done, gone, openEnded], real, at(0))).toEqual([]);
  });

  it('gives the same ids for the same deadline and new ones when it moves', () => {
    const a = planReminders('INC-1', record('gdpr/regulator', T0, 72 * HOUR), real, at(0)).map((r) => r.id);
    const again = planReminders('INC-1', record('gdpr/regulator', T0, 72 * HOUR), real, at(HOUR)).map((r) => r.id);
    const moved = planReminders('INC-1', record('gdpr/regulator', T0, 80 * HOUR), real, at(0)).map((r) => r.id);
    expect(again).toEqual(a);
    expect(moved.filter((id) => a.includes(id))).toEqual([]);
    expect(a.every((id) => !id.includes(':'))).toBe(true);
    expect(obligationOfReminderId(a[0]!)).toEqual({ incidentId: 'INC-1', obligationId: 'gdpr/regulator' });
  });

  it('escalates after the next missed interval, not once per interval missed', () => {
    const o = record('gdpr/regulator', T0, 72 * HOUR);
    const next = nextEscalation('INC-1', o, 1, real, at(72 * HOUR + 5 * DAY + HOUR));
    expect(next?.n).toBe(6);
    expect(nextEscalation('INC-1', o, 1, real, at(72 * HOUR + 24 * HOUR + 1))?.n).toBe(2);
  });
});

describe('drill speed', () => {
  it('divides every delay, counted from the opening, by the speed', () => {
    const drill = { openedAt: T0, speed: 60 };
    const o = record('gdpr/regulator', T0, 72 * HOUR);
    const plan = planReminders('INC-9', o, drill, at(0));
    expect(plan.map((r) => Date.parse(r.fireAt) - Date.parse(T0))).toEqual([
      48 * MINUTE, // 24 h left: 48 h after open / 60
      68 * MINUTE,
      71 * MINUTE,
      72 * MINUTE, // due: 72 h / 60
      96 * MINUTE, // first escalation: 96 h / 60
    ]);
  });

  it('keeps what was already late before the opening late', () => {
    const drill = { openedAt: T0, speed: 10 };
    expect(wallTime(Date.parse(T0) - 10 * HOUR, drill)).toBe(Date.parse(T0) - HOUR);
  });

  it('skips what is past on the drill clock', () => {
    const drill = { openedAt: T0, speed: 60 };
    const o = record('gdpr/regulator', T0, 72 * HOUR);
    expect(planReminders('INC-9', o, drill, at(70 * MINUTE)).map((r) => r.kind)).toEqual(['before', 'due', 'overdue']);
  });
});

describe('reminder id', () => {
  it('names the incident, obligation, kind and due time', () => {
    expect(reminderId('INC-2', 'nis2/regulator/early-warning', 'overdue', '2026-03-02T10:00:00Z', { n: 3 })).toBe(
      `INC-2|nis2/regulator/early-warning|overdue-3|${Date.parse('2026-03-02T10:00:00Z')}`,
    );
  });
});
