import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INSTANT_FLAGS } from '../../commands/incident/facts';
import { parseIncidentCommand } from '../../commands/incident/grammar';
import { helpFor, SUBCOMMANDS, USAGE } from '../../commands/incident/usage';
import { AMBIGUOUS_TWO_LETTER_CODES, readCount, readPlace } from '../../src/domain/regulations/jurisdiction-names';
import { DATA_TYPES, ENTITY_TYPES, JUDGMENTS, TRIGGERS } from '../../src/domain/regulations/vocabulary';
import { TRIGGER_LABELS } from '../../src/domain/regulations/vocabulary-labels';
import { closestWords } from '../../src/domain/words/did-you-mean';

const NOW = new Date('2026-11-29T12:00:00Z');
const parse = (text: string, timeZone?: string) => parseIncidentCommand(text, NOW, timeZone ? { timeZone } : {});
const command = (text: string, timeZone?: string) => {
  const result = parse(text, timeZone);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.command;
};
const refusal = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.command)}`);
  return result.error;
};

describe('forgiving commands: what phones and keyboards do to flags', () => {
  test.each([
    ['open X —severity sev2', 'em dash (macOS, iOS)'],
    ['open X –severity sev2', 'en dash'],
    ['open X ‑‑severity sev2', 'two non-breaking hyphens'],
    ['open X -severity sev2', 'a single dash'],
    ['open X --Severity SEV2', 'flag and value in capitals'],
    ['open X --severity=sev2', 'inline value'],
    ['open X --severity 2', 'the number alone'],
  ])('%j (%s) opens "X" at sev2', (text) => {
    expect(command(text)).toMatchObject({ name: 'open', title: 'X', severity: 'sev2' });
  });

  test('a dash standing alone in a title stays in the title', () => {
    expect(command('open Vendor — payroll export --severity sev3')).toMatchObject({
      title: 'Vendor — payroll export',
      severity: 'sev3',
    });
  });

  test('curly quotes and non-breaking spaces are read as plain ones', () => {
    expect(command('open “Vendor breach”\u00a0--drill')).toMatchObject({ title: 'Vendor breach', drill: true });
  });

  test('invisible characters pasted with a title or a flag are dropped; emoji sequences keep their joiners', () => {
    expect(command('open Pay\u200broll \u2060export\ufeff le\u00adak --sev\u200berity 2')).toMatchObject({
      title: 'Payroll export leak',
      severity: 'sev2',
    });
    expect(command('title Call the 👩\u200d⚖️')).toEqual({ name: 'title', title: 'Call the 👩\u200d⚖️' });
  });

  test('a decision keeps its dashes and quotes as typed', () => {
    expect(command('decision Engage counsel —today, “not” tomorrow')).toEqual({
      name: 'decision',
      text: 'Engage counsel —today, “not” tomorrow',
    });
  });

  test('a single-dash word that is not a flag stays in the title', () => {
    expect(command('open Data -ish leak')).toMatchObject({ title: 'Data -ish leak' });
  });
});

describe('forgiving commands: values', () => {
  test('a severity by the name the declare form gives it: Critical, high, Moderate, LOW', () => {
    expect(command('open X --severity Critical')).toMatchObject({ severity: 'sev1' });
    expect(command('open X --severity high')).toMatchObject({ severity: 'sev2' });
    expect(command('open X --severity Moderate')).toMatchObject({ severity: 'sev3' });
    expect(command('open X --severity LOW')).toMatchObject({ severity: 'sev4' });
  });

  test('values in any case: SSN, SEV1, GDPR, entity types, judgments', () => {
    expect(command('open X --severity SEV1 --regimes GDPR, US-CA')).toMatchObject({
      severity: 'sev1',
      regimes: ['gdpr', 'us-ca'],
    });
    expect(
      command(
        'facts --data SSN, Name, Drivers-License --entity SEC_Registrant --judgment RiskOfHarm=Yes, gdprRisk=TRUE',
      ),
    ).toMatchObject({
      patch: {
        dataTypes: ['ssn', 'name', 'drivers_license'],
        entityTypes: ['sec_registrant'],
        judgments: { riskOfHarm: true, gdprRisk: true },
      },
    });
  });

  test.each([
    ['US-CA=1749623'],
    ['US-CA=1,749,623'],
    ['US-CA=1 749 623'],
    ['US-CA=1_749_623'],
    ['"US-CA = 1.749.623"'],
    ['California=1,749,623'],
    ['California 1,749,623'],
    ['california: 1 749 623'],
  ])('--affected %s counts 1,749,623 Californians', (value) => {
    expect(command(`facts --affected ${value}`)).toMatchObject({ patch: { affected: { 'US-CA': 1_749_623 } } });
  });

  test('a list of counts with separators and spaces after the commas', () => {
    expect(command('facts --affected US-CA=1,749,623, Texas=1 200, Germany=40, New York=3, EU=7')).toMatchObject({
      patch: { affected: { 'US-CA': 1_749_623, 'US-TX': 1200, DE: 40, 'US-NY': 3, EU: 7 } },
    });
  });

  test('full names work for states and countries', () => {
    expect(readPlace('California')).toEqual({ ok: true, code: 'US-CA' });
    expect(readPlace('new york')).toEqual({ ok: true, code: 'US-NY' });
    expect(readPlace('Germany')).toEqual({ ok: true, code: 'DE' });
    expect(readPlace('Canada')).toEqual({ ok: true, code: 'CA' });
    expect(readPlace('United Kingdom')).toEqual({ ok: true, code: 'GB' });
    expect(readPlace('UK')).toEqual({ ok: true, code: 'GB' });
    expect(readPlace('Puerto Rico')).toEqual({ ok: true, code: 'US-PR' });
    expect(readPlace('PR')).toEqual({ ok: true, code: 'US-PR' });
    expect(readPlace('us-ca')).toEqual({ ok: true, code: 'US-CA' });
  });

  test('counts are whole numbers with thousands separators only', () => {
    expect(readCount('1,749,623')).toBe(1_749_623);
    expect(readCount('1’749’623')).toBe(1_749_623);
    expect(readCount('1,74,9623')).toBeNull();
    expect(readCount('12.5')).toBeNull();
    expect(readCount('-5')).toBeNull();
  });

  test('a date without a time or zone is read in the person’s zone, at the start of the day, and said back', () => {
    const result = parse('facts --discovered 2026-11-02 --aware 2026-11-03 09:30', 'America/New_York');
    expect(result).toMatchObject({
      ok: true,
      command: {
        patch: { instants: { discoveredAt: '2026-11-02T05:00:00.000Z', awareAt: '2026-11-03T14:30:00.000Z' } },
      },
    });
    const saidBack = result.ok ? (result.saidBack ?? []) : [];
    expect(saidBack.join('\n')).toContain(
      '2026-11-02 00:00 America/New_York (2026-11-02T05:00:00Z), the start of that day',
    );
    expect(saidBack.join('\n')).toContain('2026-11-03 09:30 America/New_York (2026-11-03T14:30:00Z)');
  });

  test('an instant with a zone is taken as given and not said back', () => {
    const result = parse('open X --discovered 2026-11-28T09:30:00-05:00', 'Europe/Berlin');
    expect(result).toMatchObject({ ok: true, command: { discoveredAt: '2026-11-28T14:30:00.000Z' } });
    expect(result.ok && result.saidBack).toBeFalsy();
  });
});

describe('forgiving commands: codes that are both a US state and a country', () => {
  test('the list is computed from the jurisdictions and holds the well-known ones', () => {
    for (const code of [
      'CA',
      'DE',
      'IN',
      'GA',
      'AL',
      'AR',
      'CO',
      'MA',
      'MD',
      'ME',
      'MN',
      'MT',
      'NE',
      'PA',
      'SC',
      'VA',
    ]) {
      expect(AMBIGUOUS_TWO_LETTER_CODES).toContain(code);
    }
    expect(AMBIGUOUS_TWO_LETTER_CODES).not.toContain('TX');
    expect(AMBIGUOUS_TWO_LETTER_CODES).not.toContain('PR');
  });

  test.each(AMBIGUOUS_TWO_LETTER_CODES.map((c) => [c]))('bare %s is refused with both readings', (code) => {
    const error = refusal(`facts --affected ${code}=1000`);
    expect(error).toMatch(new RegExp(`\`${code}\`: did you mean US-${code} \\(.+\\) or ${code} \\(.+\\)\\?`));
  });

  test('CA names California and Canada', () => {
    expect(refusal('facts --affected CA=1749623')).toContain('`CA`: did you mean US-CA (California) or CA (Canada)?');
    expect(refusal('facts --affected de=5')).toContain('US-DE (Delaware) or DE (Germany)');
  });

  test('Georgia, a state and a country by name, is refused with both', () => {
    expect(refusal('facts --affected Georgia=5')).toContain('US-GA (the US state) or GE (the country)');
  });

  test('US is refused: people are counted by state', () => {
    expect(refusal('facts --affected US=5')).toContain('count people by state');
  });

  test('domicile takes places the same way', () => {
    expect(command('facts --domicile Texas, US-NY')).toMatchObject({ patch: { domicile: ['US-TX', 'US-NY'] } });
    expect(refusal('facts --domicile IN')).toContain('US-IN (Indiana) or IN (India)');
  });
});

