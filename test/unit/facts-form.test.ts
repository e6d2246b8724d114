import type { InputBlock, ModalView } from '@slack/types';
import { readAffectedLines } from '../../commands/incident/affected-lines';
import { INSTANT_FLAGS } from '../../commands/incident/facts';
import { factsAsCommands } from '../../commands/incident/facts-show';
import { parseIncidentCommand } from '../../commands/incident/grammar';
import { helpFor } from '../../commands/incident/usage';
import { initialFacts } from '../../src/domain/obligations/deadline-state';
import { applyFactsPatch } from '../../src/domain/obligations/facts-patch';
import { type Facts, factsSchema } from '../../src/domain/regulations/facts';
import { DATA_TYPES, ENTITY_TYPES, JUDGMENTS, type Trigger } from '../../src/domain/regulations/vocabulary';
import {
  FACTS_FORM_ACTION_ID,
  FACTS_FORM_BLOCKS,
  factsForm,
  instantBlockId,
  judgmentBlockId,
  readFactsForm,
} from '../../src/slack/messages/facts-form';
import { factsShowReply } from '../../src/slack/messages/facts-replies';
import { checkBlocks } from '../support/slack-simulator';

/**
 * The facts form (`/incident facts` alone), the lines of people affected it reads, and `/incident facts show`:
 * the view within Slack's limits and filled from the stored facts; a form submitted as it was filled records
 * nothing new; every bad line named; the printed command parsed back gives the same facts.
 */
const mrCooper: Facts = factsSchema.parse(require('../../examples/mr-cooper.json'));
const now = new Date('2026-12-02T12:00:00Z');
const state = { incidentId: 'INC-20231101-3QF7A', channelId: 'C0INCIDENT', version: 3, fingerprint: 'a'.repeat(16) };
const incident = { id: state.incidentId, title: 'Mortgage servicer <breach> & more' };

type Element = Record<string, unknown>;
const inputs = (view: ModalView) => view.blocks.filter((b): b is InputBlock => b.type === 'input');
const element = (view: ModalView, blockId: string) =>
  inputs(view).find((b) => b.block_id === blockId)?.element as unknown as Element;

/** What Slack submits for a form nobody touched: each element's initial value, in Slack's state shape. */
function untouched(view: ModalView): Record<string, Record<string, Element>> {
  const values: Record<string, Record<string, Element>> = {};
  for (const b of inputs(view)) {
    const e = b.element as unknown as Element;
    const value: Element =
      e.type === 'multi_static_select'
        ? { type: e.type, selected_options: e.initial_options ?? [] }
        : e.type === 'radio_buttons'
          ? { type: e.type, selected_option: e.initial_option ?? null }
          : e.type === 'datetimepicker'
            ? { type: e.type, selected_date_time: e.initial_date_time ?? null }
            : { type: e.type, value: e.initial_value ?? null };
    values[b.block_id ?? ''] = { [FACTS_FORM_ACTION_ID]: value };
  }
  return values;
}

