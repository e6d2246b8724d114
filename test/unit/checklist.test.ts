import { itemsForSeverity, NIST_PHASES, PHASES } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import { MAX_BLOCKS_PER_MESSAGE } from '../../src/slack/messages/block-kit';
import { blocksText } from '../../src/slack/messages/budget';
import { checklistBlocks, parseChecklistBlockId } from '../../src/slack/messages/checklist-message';

const template = CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)!;

describe('breach response checklist', () => {
  test('sev1 has at least 20 items across every phase; lower severities are shallower', () => {
    const counts = (['sev1', 'sev2', 'sev3', 'sev4'] as const).map((s) => itemsForSeverity(template, s).length);
    expect(counts[0]).toBeGreaterThanOrEqual(20);
    for (let i = 1; i < counts.length; i += 1) expect(counts[i]).toBeLessThan(counts[i - 1]!);
    const phases = new Set(itemsForSeverity(template, 'sev1').map((i) => i.phase));
    expect([...phases].sort()).toEqual(PHASES.map((p) => p.id).sort());
  });

  test('every item has a unique id and a basis', () => {
    const ids = template.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of template.items) expect(item.basis.length).toBeGreaterThan(3);
  });

  test.each(['sev1', 'sev2', 'sev3', 'sev4'] as const)(
    '%s renders in one message within Slack’s limits, also as a drill, grouped by NIST phase, with no button per item',
    (severity) => {
      const items = itemsForSeverity(template, severity);
      for (const drill of [false, true]) {
        const blocks = checklistBlocks(
          { id: 'INC-7', status: 'open', drill, drillSpeed: 60 },
          { items, states: new Map() },
        );
        expect(blocks.length).toBeLessThanOrEqual(23);
        expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
        expect(JSON.stringify(blocks)).not.toContain('"style":"primary"');
        const boxes = blocks.flatMap((b) =>
          b.type === 'section' && b.accessory?.type === 'checkboxes' ? [b.accessory] : [],
        );
        expect(boxes.flatMap((c) => c.options.map((o) => o.value)).sort()).toEqual(items.map((i) => i.id).sort());
        for (const c of boxes) {
          expect(c.options.length).toBeLessThanOrEqual(10);
          for (const o of c.options) expect(o.text.text.length).toBeLessThanOrEqual(75);
        }
        for (const nist of NIST_PHASES) {
          if (items.some((i) => (nist.phases as readonly string[]).includes(i.phase))) {
            expect(JSON.stringify(blocks)).toContain(nist.title);
          }
        }
      }
    },
  );

  test('done items are checked, owners and who ticked are named, and every NIST phase has an owner row', () => {
    const items = itemsForSeverity(template, 'sev1');
    const first = items[0]!;
    const states = new Map([[first.id, { done: true, by: 'U1', at: '2026-11-29T12:00:00.000Z' }]]);
    const owners = new Map([[items[1]!.id, 'U2']]);
    const blocks = checklistBlocks(
      { id: 'INC-7', status: 'open', drill: false, drillSpeed: 1 },
      { items, states, owners },
    );
    const boxes = blocks.flatMap((b) => (b.type === 'section' && b.accessory?.type === 'checkboxes' ? [b] : []));
    const withFirst = boxes.find(
      (b) => b.accessory?.type === 'checkboxes' && b.accessory.options.some((o) => o.value === first.id),
    )!;
    expect(
      withFirst.accessory?.type === 'checkboxes' && withFirst.accessory.initial_options?.map((o) => o.value),
    ).toEqual([first.id]);
    expect(parseChecklistBlockId(withFirst.block_id ?? '')).toEqual({
      kind: 'check',
      incidentId: 'INC-7',
      phase: first.phase,
    });
    expect(JSON.stringify(blocks)).toContain('done by <@U1>');
    expect(JSON.stringify(blocks)).toContain('owner <@U2>');
    const ownerRows = blocks.filter((b) => b.type === 'actions' && b.block_id?.startsWith('owner:INC-7:'));
    expect(ownerRows).toHaveLength(NIST_PHASES.length);
    expect(JSON.stringify(ownerRows[0])).toContain('users_select');
    expect(JSON.stringify(blocks)).toContain('1 of');
  });

  test('items the team added show together at the end of their NIST phase, with their own checkboxes', () => {
    const items = [
      ...itemsForSeverity(template, 'sev1'),
      {
        id: 'added-1',
        phase: 'contain' as const,
        text: 'Rotate the vendor VPN keys',
        upTo: 'sev4' as const,
        basis: 'team',
      },
    ];
    const blocks = checklistBlocks(
      { id: 'INC-7', status: 'open', drill: true, drillSpeed: 1 },
      { items, states: new Map() },
    );
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    const added = blocks.find((b) => b.block_id === 'check:INC-7:added-contain');
    expect(added?.type === 'section' && added.text?.text).toContain('Added by the team');
    expect(
      added?.type === 'section' && added.accessory?.type === 'checkboxes' && added.accessory.options[0]?.value,
    ).toBe('added-1');
    const addRows = blocks.filter((b) => b.type === 'input' && parseChecklistBlockId(b.block_id ?? '')?.kind === 'add');
    expect(addRows).toHaveLength(NIST_PHASES.length);
  });

  test('the busiest checklist (sev1 drill, every item done and owned, 5 added per phase) stays within the message budget', () => {
    const added = NIST_PHASES.flatMap((nist, p) =>
      [1, 2, 3, 4, 5].map((n) => ({
        id: `added-${p * 5 + n}`,
        phase: nist.phases[0],
        text: `Team item ${n} `.padEnd(75, 'x'),
        upTo: 'sev4' as const,
        basis: 'team',
      })),
    );
    const items = [...itemsForSeverity(template, 'sev1'), ...added];
    const states = new Map(items.map((i) => [i.id, { done: true, by: 'U0123456789', at: '2026-11-29T12:00:00.000Z' }]));
    const owners = new Map(items.map((i) => [i.id, 'U0987654321']));
    const blocks = checklistBlocks(
      { id: 'INC-7', status: 'open', drill: true, drillSpeed: 1 },
      { items, states, owners },
    );
    expect(blocks.length).toBeLessThanOrEqual(23);
    expect(blocksText(blocks)).toBeLessThanOrEqual(12_000);
    expect(JSON.stringify(blocks)).toContain('owner <@U0987654321>');
  });

  test('a drill says so at the top', () => {
    const blocks = checklistBlocks(
      { id: 'INC-7', status: 'open', drill: true, drillSpeed: 1 },
      { items: itemsForSeverity(template, 'sev4'), states: new Map() },
    );
    expect(JSON.stringify(blocks[0])).toContain('drill');
  });

  test('a closed incident’s checklist has no controls', () => {
    const blocks = checklistBlocks(
      { id: 'INC-7', status: 'closed', drill: false, drillSpeed: 1 },
      { items: itemsForSeverity(template, 'sev4'), states: new Map() },
    );
    expect(
      blocks.some((b) => (b.type === 'section' && b.accessory) || b.type === 'actions' || b.type === 'input'),
    ).toBe(false);
  });
});
