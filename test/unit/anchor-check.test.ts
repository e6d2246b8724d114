import { anchorFor, checkAgainstAnchors } from '../../src/domain/timeline/anchor';

const chain = (n: number, salt = 'a') =>
  Array.from({ length: n }, (_, i) => ({ hash: `${salt}${String(i).padStart(63, '0')}`.slice(0, 64) }));

describe('a chain against its anchors', () => {
  const anchors = [anchorFor('INC-1', chain(3))!, anchorFor('INC-1', chain(5))!];

  test('a chain that grew past its anchors holds', () => {
    expect(checkAgainstAnchors(chain(7), anchors)).toEqual({ ok: true, anchors: 2, longest: 5 });
  });

  test('entries cut off the end', () => {
    const check = checkAgainstAnchors(chain(4), anchors);
    expect(check.ok).toBe(false);
    expect(JSON.stringify(check)).toContain('entries were removed');
  });

  test('the whole timeline deleted', () => {
    expect(JSON.stringify(checkAgainstAnchors([], anchors))).toContain('it was deleted');
  });

  test('a consistent rewrite (every hash recomputed) no longer has the anchored heads', () => {
    const check = checkAgainstAnchors(chain(7, 'b'), anchors);
    expect(check.ok).toBe(false);
    expect(JSON.stringify(check)).toContain('rewritten');
  });

  test('no anchors: nothing to compare, the chain holds as far as anchors go', () => {
    expect(checkAgainstAnchors(chain(2), [])).toEqual({ ok: true, anchors: 0, longest: 0 });
    expect(anchorFor('INC-1', [])).toBeNull();
  });
});
