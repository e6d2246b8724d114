import { anchorFor, anchorsIn, checkAgainstAnchors } from '../../src/domain/timeline/anchor';

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

describe('anchors among messages', () => {
  const anchor = anchorFor('INC-1', chain(2))!;
  const message = (extra: Record<string, unknown>) => ({
    bot_id: 'B0BOT',
    metadata: { event_type: 'breachbot_anchor', event_payload: anchor },
    ...extra,
  });

  test('only the bot’s own, well-formed, of this incident', () => {
    const found = anchorsIn(
      [
        message({}),
        message({ bot_id: 'BOTHER' }),
        message({ metadata: { event_type: 'breachbot_anchor', event_payload: { ...anchor, incident_id: 'INC-2' } } }),
        message({ metadata: { event_type: 'breachbot_anchor', event_payload: { length: 'x' } } }),
        message({ metadata: { event_type: 'other', event_payload: anchor } }),
        { text: 'no metadata' },
        null,
      ],
      'INC-1',
      'B0BOT',
    );
    expect(found).toEqual([anchor]);
  });
});
