import { type Incident, incidentSchema } from '../../src/domain/incidents/incident';
import { freshRecord, type ObligationRecord } from '../../src/domain/obligations/obligation-record';
import { RECIPIENTS } from '../../src/domain/regulations/vocabulary';
import { COMPACT_BUDGET } from '../../src/slack/messages/budget';
import { registerMessage } from '../../src/slack/messages/register-message';
import { filteredRecords, REGISTER_PAGE_SIZE, registerModal } from '../../src/slack/messages/register-modal';
import { blocksTextLength, checkBlocks } from '../support/slack-simulator/block-limits';

const now = new Date('2023-11-20T12:00:00.000Z');
const incident: Incident = incidentSchema.parse({
  id: 'INC-7',
  title: 'Mortgage servicer breach',
  severity: 'sev1',
  status: 'open',
  drill: false,
  channelId: 'C0INCIDENT',
  channelName: 'inc-20231101-mortgage',
  openedBy: 'UALICE',
  openedAt: '2023-11-01T22:00:00.000Z',
  discoveredAt: '2023-11-01T22:00:00.000Z',
  roles: { commander: 'UALICE' },
  regimes: [],
  checklistTemplate: 'data-breach',
});

/** `n` notices spread over 60 jurisdictions, every recipient kind and 90 due days, some given, some overdue. */
function obligations(n: number): ObligationRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const recipient = RECIPIENTS[i % RECIPIENTS.length] ?? 'regulator';
    const jurisdiction = `US-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`;
    const due = i % 7 === 0 ? null : new Date(Date.parse('2023-11-10T22:00:00Z') + (i % 90) * 86_400_000);
    const record = freshRecord({
      id: `${jurisdiction.toLowerCase()}/${recipient}${i >= 60 ? `/n${i}` : ''}`,
      regime: jurisdiction.toLowerCase(),
      jurisdiction,
      recipient,
      recipientName: `Attorney General of ${jurisdiction} and a rather long recipient name to fill the line`,
      dueAt: due ? due.toISOString() : null,
      deadline: 'in the most expedient time possible and without unreasonable delay',
      citation: `Statute § ${i}`,
      trigger: { name: 'discoveredAt', at: '2023-11-01T22:00:00.000Z', fallback: false },
      notes: [],
    });
    return i % 5 === 0 ? { ...record, doneAt: '2023-11-15T00:00:00.000Z', doneBy: 'UBOB', doneNote: 'sent' } : record;
  });
}

describe('the register message', () => {
  test.each([3, 129, 600])('%i notices fit a message, as counts, the next clocks and groups', (n) => {
    const records = obligations(n);
    const message = registerMessage(incident, records, now);
    expect(checkBlocks(message.blocks, 'message')).toEqual({ ok: true });
    expect(blocksTextLength(message.blocks)).toBeLessThanOrEqual(9000);
    const text = JSON.stringify(message.blocks);
    const done = records.filter((r) => r.doneAt !== null).length;
    expect(text).toContain(`*${done.toLocaleString('en-US')}* done`);
    expect(text).toContain(`*${(n - done).toLocaleString('en-US')}* open`);
    expect(text).toContain('register_open');
    // The CSV export sits beside the register's own buttons.
    expect(text).toContain('"action_id":"register_export_csv"');
    // Never one row per notice.
    expect((text.match(/• /g) ?? []).length).toBeLessThan(Math.max(12, n / 2));
    const overdue = records.filter((r) => r.doneAt === null && r.dueAt !== null && Date.parse(r.dueAt) < now.getTime());
    if (overdue.length) expect(text).toContain(`*Overdue (${overdue.length.toLocaleString('en-US')})*`);
    if (n > 3) expect(text).toContain('*Next clocks*');
    if (n === 600) expect(text).toMatch(/…and [\d,]+ later groups: Open register lists every notice/);
  });

  test('the compact form (a retry after a size refusal) fits a much smaller budget', () => {
    const message = registerMessage(incident, obligations(600), now, COMPACT_BUDGET);
    expect(message.blocks.length).toBeLessThanOrEqual(COMPACT_BUDGET.blocks);
    expect(blocksTextLength(message.blocks)).toBeLessThanOrEqual(COMPACT_BUDGET.totalText);
  });

  test('a group says how many of its notices are open: "30 regulator notices due Thu 30 Nov: 12 open"', () => {
    const base = obligations(1)[0] as ObligationRecord;
    const day = '2023-11-30T22:00:00.000Z';
    const records = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      id: `us-s${i}/regulator`,
      regime: `us-s${i}`,
      recipient: 'regulator' as const,
      dueAt: day,
      ...(i < 18 ? { doneAt: '2023-11-18T00:00:00.000Z', doneBy: 'UBOB' } : { doneAt: null }),
    }));
    const text = JSON.stringify(registerMessage(incident, records, now).blocks);
    expect(text).toContain(
      '30 regulator notices due <!date^1701381600^{date_short_pretty}|2023-11-30 22:00 UTC>: 12 open',
    );
  });
});

describe('the register modal', () => {
  const records = obligations(600);
  const state = { incidentId: incident.id, channelId: incident.channelId, page: 0, filter: { status: 'all' as const } };

  test('a page of 20 with filters and paging, under a modal’s 100 blocks; later pages and the last one', () => {
    const first = registerModal(incident, records, now, state);
    expect(checkBlocks(first.blocks, 'view')).toEqual({ ok: true });
    expect(JSON.stringify(first.blocks)).toContain('Showing 1–20 of 600 notices');
    expect(JSON.stringify(first.blocks)).toContain('register_page_next');
    const last = registerModal(incident, records, now, { ...state, page: 99 });
    expect(JSON.stringify(last.blocks)).toContain(`page ${Math.ceil(600 / REGISTER_PAGE_SIZE)} of 30`);
    expect(JSON.stringify(last.blocks)).not.toContain('register_page_next');
    expect(JSON.parse(last.private_metadata ?? '{}').page).toBe(29);
  });

  test('filters by status, recipient kind, regime and jurisdiction; given ones offer Undo, open ones Mark notified', () => {
    const given = filteredRecords(records, { status: 'done' }, incident, now);
    expect(given.length).toBe(120);
    const overdue = filteredRecords(records, { status: 'overdue' }, incident, now);
    expect(overdue.every((o) => o.doneAt === null && o.dueAt !== null && Date.parse(o.dueAt) < now.getTime())).toBe(
      true,
    );
    expect(
      filteredRecords(records, { status: 'all', recipient: 'media' }, incident, now).every(
        (o) => o.recipient === 'media',
      ),
    ).toBe(true);
    const aa = filteredRecords(records, { status: 'all', jurisdiction: 'US-AA' }, incident, now);
    expect(aa.length).toBeGreaterThan(0);
    expect(aa.every((o) => o.jurisdiction === 'US-AA')).toBe(true);
    expect(filteredRecords(records, { status: 'open', jurisdiction: 'US-AA' }, incident, now)).toEqual([]);
    const doneView = JSON.stringify(
      registerModal(incident, records, now, { ...state, filter: { status: 'done' } }).blocks,
    );
    expect(doneView).toContain('register_undo');
    expect(doneView).not.toContain('register_mark');
    const closed = registerModal({ ...incident, status: 'closed' }, records, now, state);
    expect(JSON.stringify(closed.blocks)).not.toMatch(/register_(mark|undo)/);
  });
});
