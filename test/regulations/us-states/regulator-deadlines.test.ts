import { obligation, plusDays, stateFacts } from './state-facts';

const DISCOVERED = '2026-03-02T14:00:00.000Z';
const many = (code: string) => ({ [code]: 5000 });

describe('regulator deadlines with a fixed period', () => {
  it.each([
    ['US-AL', 45], // § 8-38-6: 45 days, same clock as individuals
    ['US-AZ', 45],
    ['US-CO', 30],
    ['US-FL', 30],
    ['US-IN', 45],
    ['US-NM', 45],
    ['US-OR', 45],
    ['US-TX', 30], // § 521.053(i) (SB 768)
    ['US-WA', 30],
    ['US-PR', 10], // § 4052: non-extendable 10 days after detection
  ] as const)('%s: %d days', (code, days) => {
    const o = obligation(
      stateFacts(code, { discoveredAt: DISCOVERED, affected: many(code) }),
      `us-${code.slice(3).toLowerCase()}/regulator`,
    );
    expect(o?.dueAt).toBe(plusDays(DISCOVERED, days));
  });
});

describe('regulator deadlines tied to the individual notice', () => {
  const SENT = '2026-03-20T15:00:00.000Z';

  it.each([
    ['US-CT', 0], // no later than
    ['US-DC', 0],
    ['US-DE', 0],
    ['US-IL', 0],
    ['US-NE', 0],
    ['US-MT', 0], // simultaneously
    ['US-PA', 0], // concurrently
    ['US-MD', 0], // before: the last possible instant is shown, with a warning
    ['US-NJ', 0],
    ['US-LA', 10], // LAC 16:III.701: received within 10 days
    ['US-CA', 15], // § 1798.82(f) (SB 446): 15 calendar days after
    ['US-OK', 60], // SB 626: 60 days after
  ] as const)('%s: %d days after individualNoticeSentAt', (code, days) => {
    const o = obligation(
      stateFacts(code, { discoveredAt: DISCOVERED, individualNoticeSentAt: SENT, affected: many(code) }),
      `us-${code.slice(3).toLowerCase()}/regulator`,
    );
    expect(o?.dueAt).toBe(plusDays(SENT, days));
  });

  it('before the individual notice (Maryland, New Jersey) carries a warning that the time is the latest possible', () => {
    const o = obligation(stateFacts('US-MD', { individualNoticeSentAt: SENT }), 'us-md/regulator');
    expect(o?.notes.some((n) => n.includes('before that notice goes out'))).toBe(true);
  });

  it('until individual notice is sent, California AG is counted from the 30-day individual deadline: 45 days', () => {
    const o = obligation(stateFacts('US-CA', { discoveredAt: DISCOVERED, affected: many('US-CA') }), 'us-ca/regulator');
    expect(o?.dueAt).toBe(plusDays(DISCOVERED, 45));
  });

  it('Iowa: five business days after consumer notice, 16:30 Des Moines, on the days both Iowa holiday lists keep', () => {
    // Notice Thursday 2 July 2026. Independence Day is a Saturday: § 1C.2 closes state offices on Friday 3 July,
    // § 1C.1 does not move it, so 3 July counts (the earlier reading): 3, 6, 7, 8, 9 July, due Thursday 9 July.
    const o = obligation(
      stateFacts('US-IA', { individualNoticeSentAt: '2026-07-02T15:00:00Z', affected: { 'US-IA': 501 } }),
      'us-ia/regulator',
    );
    expect(o?.dueAt).toBe('2026-07-09T21:30:00.000Z');
  });

  it('Vermont: 14 business days from discovery, or the consumer notice if sooner', () => {
    // Discovered Monday 2 March 2026: Town Meeting Day (Tuesday 3 March, 1 V.S.A. § 371) is not a business day, so
    // the 14th is Monday 23 March, 16:30 EDT.
    const late = obligation(stateFacts('US-VT', { discoveredAt: DISCOVERED }), 'us-vt/regulator');
    expect(late?.dueAt).toBe('2026-03-23T20:30:00.000Z');
    const early = obligation(
      stateFacts('US-VT', { discoveredAt: DISCOVERED, individualNoticeSentAt: '2026-03-10T12:00:00Z' }),
      'us-vt/regulator',
    );
    expect(early?.dueAt).toBe('2026-03-10T12:00:00.000Z');
  });

  it('Arkansas: at individual notice or 45 days after the harm determination, whichever is first', () => {
    const harmDeterminedAt = '2026-03-05T00:00:00.000Z';
    const facts = stateFacts('US-AR', { harmDeterminedAt, affected: { 'US-AR': 1001 } });
    expect(obligation(facts, 'us-ar/regulator')?.dueAt).toBe(plusDays(harmDeterminedAt, 45));
    const sentEarly = obligation({ ...facts, individualNoticeSentAt: '2026-03-10T00:00:00Z' }, 'us-ar/regulator');
    expect(sentEarly?.dueAt).toBe('2026-03-10T00:00:00.000Z');
  });
});
