import { parseIncidentCommand } from '../../commands/incident/grammar';

const NOW = new Date('2026-11-29T12:00:00Z');
const parse = (text: string) => parseIncidentCommand(text, NOW);

describe('/incident grammar', () => {
  test.each(['', '   ', 'help', 'HELP'])('%j answers with the usage', (text) => {
    expect(parse(text)).toEqual({ ok: true, command: { name: 'help' } });
  });

  test('an unknown subcommand is refused and shows the usage', () => {
    expect(parse('launch missiles')).toEqual({ ok: false, error: 'Unknown subcommand `launch`.', showUsage: true });
  });

  test('open takes the title from the words and the flags from --flags', () => {
    const result = parse(
      'open Mortgage servicing data exfiltration --severity sev2 --discovered 2026-11-28T09:30:00-05:00 --regimes gdpr,us-ca',
    );
    expect(result).toEqual({
      ok: true,
      command: {
        name: 'open',
        title: 'Mortgage servicing data exfiltration',
        severity: 'sev2',
        discoveredAt: '2026-11-28T14:30:00.000Z',
        regimes: ['gdpr', 'us-ca'],
        drill: false,
        speed: 1,
      },
    });
  });

  test('open defaults to sev1 and discovery at open', () => {
    const result = parse('open Lost laptop');
    expect(result.ok && result.command).toMatchObject({ name: 'open', severity: 'sev1', title: 'Lost laptop' });
    expect(result.ok && 'discoveredAt' in result.command && result.command.discoveredAt).toBe(false);
  });

  test('quoted titles (straight or Slack’s curly quotes) keep their words', () => {
    const result = parse('open “Vendor --severity breach” --drill');
    expect(result.ok && result.command).toMatchObject({ title: 'Vendor --severity breach', drill: true });
  });

  test.each([
    ['open X --severity sev9', '`--severity`', 'sev9'],
    ['open X --severty sev1', 'Unknown flag `--severty`', ''],
    ['open X --discovered yesterday', '`--discovered` must be an ISO 8601 instant', 'yesterday'],
    ['open X --discovered 2026-11-28T25:00', '`--discovered` is not a real date', ''],
    ['open X --discovered 2026-12-01T00:00:00Z', 'cannot lie in the future', ''],
    ['open X --regimes GDPR!', '`--regimes`', ''],
    ['open X --severity', '`--severity` needs a value', ''],
    ['open X --severity sev1 --severity sev2', 'given twice', ''],
    ['open X --speed 60', '`--speed` only applies to a drill', ''],
    ['open X --drill --speed 0', '`--speed` must be at least 1', ''],
  ])('%j is refused naming the problem', (text, expected, got) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(expected);
    if (got) expect(result.error).toContain(got);
    expect(result.showUsage).toBe(false);
  });

  test('open without a title asks for the declare form, filled in with the flags typed', () => {
    expect(parse('open')).toEqual({ ok: true, command: { name: 'declare', prefill: { regimes: [], drill: false } } });
    expect(parse('open --severity SEV2 --drill --speed 60 --regimes GDPR')).toEqual({
      ok: true,
      command: { name: 'declare', prefill: { severity: 'sev2', regimes: ['gdpr'], drill: true, speed: 60 } },
    });
    // A bad flag is refused as with a title: the form is not opened over a mistake.
    expect(parse('open --severity sev9').ok).toBe(false);
  });

  test('a drill may run its clocks faster', () => {
    const result = parse('open Tabletop --drill --speed 60');
    expect(result.ok && result.command).toMatchObject({ drill: true, speed: 60 });
  });

  test('role takes a role and Slack’s escaped mention', () => {
    expect(parse('role legal <@U123ABC|dana>')).toEqual({
      ok: true,
      command: { name: 'role', role: 'legal', userId: 'U123ABC' },
    });
    const bad = parse('role janitor <@U1>');
    expect(!bad.ok && bad.error).toContain('commander, comms, legal, scribe, forensics');
  });

  test('a person mentioned in free text is the name typed, not the mention (the echo notifies nobody)', () => {
    expect(parse('decision Ask <@U123ABC|dana> and <@W0GRID> first')).toEqual({
      ok: true,
      command: { name: 'decision', text: 'Ask @dana and @W0GRID first' },
    });
    const opened = parse('open Laptop of <@U123ABC|dana>');
    expect(opened.ok && opened.command).toMatchObject({ name: 'open', title: 'Laptop of @dana' });
    expect(parse('title For <@U1|ana>')).toEqual({ ok: true, command: { name: 'title', title: 'For @ana' } });
  });

  test('decision keeps the text as typed, flags and all', () => {
    expect(parse('decision  Pay no ransom --final ')).toEqual({
      ok: true,
      command: { name: 'decision', text: 'Pay no ransom --final' },
    });
    expect(parse('decision').ok).toBe(false);
  });

  test('notified takes a regime with an optional recipient and note', () => {
    expect(parse('notified us-ca/regulator AG portal ref 42')).toEqual({
      ok: true,
      command: {
        name: 'notified',
        action: 'mark',
        target: { kind: 'regime', regime: 'us-ca', recipient: 'regulator' },
        note: 'AG portal ref 42',
      },
    });
    expect(parse('notified gdpr')).toEqual({
      ok: true,
      command: { name: 'notified', action: 'mark', target: { kind: 'regime', regime: 'gdpr' } },
    });
    const bad = parse('notified gdpr/pigeons');
    expect(!bad.ok && bad.error).toContain('pigeons');
  });

  test('facts parses data, jurisdictions, entities and instants', () => {
    const result = parse(
      'facts --data ssn,financial_account --affected US-CA=1200,us-ny=300,EU=40 --entity sec_registrant --materiality 2026-11-20T15:00:00Z --encrypted no',
    );
    expect(result).toEqual({
      ok: true,
      command: {
        name: 'facts',
        patch: {
          dataTypes: ['ssn', 'financial_account'],
          entityTypes: ['sec_registrant'],
          affected: { 'US-CA': 1200, 'US-NY': 300, EU: 40 },
          encrypted: false,
          instants: { materialityDeterminedAt: '2026-11-20T15:00:00.000Z' },
        },
      },
    });
  });

  test('facts alone opens the form; facts show (any case) prints the facts', () => {
    expect(parse('facts')).toEqual({ ok: true, command: { name: 'facts_form' } });
    expect(parse('  facts  ')).toEqual({ ok: true, command: { name: 'facts_form' } });
    expect(parse('facts Show')).toEqual({ ok: true, command: { name: 'facts_show' } });
  });

  test('--judgment name=undecided forgets a judgment', () => {
    expect(parse('facts --judgment gdprRisk=undecided, riskOfHarm=yes')).toMatchObject({
      ok: true,
      command: { patch: { judgments: { gdprRisk: null, riskOfHarm: true } } },
    });
  });

  test.each([
    ['facts --data ssn,shoe_size', 'shoe_size'],
    ['facts --affected US-XX=5', 'US-XX'],
    ['facts --affected US-CA=-5', 'US-CA=-5'],
    ['facts --entity bakery', 'bakery'],
    ['facts shoe', 'flags only'],
  ])('%j is refused naming the bad value', (text, named) => {
    const result = parse(text);
    expect(!result.ok && result.error).toContain(named);
  });

  test.each(['status now', 'summary please', 'deadlines soon'])(
    '%j: subcommands without arguments refuse extra words',
    (text) => {
      expect(parse(text).ok).toBe(false);
    },
  );
});