describe('forgiving commands: did you mean', () => {
  test.each([
    ['opne Vendor breach', 'Did you mean `open`?'],
    ['dedlines', '`deadlines`'],
    ['open X --regimes hippa', '`hipaa`'],
    ['facts --data bank_account', '`financial_account`'],
    ['facts --data social_security', '`ssn`'],
    ['facts --entity sec_registrnt', '`sec_registrant`'],
    ['facts --judgment riskOfHarn=yes', '`riskOfHarm`'],
    ['open X --severty sev1', '`--severity`'],
    ['facts --affected Californa=5', 'California (US-CA)'],
    ['why hippa', '`hipaa`'],
  ])('%j suggests %s', (text, suggestion) => {
    expect(refusal(text)).toContain(suggestion);
  });

  test('errors point to help instead of listing every option', () => {
    for (const text of [
      'facts --data shoe_size',
      'facts --entity bakery',
      'facts --judgment vibes=yes',
      'open X --regimes nope',
    ]) {
      const error = refusal(text);
      expect(error.length).toBeLessThan(300);
      expect(error).toContain('/incident help');
    }
  });

  test('closest words by edit distance, transpositions included', () => {
    expect(closestWords('opne', ['open', 'close', 'status'])).toEqual(['open']);
    expect(closestWords('zzz', ['open', 'close'])).toEqual([]);
  });
});

