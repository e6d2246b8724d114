import { parseIncidentCommand } from '../../commands/incident/grammar';
import { applyFactsPatch, describeFactsChange } from '../../src/domain/obligations/facts-patch';
import { factsSchema } from '../../src/domain/regulations/facts';

const NOW = new Date('2026-12-01T12:00:00Z');
const parse = (text: string) => parseIncidentCommand(text, NOW);

describe('/incident facts: law-enforcement delay flags', () => {
  test('a new request: agency, form and request time, with its stated end and the notices it names', () => {
    expect(
      parse(
        'facts --le-agency "FBI Boston" --le-form Written --le-requested 2026-11-20T15:00:00Z --le-until 2026-12-20T00:00:00Z --le-notices hipaa,us-me',
      ),
    ).toEqual({
      ok: true,
      command: {
        name: 'facts',
        patch: {
          lawEnforcementDelay: {
            agency: 'FBI Boston',
            form: 'written',
            requestedAt: '2026-11-20T15:00:00.000Z',
            until: '2026-12-20T00:00:00.000Z',
            notices: ['hipaa', 'us-me'],
          },
        },
      },
    });
  });

  test('lifting it later takes one flag', () => {
    expect(parse('facts --le-lifted 2026-11-30T09:00:00-05:00')).toEqual({
      ok: true,
      command: { name: 'facts', patch: { lawEnforcementDelay: { liftedAt: '2026-11-30T14:00:00.000Z' } } },
    });
    expect(parse('facts --le-notices all')).toMatchObject({
      ok: true,
      command: { patch: { lawEnforcementDelay: { notices: 'all' } } },
    });
  });

  test.each([
    ['facts --le-agency FBI --le-form written', 'missing `--le-requested`'],
    ['facts --le-agency FBI --le-requested 2026-11-20T15:00:00Z', 'missing `--le-form`'],
    [
      'facts --le-agency FBI --le-form shouted --le-requested 2026-11-20T15:00:00Z',
      '`--le-form` must be written or oral',
    ],
    [
      'facts --le-agency FBI --le-form oral --le-requested last-tuesday',
      '`--le-requested` must be an ISO 8601 instant',
    ],
    [
      'facts --le-agency FBI --le-form oral --le-requested 2026-12-05T00:00:00Z',
      '`--le-requested` cannot lie in the future',
    ],
    ['facts --le-lifted 2027-01-01T00:00:00Z', '`--le-lifted` cannot lie in the future'],
    [
      'facts --le-agency FBI --le-form oral --le-requested 2026-11-20T15:00:00Z --le-until 2026-11-01T00:00:00Z',
      '`--le-until` cannot come before `--le-requested`',
    ],
    [
      'facts --le-agency "Agent Smith 555-123-4567" --le-form oral --le-requested 2026-11-20T15:00:00Z',
      '`--le-agency` must name the agency only',
    ],
    [
      'facts --le-agency "<@U123>" --le-form oral --le-requested 2026-11-20T15:00:00Z',
      '`--le-agency` must name the agency only',
    ],
    ['facts --le-notices hipaa,us-zz', '`--le-notices`'],
    ['facts --le-delay FBI', 'Unknown flag `--le-delay`'],
  ])('%j is refused, naming the flag', (text, named) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(named);
  });
});

describe('applying the flags to stored facts', () => {
  const base = factsSchema.parse({ discoveredAt: '2026-11-01T00:00:00Z' });
  const request = {
    agency: 'FBI Boston',
    form: 'oral' as const,
    requestedAt: '2026-11-20T15:00:00.000Z',
  };

  test('a request is recorded for all notices unless it names some, and said in words', () => {
    const after = applyFactsPatch(base, { lawEnforcementDelay: request }, []);
    expect(after.lawEnforcementDelay).toEqual({ ...request, notices: 'all' });
    expect(describeFactsChange(base, after)).toEqual([
      'law-enforcement delay: FBI Boston (oral, requested 2026-11-20T15:00:00.000Z; all notices; until lifted)',
    ]);
  });

  test('a lift changes the recorded request; a lift with none recorded is refused, naming how to record one', () => {
    const delayed = applyFactsPatch(base, { lawEnforcementDelay: request }, []);
    const lifted = applyFactsPatch(delayed, { lawEnforcementDelay: { liftedAt: '2026-11-29T00:00:00.000Z' } }, []);
    expect(lifted.lawEnforcementDelay?.liftedAt).toBe('2026-11-29T00:00:00.000Z');
    expect(describeFactsChange(delayed, lifted)).toEqual([
      'law-enforcement delay: FBI Boston (oral, requested 2026-11-20T15:00:00.000Z; all notices; lifted 2026-11-29T00:00:00.000Z)',
    ]);
    expect(() => applyFactsPatch(base, { lawEnforcementDelay: { liftedAt: '2026-11-29T00:00:00.000Z' } }, [])).toThrow(
      expect.objectContaining({ code: 'no_delay_recorded', message: expect.stringContaining('--le-agency') }),
    );
    expect(() => applyFactsPatch(delayed, { lawEnforcementDelay: { until: '2026-11-01T00:00:00.000Z' } }, [])).toThrow(
      expect.objectContaining({ code: 'invalid_delay' }),
    );
  });
});
