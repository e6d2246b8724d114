import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INCIDENT_TITLE_MAX, SEVERITIES } from '../../src/domain/incidents/incident';
import { SEVERITY_MEANINGS } from '../../src/domain/incidents/severity';
import { catalogRegimes } from '../../src/domain/obligations/catalog-engine';
import { readDeclareSubmission } from '../../src/slack/adapters/declare-view';
import {
  DECLARE_BLOCKS,
  DECLARE_SHORTCUT_CALLBACK_ID,
  declareModal,
  MODAL_LIMITS,
  regimeOptionGroups,
} from '../../src/slack/messages/declare-modal';
import { checkBlocks } from '../support/slack-simulator/block-limits';

/** The declare modal as built, and its submission as read: Slack's limits, and one error per field. */
const now = new Date('2026-12-02T05:00:00Z');

type Option = { text: { text: string }; value: string; description?: { text: string } };
type Element = {
  type: string;
  options?: Option[];
  option_groups?: { label: { text: string }; options: Option[] }[];
  placeholder?: { text: string };
  max_length?: number;
  initial_options?: Option[];
};

function everySelect(blocks: { element?: Element }[]): Element[] {
  return blocks.map((b) => b.element).filter((e): e is Element => e !== undefined);
}

describe('declare modal view', () => {
  const view = declareModal({
    now,
    timeZone: 'Asia/Tokyo',
    prefill: { regimes: catalogRegimes().slice(), drill: true, speed: 60, severity: 'sev2' },
    metadata: JSON.stringify({ responseUrl: 'https://hooks.slack.com/commands/T0/1/abc' }),
  });
  const blocks = view.blocks as {
    block_id?: string;
    label?: { text: string };
    hint?: { text: string };
    element?: Element;
  }[];

  test('fits Slack’s limits for a modal, every select within 100 options, every text within its limit', () => {
    expect(blocks.length).toBeLessThanOrEqual(100);
    expect(checkBlocks(view.blocks, 'view')).toEqual({ ok: true });
    for (const text of [view.title, view.submit, view.close]) {
      expect(text?.text.length).toBeLessThanOrEqual(MODAL_LIMITS.title);
    }
    expect(view.private_metadata?.length).toBeLessThanOrEqual(MODAL_LIMITS.privateMetadata);
    for (const b of blocks) {
      expect(b.label?.text.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.label);
      expect(b.hint?.text.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.hint);
    }
    for (const e of everySelect(blocks)) {
      expect(e.placeholder?.text.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.placeholder);
      expect(e.options?.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.optionsPerSelect);
      expect(e.option_groups?.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.optionGroups);
      const options = [...(e.options ?? []), ...(e.option_groups ?? []).flatMap((g) => g.options)];
      for (const g of e.option_groups ?? []) {
        expect(g.options.length).toBeLessThanOrEqual(MODAL_LIMITS.optionsPerSelect);
        expect(g.label.text.length).toBeLessThanOrEqual(MODAL_LIMITS.optionGroupLabel);
      }
      for (const o of options) {
        expect(o.text.text.length).toBeLessThanOrEqual(MODAL_LIMITS.optionText);
        expect(o.description?.text.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.optionDescription);
        expect(o.value.length).toBeLessThanOrEqual(MODAL_LIMITS.optionValue);
      }
    }
  });

  test('the title takes what the incident record keeps', () => {
    const title = blocks.find((b) => b.block_id === DECLARE_BLOCKS.title);
    expect(title?.element?.max_length).toBe(INCIDENT_TITLE_MAX);
  });

  test('each severity says what it means, from the one place the domain says it', () => {
    const severity = blocks.find((b) => b.block_id === DECLARE_BLOCKS.severity)?.element;
    expect(severity?.options?.map((o) => [o.value, o.description?.text])).toEqual(
      SEVERITIES.map((s) => [s, SEVERITY_MEANINGS[s].meaning]),
    );
  });

  test('every regime of the catalog (more than one select holds) is offered once, by name and id', () => {
    expect(catalogRegimes().length).toBeGreaterThan(MODAL_LIMITS.optionsPerSelect);
    const offered = regimeOptionGroups().flatMap((g) => g.options);
    expect(offered.map((o) => o.value).sort()).toEqual([...catalogRegimes()].sort());
    expect(offered.find((o) => o.value === 'us-ca')?.text.text).toBe('California (us-ca)');
    expect(offered.find((o) => o.value === 'gdpr')?.text.text).toBe('GDPR (gdpr)');
    const groups = Object.fromEntries(regimeOptionGroups().map((g) => [g.label.text, g.options.map((o) => o.value)]));
    expect(groups['Outside the US']).toEqual(expect.arrayContaining(['gdpr', 'uk-gdpr', 'pipeda', 'dora']));
    expect(groups['Outside the US']).not.toContain('ca-hsc-1280');
    expect(groups['US state breach laws']).toContain('us-ny');
  });

  test('a group longer than a select allows is split, never cut', () => {
    const many = Array.from({ length: 230 }, (_, i) => `us-${String.fromCharCode(97 + (i % 26))}${i}`);
    const split = regimeOptionGroups(many);
    expect(split.every((g) => g.options.length <= MODAL_LIMITS.optionsPerSelect)).toBe(true);
    expect(split.flatMap((g) => g.options)).toHaveLength(230);
  });

  test('the zone is named where Slack could say it, and the form opens without it otherwise', () => {
    expect(JSON.stringify(view.blocks)).toContain('Asia/Tokyo');
    const zoneless = declareModal({ now, timeZone: null, metadata: '{}' });
    expect(JSON.stringify(zoneless.blocks)).not.toContain('time zone (');
  });
});

