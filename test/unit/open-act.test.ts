import {
  mayHaveHappened,
  newOpenAct,
  nextOpenStep,
  OPEN_STEPS,
  openDedupeKey,
  openProgress,
  openRequestOf,
} from '../../src/domain/acts/open-act';

const request = {
  title: 'Laptop stolen',
  severity: 'sev1' as const,
  regimes: ['gdpr'],
  drill: false,
  speed: 1,
  openedBy: 'UALICE',
  openedAt: new Date('2026-12-01T12:00:00.000Z'),
};

describe('the open act as data', () => {
  const act = newOpenAct('INC-7', request, 'inc-20261201-laptop-stolen', undefined, request.openedAt);

  test('a new act starts at the channel, with nothing started, and gives back the request it was made from', () => {
    expect(nextOpenStep(act)).toBe('channel');
    expect(mayHaveHappened(act, 'channel')).toBe(false);
    expect(openRequestOf(act)).toEqual(request);
  });

  test('steps run in order; the next is the first without a result', () => {
    const done = { ...act, done: { channel: { id: 'G1', name: 'x' }, record: {}, timeline: {} } };
    expect(nextOpenStep(done)).toBe('invite');
    expect(openProgress(done)).toEqual({ done: ['channel', 'record', 'timeline'], pending: OPEN_STEPS.slice(3) });
  });

  test('a step started and not recorded may have happened', () => {
    expect(mayHaveHappened({ started: ['header'] }, 'header')).toBe(true);
  });

  test('the same open: one person, one title, whatever the case, spacing or punctuation; a drill is another', () => {
    expect(openDedupeKey({ ...request, title: '  LAPTOP, stolen!' })).toBe(openDedupeKey(request));
    expect(openDedupeKey({ ...request, openedBy: 'UBOB' })).not.toBe(openDedupeKey(request));
    expect(openDedupeKey({ ...request, drill: true })).not.toBe(openDedupeKey(request));
    expect(openDedupeKey({ ...request, title: 'Laptop stolen 2' })).not.toBe(openDedupeKey(request));
  });
});