describe('forgiving commands: the facts flags for every trigger and judgment the catalog reads', () => {
  test.each([
    ['no-harm-determined', 'noHarmDeterminedAt'],
    ['hhs-notice-sent', 'hhsNoticeSentAt'],
    ['assessed-notifiable', 'assessedNotifiableAt'],
    ['nis2-notification-sent', 'nis2NotificationSentAt'],
    ['dora-initial-sent', 'doraInitialNotificationSentAt'],
    ['dora-intermediate-sent', 'doraIntermediateReportSentAt'],
    ['cra-incident-notification-sent', 'craIncidentNotificationSentAt'],
  ])('--%s sets %s', (flag, trigger) => {
    expect(command(`facts --${flag} 2026-11-20T15:00:00Z`)).toMatchObject({
      patch: { instants: { [trigger]: '2026-11-20T15:00:00.000Z' } },
    });
  });

  test('every trigger the engine reads has a flag, and help names it with its label', () => {
    expect(new Set(Object.values(INSTANT_FLAGS))).toEqual(new Set(TRIGGERS));
    const help = helpFor('facts');
    for (const [flag, trigger] of Object.entries(INSTANT_FLAGS)) {
      expect(help).toContain(`\`--${flag} <instant>\` — ${TRIGGER_LABELS[trigger]}`);
    }
  });

  test.each(JUDGMENTS.map((j) => [j]))('judgment %s can be set yes and no', (judgment) => {
    expect(command(`facts --judgment ${judgment}=yes`)).toMatchObject({ patch: { judgments: { [judgment]: true } } });
    expect(command(`facts --judgment ${judgment.toLowerCase()}=false`)).toMatchObject({
      patch: { judgments: { [judgment]: false } },
    });
  });
});

