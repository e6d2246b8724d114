import { itemsForSeverity, PHASES } from '../../src/domain/checklist/checklist';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../src/domain/checklist/templates';
import { MAX_BLOCKS_PER_MESSAGE } from '../../src/slack/messages/block-kit';
import { checklistBlocks, checklistButtonValueSchema } from '../../src/slack/messages/checklist-message';

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

  test('renders within Slack’s 50-block limit, one button per item carrying an explicit intent', () => {
    const items = itemsForSeverity(template, 'sev1');
    const states = new Map([[items[0]!.id, { done: true, by: 'U1', at: '2026-11-29T12:00:00.000Z' }]]);
    const blocks = checklistBlocks({ id: 'INC-7', status: 'open', drill: true, drillSpeed: 1 }, { items, states });
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    const buttons = blocks.flatMap((b) =>
      b.type === 'section' && b.accessory?.type === 'button' ? [b.accessory] : [],
    );
    expect(buttons).toHaveLength(items.length);
    const first = checklistButtonValueSchema.parse(JSON.parse(buttons[0]!.value ?? ''));
    expect(first).toEqual({ incidentId: 'INC-7', itemId: items[0]!.id, to: 'open' });
    expect(checklistButtonValueSchema.parse(JSON.parse(buttons[1]!.value ?? '')).to).toBe('done');
    const doneText = blocks.find((b) => b.block_id === `item:${items[0]!.id}`);
    expect(doneText?.type === 'section' && doneText.text?.text).toContain('<@U1>');
    expect(JSON.stringify(blocks[0])).toContain('drill');
    expect(JSON.stringify(blocks)).toContain('1 of');
  });

  test('a closed incident’s checklist has no buttons', () => {
    const blocks = checklistBlocks(
      { id: 'INC-7', status: 'closed', drill: false, drillSpeed: 1 },
      { items: itemsForSeverity(template, 'sev4'), states: new Map() },
    );
    expect(blocks.some((b) => b.type === 'section' && b.accessory)).toBe(false);
  });
});
