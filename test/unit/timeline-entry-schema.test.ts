import { GENESIS_HASH, timelineEntrySchema } from '../../src/domain/timeline/timeline-entry';

const stored = {
  seq: 0,
  kind: 'opened',
  actor: 'U0OPENER',
  at: '2026-11-29T10:00:00.000Z',
  summary: 'Opened',
  data: {},
  prevHash: GENESIS_HASH,
  hash: 'ab'.repeat(32),
};

describe('stored timeline entry schema', () => {
  it('reads an entry whose hashes are 64 lowercase hex digits', () => {
    expect(timelineEntrySchema.parse(stored)).toEqual(stored);
  });

  it.each([
    ['upper case', 'AB'.repeat(32)],
    ['63 digits', 'a'.repeat(63)],
    ['65 digits', 'a'.repeat(65)],
    ['a non-hex letter', `${'a'.repeat(63)}g`],
    ['a trailing newline', `${'a'.repeat(64)}\n`],
    ['a number', 42],
    ['missing', undefined],
  ])('refuses a hash or previous hash with %s', (_, bad) => {
    expect(timelineEntrySchema.safeParse({ ...stored, hash: bad }).success).toBe(false);
    expect(timelineEntrySchema.safeParse({ ...stored, prevHash: bad }).success).toBe(false);
  });
});
