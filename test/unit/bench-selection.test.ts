import { selectBenches } from '../../bench/bench-selection';

// `npm run bench -- <name>`: README tells a newcomer to run one bench by name. A name that is no bench must be
// said to be one, not run nothing and exit 0 as if it had been measured.
const BENCHES = [
  ['deadlines', 1],
  ['slack', 2],
  ['home', 3],
  ['ack-under-load', 4],
] as const;

describe('choosing benches by name', () => {
  it('runs every bench when none is named', () => {
    expect(selectBenches(BENCHES, [])).toEqual({ ok: true, chosen: BENCHES });
  });

  it('runs the named ones, in the usual order', () => {
    expect(selectBenches(BENCHES, ['home', 'slack'])).toEqual({ ok: true, chosen: [BENCHES[1], BENCHES[2]] });
  });

  it('names a bench that does not exist, the closest one and every one there is', () => {
    const selection = selectBenches(BENCHES, ['slak', 'home']);
    expect(selection.ok).toBe(false);
    if (selection.ok) return;
    expect(selection.error).toContain('`slak`');
    expect(selection.error).toContain('Did you mean `slack`?');
    expect(selection.error).toContain('deadlines, slack, home, ack-under-load');
    expect(selection.error).not.toContain('`home`');
  });
});
