import { zonedTimeWriter } from '../../src/domain/time/zoned-time';

describe('instants written in the incident zone', () => {
  const ny = zonedTimeWriter('America/New_York');

  it('writes wall time with the offset, to the minute or the second', () => {
    expect(ny('2026-11-30T05:00:12.345Z')).toBe('2026-11-30 00:00 -05:00');
    expect(ny('2026-11-30T05:00:12.345Z', true)).toBe('2026-11-30 00:00:12 -05:00');
  });

  it('tells the repeated hour apart when the clocks go back (the same words never name two instants)', () => {
    expect(ny('2026-11-01T05:30:00.000Z')).toBe('2026-11-01 01:30 -04:00');
    expect(ny('2026-11-01T06:30:00.000Z')).toBe('2026-11-01 01:30 -05:00');
  });

  it('gives instants sharing a minute the same words, and a second apart their own seconds', () => {
    expect(ny('2026-07-04T16:00:01.000Z')).toBe(ny('2026-07-04T16:00:59.999Z'));
    expect(ny('2026-07-04T16:00:01.000Z', true)).not.toBe(ny('2026-07-04T16:00:02.000Z', true));
  });

  it('reads an instant written another way as the same instant', () => {
    expect(ny('2026-07-04T12:00:00-04:00')).toBe(ny('2026-07-04T16:00:00.000Z'));
  });
});

describe('offsets on the days the clocks change', () => {
  it('follows the change within its day, minute by minute', () => {
    const ny = zonedTimeWriter('America/New_York');
    // 8 Mar 2026, 02:00 EST → 03:00 EDT (07:00 UTC); the UTC day holds both offsets.
    expect(ny('2026-03-08T06:59:00.000Z')).toBe('2026-03-08 01:59 -05:00');
    expect(ny('2026-03-08T07:00:00.000Z')).toBe('2026-03-08 03:00 -04:00');
    expect(ny('2026-03-08T23:00:00.000Z')).toBe('2026-03-08 19:00 -04:00');
  });

  it('knows a zone whose offset is not whole hours', () => {
    expect(zonedTimeWriter('Asia/Kolkata')('2026-03-08T07:00:00.000Z')).toBe('2026-03-08 12:30 +05:30');
  });
});