describe('the facts form', () => {
  test('fits a modal with the Mr. Cooper facts (54 places), and every part within Slack’s limits', () => {
    const view = factsForm(incident, mrCooper, state, ['sec_registrant']);
    expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect((view.private_metadata ?? '').length).toBeLessThanOrEqual(3000);
    for (const b of inputs(view)) {
      expect(b.label.text.length).toBeLessThanOrEqual(2000);
      expect((b.hint?.text ?? '').length).toBeLessThanOrEqual(2000);
    }
    const affected = String(element(view, FACTS_FORM_BLOCKS.affected).initial_value);
    expect(affected.split('\n')).toHaveLength(54);
    expect(affected.length).toBeLessThanOrEqual(3000);
    // The title is the person's words: escaped in mrkdwn.
    expect(JSON.stringify(view.blocks[0])).toContain('&lt;breach&gt; &amp; more');
  });

  test('is filled from the stored facts: data, entities, places by name, encryption, judgments, clocks', () => {
    const view = factsForm(incident, mrCooper, state, []);
    const values = (e: Element) => ((e.initial_options as { value: string }[]) ?? []).map((o) => o.value);
    expect(values(element(view, FACTS_FORM_BLOCKS.dataTypes))).toEqual(
      expect.arrayContaining(['name', 'address', 'phone', 'ssn', 'dob', 'financial_account']),
    );
    expect(values(element(view, FACTS_FORM_BLOCKS.dataTypes)).sort()).toEqual([...mrCooper.dataTypes].sort());
    expect(values(element(view, FACTS_FORM_BLOCKS.entityTypes)).sort()).toEqual([...mrCooper.entityTypes].sort());
    const lines = String(element(view, FACTS_FORM_BLOCKS.affected).initial_value).split('\n');
    expect(lines).toContain('California 1,749,623');
    // A name that reads back as something else (Georgia: the state or the country) is written as its code.
    expect(lines).toContain('US-GA 474,024');
    expect(element(view, FACTS_FORM_BLOCKS.encrypted).initial_option).toMatchObject({ value: 'no' });
    expect(element(view, judgmentBlockId('riskOfHarm')).initial_option).toMatchObject({ value: 'yes' });
    expect(element(view, judgmentBlockId('gdprRisk')).initial_option).toMatchObject({ value: 'undecided' });
    expect(element(view, instantBlockId('materialityDeterminedAt')).initial_date_time).toBe(
      Date.parse('2023-11-02T14:00:00Z') / 1000,
    );
    expect(element(view, instantBlockId('ransomPaidAt')).initial_date_time).toBeUndefined();
    expect(JSON.parse(view.private_metadata ?? '')).toEqual(state);
  });

  test('each judgment says which notices it decides, read from the catalog', () => {
    const view = factsForm(incident, mrCooper, state, []);
    const hint = (j: string) => inputs(view).find((b) => b.block_id === judgmentBlockId(j as never))?.hint?.text;
    expect(hint('secMaterial')).toContain('SEC');
    expect(hint('riskOfHarm')).toMatch(/Decides the notices of .* and \d+ more\./);
    expect(inputs(view).filter((b) => b.block_id?.startsWith('judgment_'))).toHaveLength(JUDGMENTS.length);
  });

  test('submitted as it was filled, it records nothing new; one change records that change', () => {
    const view = factsForm(incident, mrCooper, state, []);
    const values = untouched(view);
    const same = readFactsForm(values, mrCooper, now);
    if (!same.ok) throw new Error(JSON.stringify(same.errors));
    expect(applyFactsPatch(mrCooper, same.patch, [])).toEqual(mrCooper);

    const lines = String(element(view, FACTS_FORM_BLOCKS.affected).initial_value)
      .split('\n')
      .filter((l) => !l.startsWith('Texas'))
      .concat('Germany: 40');
    const changed = readFactsForm(
      {
        ...values,
        [FACTS_FORM_BLOCKS.affected]: { value: { type: 'plain_text_input', value: lines.join('\n') } },
        [judgmentBlockId('riskOfHarm')]: { value: { type: 'radio_buttons', selected_option: { value: 'undecided' } } },
        [judgmentBlockId('gdprRisk')]: { value: { type: 'radio_buttons', selected_option: { value: 'yes' } } },
        [instantBlockId('ransomPaidAt')]: {
          value: { type: 'datetimepicker', selected_date_time: Date.parse('2023-11-05T10:00:00Z') / 1000 },
        },
      },
      mrCooper,
      now,
    );
    if (!changed.ok) throw new Error(JSON.stringify(changed.errors));
    const after = applyFactsPatch(mrCooper, changed.patch, []);
    expect(after.affected['US-TX']).toBeUndefined();
    expect(after.affected.DE).toBe(40);
    expect(after.judgments).toEqual({ nydfsCybersecurityIncident: true, gdprRisk: true });
    expect(after.ransomPaidAt).toBe('2023-11-05T10:00:00.000Z');
  });

  test('places whose code or name is ambiguous are written so they read back: Canada, US-GA, GE, India', () => {
    const facts = factsSchema.parse({
      ...mrCooper,
      affected: { CA: 3, 'US-GA': 4, GE: 5, IN: 6, 'US-IN': 7, GB: 8 },
      judgments: { gdprRisk: false },
      domicile: ['US-TX', 'CA'],
    });
    const view = factsForm(incident, facts, state, []);
    const values = untouched(view);
    const read = readFactsForm(values, facts, now);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(applyFactsPatch(facts, read.patch, [])).toEqual(facts);

    const domicile = (value: string) => ({ domicile: { value: { type: 'plain_text_input', value } } });
    const ambiguous = readFactsForm({ ...values, ...domicile('Texas, DE') }, facts, now);
    expect(!ambiguous.ok && ambiguous.errors.domicile).toContain('did you mean US-DE (Delaware) or DE (Germany)?');
    const moved = readFactsForm({ ...values, ...domicile('New York\nDelaware') }, facts, now);
    if (!moved.ok) throw new Error(JSON.stringify(moved.errors));
    expect(applyFactsPatch(facts, moved.patch, []).domicile).toEqual(['US-NY', 'US-DE']);
  });

  test('bad lines, a time in the future and a recorded clock emptied come back on their fields', () => {
    const values = untouched(factsForm(incident, mrCooper, state, []));
    const read = readFactsForm(
      {
        ...values,
        [FACTS_FORM_BLOCKS.affected]: {
          value: {
            type: 'plain_text_input',
            value: 'California 1,749,623\nUS-TX 1200\nCA 1200\nGermany forty\nNarnia 3',
          },
        },
        [instantBlockId('ransomPaidAt')]: {
          value: { type: 'datetimepicker', selected_date_time: now.getTime() / 1000 + 3600 },
        },
        [instantBlockId('materialityDeterminedAt')]: { value: { type: 'datetimepicker', selected_date_time: null } },
      },
      mrCooper,
      now,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const affected = read.errors[FACTS_FORM_BLOCKS.affected] ?? '';
    expect(affected).toContain('line 3 `CA 1200`: did you mean US-CA (California) or CA (Canada)?');
    expect(affected).toContain('line 4 `Germany forty`');
    expect(affected).toContain('line 5 `Narnia 3`');
    expect(affected).not.toContain('line 1');
    expect(read.errors[instantBlockId('ransomPaidAt')]).toMatch(/future/);
    expect(read.errors[instantBlockId('materialityDeterminedAt')]).toMatch(/cannot be removed|not removed/);
  });
});

describe('picked times a little ahead of the bot’s clock', () => {
  test('a clock picked 20 s ahead is read as now (the declare form does the same); two minutes ahead is refused', () => {
    const values = untouched(factsForm(incident, mrCooper, state, []));
    const pick = (seconds: number) =>
      readFactsForm(
        {
          ...values,
          [instantBlockId('ransomPaidAt')]: {
            value: { type: 'datetimepicker', selected_date_time: now.getTime() / 1000 + seconds },
          },
        },
        mrCooper,
        now,
      );
    const skewed = pick(20);
    if (!skewed.ok) throw new Error(JSON.stringify(skewed.errors));
    expect(skewed.patch.instants?.ransomPaidAt).toBe(now.toISOString());
    const ahead = pick(120);
    expect(!ahead.ok && ahead.errors[instantBlockId('ransomPaidAt')]).toMatch(/future/);
    // Scrolled back to 1970 (or a payload naming it): refused on the field, not a clock decades overdue.
    const decades = pick(-now.getTime() / 1000);
    expect(!decades.ok && decades.errors[instantBlockId('ransomPaidAt')]).toMatch(/check the year/);
  });
});

describe('the law-enforcement delay on the form', () => {
  const le = (values: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(values).map(([block, value]) => [`le_${block}`, { [FACTS_FORM_ACTION_ID]: value }]),
    );
  const at = (iso: string) => ({ type: 'datetimepicker', selected_date_time: Date.parse(iso) / 1000 });
  const typed = (value: string) => ({ type: 'plain_text_input', value });

  test('a new request needs agency, form and time together; each missing one is named on its field', () => {
    const values = untouched(factsForm(incident, mrCooper, state, []));
    const read = readFactsForm({ ...values, ...le({ agency: typed('FBI Boston') }) }, mrCooper, now);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors).sort()).toEqual(['le_form', 'le_requested']);
  });

  test('a new request is recorded as --le-… records it; a person or a phone number is refused as the agency', () => {
    const values = untouched(factsForm(incident, mrCooper, state, []));
    const request = {
      agency: typed('FBI Boston'),
      form: { type: 'radio_buttons', selected_option: { value: 'written' } },
      requested: at('2023-11-04T15:00:00Z'),
      until: at('2027-01-20T00:00:00Z'),
      notices: typed('hipaa, us-me'),
    };
    const read = readFactsForm({ ...values, ...le(request) }, mrCooper, now);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const after = applyFactsPatch(mrCooper, read.patch, []);
    expect(after.lawEnforcementDelay).toEqual({
      agency: 'FBI Boston',
      form: 'written',
      requestedAt: '2023-11-04T15:00:00.000Z',
      until: '2027-01-20T00:00:00.000Z',
      notices: ['hipaa', 'us-me'],
    });
    const bad = readFactsForm(
      { ...values, ...le({ ...request, agency: typed('Agent <@U123> 555 123 4567') }) },
      mrCooper,
      now,
    );
    expect(!bad.ok && bad.errors.le_agency).toMatch(/agency only/);

    // Filled from the recorded request, untouched: nothing changes; a lift is a change to it.
    const recorded = factsForm(incident, after, state, []);
    const again = readFactsForm(untouched(recorded), after, now);
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.patch.lawEnforcementDelay).toBeUndefined();
    const lift = readFactsForm({ ...untouched(recorded), ...le({ lifted: at('2023-12-01T00:00:00Z') }) }, after, now);
    if (!lift.ok) throw new Error(JSON.stringify(lift.errors));
    expect(lift.patch.lawEnforcementDelay).toEqual({ liftedAt: '2023-12-01T00:00:00.000Z' });
    expect(applyFactsPatch(after, lift.patch, []).lawEnforcementDelay?.liftedAt).toBe('2023-12-01T00:00:00.000Z');
  });
});