describe('forgiving commands: help', () => {
  test('help <subcommand> for every subcommand', () => {
    for (const topic of SUBCOMMANDS) {
      expect(command(`help ${topic.toUpperCase()}`)).toEqual({ name: 'help', topic });
      expect(helpFor(topic).length).toBeGreaterThan(20);
    }
  });

  test('help facts lists every flag and every value with its label, within one message', () => {
    const help = helpFor('facts');
    for (const v of [...DATA_TYPES, ...ENTITY_TYPES, ...JUDGMENTS]) expect(help).toContain(`\`${v}\` — `);
    for (const flag of [
      '--data',
      '--affected',
      '--entity',
      '--encrypted',
      '--judgment',
      '--domicile',
      '--le-agency',
      '--le-lifted',
    ]) {
      expect(help).toContain(flag);
    }
    expect(help).toContain('`riskOfHarm` — ');
    expect(help).toMatch(/riskOfHarm` — [^\n]*decides us-/);
    expect(help.length).toBeLessThan(12_000);
  });

  test('help open lists every severity and regime', () => {
    const help = helpFor('open');
    for (const v of ['sev1', 'sev2', 'sev3', 'sev4', 'gdpr', 'hipaa', 'us-ca', 'sec-8k'])
      expect(help).toContain(`\`${v}\``);
  });

  test('help notified gives every form README gives: an obligation id, a recipient kind, --at and --undo', () => {
    const help = helpFor('notified');
    for (const form of ['dora/regulator/initial', '*/credit_bureaus', '--at', '--undo']) expect(help).toContain(form);
    // Each example it shows (not the forms with placeholders) is one the parser takes.
    const examples = [...help.matchAll(/`\/incident (notified [^`<]*)`/g)].map((m) => m[1] ?? '');
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(parseIncidentCommand(example).ok).toBe(true);
  });

  test('help close says who may close, as help reopen does', () => {
    expect(helpFor('close')).toContain('LIFECYCLE_AUTHORITY=members');
  });

  test('the short usage and the manifest’s usage_hint name every subcommand', () => {
    for (const s of SUBCOMMANDS) expect(USAGE).toContain(`/incident ${s}`);
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../manifest.json'), 'utf8')) as {
      features: { slash_commands: { command: string; usage_hint: string }[] };
    };
    const hint = manifest.features.slash_commands.find((c) => c.command === '/incident')?.usage_hint ?? '';
    for (const s of SUBCOMMANDS) expect(hint).toMatch(new RegExp(`(^|\\| )${s}\\b`));
  });
});

describe('why', () => {
  test.each([
    ['why hipaa', 'hipaa'],
    ['why HIPAA', 'hipaa'],
    ['why US-CA', 'us-ca'],
    ['why California', 'us-ca'],
    ['why sec-8k', 'sec-8k'],
  ])('%j asks about %s', (text, regime) => {
    expect(command(text)).toEqual({ name: 'why', regime });
  });

  test('an ambiguous code is refused with both readings', () => {
    expect(refusal('why CA')).toContain('US-CA (California) or CA (Canada)');
  });
});