describe('declare submission', () => {
  const values = (over: Record<string, unknown> = {}) => ({
    title: { value: { type: 'plain_text_input', value: 'Payroll export' } },
    severity: { value: { type: 'static_select', selected_option: { value: 'sev2' } } },
    discovered: { value: { type: 'datetimepicker', selected_date_time: now.getTime() / 1000 - 3600 } },
    drill: { value: { type: 'checkboxes', selected_options: [] } },
    speed: { value: { type: 'number_input', value: null } },
    regimes: { value: { type: 'multi_static_select', selected_options: [{ value: 'gdpr' }] } },
    responders: { value: { type: 'multi_users_select', selected_users: ['UDAVE'] } },
    groups: { value: { type: 'multi_external_select', selected_options: [{ value: 'SLEGAL' }] } },
    ...over,
  });

  test('a complete form reads as the command’s request, people and groups together', () => {
    expect(readDeclareSubmission(values(), now, 'UTC')).toEqual({
      ok: true,
      fields: {
        title: 'Payroll export',
        severity: 'sev2',
        discoveredAt: '2026-12-02T04:00:00.000Z',
        regimes: ['gdpr'],
        drill: false,
        speed: 1,
        responders: ['UDAVE', 'SLEGAL'],
      },
    });
  });

  test('optional fields left empty are absent or null, as Slack sends them', () => {
    const minimal = readDeclareSubmission(
      {
        title: { value: { value: 'X' } },
        severity: { value: { selected_option: { value: 'sev1' } } },
        discovered: { value: { selected_date_time: now.getTime() / 1000 } },
        drill: { value: { selected_options: null } },
      },
      now,
      null,
    );
    expect(minimal).toMatchObject({ ok: true, fields: { regimes: [], responders: [], drill: false, speed: 1 } });
  });

  test('a drill with a speed', () => {
    const read = readDeclareSubmission(
      values({
        drill: { value: { selected_options: [{ value: 'drill' }] } },
        speed: { value: { value: '60' } },
      }),
      now,
      'UTC',
    );
    expect(read).toMatchObject({ ok: true, fields: { drill: true, speed: 60 } });
  });

  test.each([
    ['no title', { title: { value: { value: '  ' } } }, DECLARE_BLOCKS.title, 'title'],
    ['a title too long', { title: { value: { value: 'x'.repeat(201) } } }, DECLARE_BLOCKS.title, 'within 200'],
    ['no severity', { severity: { value: { selected_option: null } } }, DECLARE_BLOCKS.severity, 'severity'],
    [
      'an unknown severity',
      { severity: { value: { selected_option: { value: 'sev9' } } } },
      DECLARE_BLOCKS.severity,
      'severity',
    ],
    ['no discovery time', { discovered: { value: { selected_date_time: null } } }, DECLARE_BLOCKS.discovered, 'Pick'],
    [
      'a discovery in the future',
      { discovered: { value: { selected_date_time: now.getTime() / 1000 + 7200 } } },
      DECLARE_BLOCKS.discovered,
      'Wed 2 Dec 16:00 Asia/Tokyo',
    ],
    ['a speed without a drill', { speed: { value: { value: '60' } } }, DECLARE_BLOCKS.speed, 'only applies to a drill'],
    [
      'a speed out of range',
      { drill: { value: { selected_options: [{ value: 'drill' }] } }, speed: { value: { value: '0' } } },
      DECLARE_BLOCKS.speed,
      '1 to 10000',
    ],
    [
      'an unknown regime',
      { regimes: { value: { selected_options: [{ value: 'gdpr' }, { value: 'atlantis' }] } } },
      DECLARE_BLOCKS.regimes,
      'atlantis',
    ],
    [
      'something that is not a person',
      { responders: { value: { selected_users: ['C0GENERAL'] } } },
      DECLARE_BLOCKS.responders,
      'people',
    ],
    [
      'something that is not a group',
      { groups: { value: { selected_options: [{ value: 'UDAVE' }] } } },
      DECLARE_BLOCKS.groups,
      'groups',
    ],
  ])('%s is an error on that field alone', (_what, over, blockId, words) => {
    const read = readDeclareSubmission(values(over), now, 'Asia/Tokyo');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors)).toEqual([blockId]);
    expect(read.errors[blockId]).toContain(words);
  });

  test('a picked minute a few seconds ahead of the server’s clock is now, not the future', () => {
    const read = readDeclareSubmission(
      values({ discovered: { value: { selected_date_time: now.getTime() / 1000 + 20 } } }),
      now,
      'UTC',
    );
    expect(read).toMatchObject({ ok: true, fields: { discoveredAt: now.toISOString() } });
  });

  test('a form that is not Slack’s shape is refused on the title, nothing read', () => {
    expect(readDeclareSubmission({ title: 'x' }, now, null)).toMatchObject({
      ok: false,
      errors: { title: expect.any(String) },
    });
  });
});

describe('Slack app setup', () => {
  test('the manifest declares the shortcut the listener answers and the options URL the group search needs', () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../manifest.json'), 'utf8')) as {
      features: { shortcuts: { type: string; callback_id: string }[] };
      settings: { interactivity: { request_url: string; message_menu_options_url?: string } };
    };
    expect(manifest.features.shortcuts).toContainEqual(
      expect.objectContaining({ type: 'global', callback_id: DECLARE_SHORTCUT_CALLBACK_ID }),
    );
    expect(manifest.settings.interactivity.message_menu_options_url).toBe(manifest.settings.interactivity.request_url);
  });
});
