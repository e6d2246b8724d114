import { anchorWords } from '../../src/domain/summary/markdown';

const integrity = { ok: true as const, entries: 7, headHash: 'a'.repeat(64) };

describe('the summary says which check it made', () => {
  test('anchors not read: only the Redis-internal check ran', () => {
    expect(anchorWords({ id: 'INC-1', integrity: { ...integrity, anchors: null } })).toContain(
      'Only the Redis-internal check ran',
    );
    expect(anchorWords({ id: 'INC-1', integrity })).toContain('Only the Redis-internal check ran');
  });

  test('anchors read and matched, none yet, or not matched', () => {
    expect(
      anchorWords({ id: 'INC-1', integrity: { ...integrity, anchors: { ok: true, anchors: 3, longest: 6 } } }),
    ).toBe('Matches the 3 anchor(s) posted in the incident channel (up to entry 5).');
    expect(
      anchorWords({ id: 'INC-1', integrity: { ...integrity, anchors: { ok: true, anchors: 0, longest: 0 } } }),
    ).toContain('No anchor had been posted');
    expect(
      anchorWords({
        id: 'INC-1',
        integrity: { ...integrity, anchors: { ok: false, anchors: 2, problems: ['entries were removed'] } },
      }),
    ).toBe('Does NOT match the anchors posted in the incident channel: entries were removed.');
  });

  test('a broken chain whose hashes still match the anchors is not called a match', () => {
    const words = anchorWords({
      id: 'INC-1',
      integrity: {
        ok: false,
        entries: 7,
        brokenAt: 2,
        reason: 'entry 2 was altered after it was written',
        headHash: 'a'.repeat(64),
        anchors: { ok: true, anchors: 3, longest: 6 },
      },
    });
    expect(words).not.toMatch(/^Matches/);
    expect(words).toBe(
      'The hashes stored in Redis match the 3 anchor(s) posted in the incident channel (up to entry 5); that does not clear the broken link above.',
    );
  });
});