test('help facts names the form, facts show and undecided judgments', () => {
  const help = helpFor('facts');
  expect(help).toContain('`/incident facts show`');
  expect(help).toContain('opens a form');
  expect(help).toContain('yes|no|undecided');
});

describe('people affected, one place a line', () => {
  test('names, codes, separators, bullets and several on a line are read', () => {
    const read = readAffectedLines(
      '• California 1,749,623\nUS-TX 1200\n\nGermany: 40\nNew York=3, Texas… 2'.replace('Texas… 2', 'US-NV 2'),
    );
    expect(read).toEqual({
      ok: true,
      affected: [
        ['US-CA', 1_749_623],
        ['US-TX', 1200],
        ['DE', 40],
        ['US-NY', 3],
        ['US-NV', 2],
      ],
    });
  });

  test('a dash between place and count (as typed, or as a phone makes it) and quotes round the place are read', () => {
    const read = readAffectedLines(
      'California – 1,749,623\nTexas — 1,289,783\nOhio - 522,125\n“New York” 893,928\n"Florida": 953,093\n– Nevada 137,401',
    );
    expect(read).toEqual({
      ok: true,
      affected: [
        ['US-CA', 1_749_623],
        ['US-TX', 1_289_783],
        ['US-OH', 522_125],
        ['US-NY', 893_928],
        ['US-FL', 953_093],
        ['US-NV', 137_401],
      ],
    });
    // A minus sign on the count is still a negative count, not a separator.
    expect(readAffectedLines('Texas -12')).toMatchObject({
      ok: false,
      problems: [{ error: expect.stringContaining('`-12`') }],
    });
  });

  test.each([
    ['DE 40', 1, 'did you mean US-DE (Delaware) or DE (Germany)?'],
    ['US 400', 1, 'count people by state'],
    ['Texas 12\nus-tx 4', 2, 'US-TX (Texas) is already on line 1'],
    ['Ohio 1,2345', 1, '`1,2345` is not a count of people'],
    ['California', 1, 'write a place and a count'],
    ['Californa 12', 1, 'California'],
  ])('%j: line %d refused (%s)', (text, line, words) => {
    const read = readAffectedLines(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([expect.objectContaining({ line, error: expect.stringContaining(words) })]);
  });
});

describe('/incident facts show', () => {
  const replay = (commands: string[], base: Facts) =>
    commands.reduce((facts, command) => {
      const parsed = parseIncidentCommand(command.replace(/^\/incident /, ''), now);
      if (!parsed.ok || parsed.command.name !== 'facts') throw new Error(`${command}: ${JSON.stringify(parsed)}`);
      return applyFactsPatch(facts, parsed.command.patch, []);
    }, base);
  const fresh = initialFacts({ discoveredAt: '2026-01-01T00:00:00.000Z' }, { entityTypes: [], dataTypes: [] });
  const comparable = (f: Facts) => {
    const { noticesSentAt: _sent, ...rest } = factsSchema.parse(JSON.parse(JSON.stringify(f)));
    return {
      ...rest,
      ...Object.fromEntries(TRIGGER_KEYS(rest).map((k) => [k, new Date(String(rest[k])).toISOString()])),
    };
  };
  const TRIGGER_KEYS = (f: Facts) => Object.keys(f).filter((k) => k.endsWith('At')) as Trigger[];

  test('the Mr. Cooper facts round-trip: parsing the printed command gives the same facts', () => {
    const commands = factsAsCommands(mrCooper);
    for (const c of commands) expect(c.length).toBeLessThanOrEqual(2_400);
    expect(commands[0]).toContain('--affected US-AK=32436,US-AL=222320');
    expect(comparable(replay(commands, fresh))).toEqual(comparable(mrCooper));
  });

  test('split into several commands when one would not fit a section, and still round-trips', () => {
    const commands = factsAsCommands(mrCooper, 400);
    expect(commands.length).toBeGreaterThan(3);
    for (const c of commands) expect(c.length).toBeLessThanOrEqual(400);
    expect(comparable(replay(commands, fresh))).toEqual(comparable(mrCooper));
  });

  test('every value at once: parts within a section even escaped, as one reply within the limits, round-trip', () => {
    const facts = factsSchema.parse({
      ...mrCooper,
      ...Object.fromEntries(
        Object.values(INSTANT_FLAGS).map((t, i) => [t, new Date(Date.UTC(2023, 10, 1, i)).toISOString()]),
      ),
      dataTypes: [...DATA_TYPES],
      entityTypes: [...ENTITY_TYPES],
      judgments: Object.fromEntries(JUDGMENTS.map((j, i) => [j, i % 2 === 0])),
      affected: { ...mrCooper.affected, DE: 40, FR: 7, EU: 12, CA: 3, GB: 2, IN: 5, GE: 1 },
      domicile: ['US-TX', 'CA'],
      lawEnforcementDelay: {
        agency: 'A&B <Task Force> & C'.padEnd(120, '&'),
        form: 'oral',
        requestedAt: '2023-11-04T15:00:00.000Z',
        notices: 'all',
      },
    });
    const commands = factsAsCommands(facts);
    expect(commands.length).toBeGreaterThan(1);
    for (const c of commands) expect(c.length).toBeLessThanOrEqual(2_400);
    // Codes that are both a US state and a country are written by name: `CA` alone is refused.
    expect(commands.join(' ')).toMatch(/Canada=3,.*Germany=40/);
    const reply = factsShowReply('INC-20231101-3QF7A', commands);
    expect(checkBlocks(reply.blocks, 'message')).toEqual({ ok: true });
    expect(comparable(replay(commands, fresh))).toEqual(comparable(facts));
  });

  test('a law-enforcement delay, judgments both ways, domicile and data with no entity type round-trip', () => {
    const facts = factsSchema.parse({
      discoveredAt: '2026-11-01T09:30:00.000Z',
      harmDeterminedAt: '2026-11-03T10:15:30.000Z',
      dataTypes: ['health'],
      encrypted: true,
      affected: { 'US-CA': 12, EU: 3 },
      judgments: { gdprRisk: false, hipaaBreach: true },
      domicile: ['US-TX'],
      lawEnforcementDelay: {
        agency: 'FBI "Boston"',
        form: 'written',
        requestedAt: '2026-11-04T15:00:00.000Z',
        until: '2027-01-20T00:00:00.000Z',
        notices: ['hipaa', 'us-me'],
      },
    });
    const commands = factsAsCommands(facts);
    expect(commands).toHaveLength(1);
    const back = replay(commands, fresh);
    expect(back.lawEnforcementDelay).toEqual({ ...facts.lawEnforcementDelay, agency: "FBI 'Boston'" });
    expect(comparable({ ...back, lawEnforcementDelay: facts.lawEnforcementDelay })).toEqual(comparable(facts));
  });
});
