/**
 * Slack's Block Kit limits, checked as Slack checks them, so a test fails where real Slack would refuse.
 *
 * - Per block (`invalid_blocks`, with Slack's `errors` and `response_metadata.messages`, e.g.
 *   `[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]`): at most 50 blocks in a
 *   message (100 in a modal or Home tab view), section text ≤ 3,000 characters, ≤ 10 section fields of
 *   ≤ 2,000 each, header text ≤ 150, ≤ 10 context elements, ≤ 25 actions elements, button text ≤ 75 and value
 *   ≤ 2,000, block_id ≤ 255 and unique within the message; in input blocks a label and hint ≤ 2,000, and in
 *   any select menu ≤ 100 options (or ≤ 100 option groups of ≤ 100), option text and description ≤ 75,
 *   option value ≤ 150, group label ≤ 75, placeholder ≤ 150.
 * - Across a message (`msg_blocks_too_long`, no detail, as Slack gives none): more than 12,000 characters of
 *   text in all the blocks together. Slack does not document this cumulative limit; slackapi/bolt-js#2509
 *   measured it at about 12,000–13,300 ("12,000 text characters with a buffer for block containers") and
 *   #2867 saw 11,341 counted characters refused. The simulator counts every `text` string in the blocks
 *   (section text and fields, headers, context elements, button labels, rich text) and refuses above 12,000:
 *   a bot must keep a margin below that.
 * - `text` over 40,000 characters: `msg_too_long` (checked by the handlers).
 */
import { isRecord } from './args';
import type { ApiResult } from './types';

export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  blockId: 255,
  blocksText: 12_000,
  messageText: 40_000,
  // Input blocks and their elements (Block Kit reference: input block, select menus, option, option group,
  // radio buttons, checkboxes, plain-text input).
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  options: 100,
  optionGroups: 100,
  radioOptions: 10,
  optionText: 75,
  optionDescription: 75,
  optionValue: 150,
  optionGroupLabel: 75,
  textInputMaxLength: 3000,
  // A view's title, submit and close texts, and its private_metadata (views.open reference).
  viewTitle: 24,
  privateMetadata: 3000,
} as const;

export type BlocksVerdict = { ok: true } | { ok: false; result: ApiResult };

/** Every `text` string in the blocks, added up: what Slack's cumulative limit counts (as far as it is known). */
export function blocksTextLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blocksTextLength(v), 0);
  if (!isRecord(value)) return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'text' && typeof v === 'string') n += v.length;
    else if (typeof v === 'object' && v !== null) n += blocksTextLength(v);
  }
  return n;
}

/**
 * Checks blocks of a message (`surface: 'message'`: 50 blocks and the cumulative text limit) or of a view
 * (`'view'`: 100 blocks). Errors answer as Slack's: `invalid_blocks` for a message, `invalid_arguments` for a
 * view, with the same `[ERROR] … [json-pointer:…]` messages.
 */
export function checkBlocks(blocks: unknown, surface: 'message' | 'view'): BlocksVerdict {
  const root = surface === 'message' ? '/blocks' : '/view/blocks';
  const code = surface === 'message' ? 'invalid_blocks' : 'invalid_arguments';
  const errors: string[] = [];
  const at = (pointer: string, message: string) => errors.push(`${message} [json-pointer:${root}${pointer}]`);
  if (!Array.isArray(blocks)) {
    at('', 'must be an array');
    return refuse(code, errors);
  }
  const maxBlocks = surface === 'message' ? BLOCK_LIMITS.blocksPerMessage : BLOCK_LIMITS.blocksPerView;
  if (blocks.length > maxBlocks) at('', `no more than ${maxBlocks} items allowed`);
  const blockIds = new Set<string>();
  blocks.forEach((block, i) => {
    if (!isRecord(block) || typeof block.type !== 'string') {
      at(`/${i}`, 'missing required field: type');
      return;
    }
    if (block.block_id !== undefined) {
      const id = String(block.block_id);
      if (id.length > BLOCK_LIMITS.blockId) at(`/${i}/block_id`, tooLong(BLOCK_LIMITS.blockId));
      if (blockIds.has(id)) at(`/${i}/block_id`, `duplicate block_id: ${id}`);
      blockIds.add(id);
    }
    checkBlock(block, `/${i}`, at);
  });
  if (errors.length) return refuse(code, errors);
  if (surface === 'message' && blocksTextLength(blocks) > BLOCK_LIMITS.blocksText) {
    return { ok: false, result: { ok: false, error: 'msg_blocks_too_long' } };
  }
  return { ok: true };
}

type At = (pointer: string, message: string) => void;

const tooLong = (max: number) => `must be less than ${max + 1} characters`;
const tooMany = (max: number) => `no more than ${max} items allowed`;

function textOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.text === 'string' ? value.text : undefined;
}

function checkText(value: unknown, pointer: string, max: number, at: At): void {
  const text = textOf(value);
  if (text !== undefined && text.length > max) at(`${pointer}/text`, tooLong(max));
}

function checkBlock(block: Record<string, unknown>, p: string, at: At): void {
  switch (block.type) {
    case 'section': {
      checkText(block.text, `${p}/text`, BLOCK_LIMITS.sectionText, at);
      if (Array.isArray(block.fields)) {
        if (block.fields.length > BLOCK_LIMITS.fields) at(`${p}/fields`, tooMany(BLOCK_LIMITS.fields));
        for (const [j, f] of block.fields.entries()) checkText(f, `${p}/fields/${j}`, BLOCK_LIMITS.fieldText, at);
      }
      if (block.text === undefined && block.fields === undefined) at(p, 'must provide either text or fields');
      if (isRecord(block.accessory)) checkElement(block.accessory, `${p}/accessory`, at);
      return;
    }
    case 'header':
      checkText(block.text, `${p}/text`, BLOCK_LIMITS.headerText, at);
      return;
    case 'context':
      if (Array.isArray(block.elements)) {
        if (block.elements.length > BLOCK_LIMITS.contextElements) {
          at(`${p}/elements`, tooMany(BLOCK_LIMITS.contextElements));
        }
        for (const [j, e] of block.elements.entries()) {
          checkText(e, `${p}/elements/${j}`, BLOCK_LIMITS.sectionText, at);
        }
      }
      return;
    case 'actions':
      if (Array.isArray(block.elements)) {
        if (block.elements.length > BLOCK_LIMITS.actionsElements) {
          at(`${p}/elements`, tooMany(BLOCK_LIMITS.actionsElements));
        }
        block.elements.forEach((e, j) => {
          if (isRecord(e)) checkElement(e, `${p}/elements/${j}`, at);
        });
      }
      return;
    case 'input':
      checkText(block.label, `${p}/label`, BLOCK_LIMITS.inputLabel, at);
      checkText(block.hint, `${p}/hint`, BLOCK_LIMITS.inputHint, at);
      if (isRecord(block.element)) checkElement(block.element, `${p}/element`, at);
      else at(`${p}/element`, 'missing required field: element');
      return;
    default:
      return;
  }
}

/** Options of a select or radio buttons: how many, each option's text, description and value. */
function checkOptionList(options: unknown, p: string, max: number, at: At): unknown[] {
  if (!Array.isArray(options)) return [];
  if (options.length > max) at(p, tooMany(max));
  options.forEach((o, j) => {
    if (!isRecord(o)) return;
    checkText(o.text, `${p}/${j}/text`, BLOCK_LIMITS.optionText, at);
    checkText(o.description, `${p}/${j}/description`, BLOCK_LIMITS.optionDescription, at);
    if (typeof o.value === 'string' && o.value.length > BLOCK_LIMITS.optionValue) {
      at(`${p}/${j}/value`, tooLong(BLOCK_LIMITS.optionValue));
    }
  });
  return options;
}

/** A select's or radio buttons' options (flat or in groups), and its initial options among them. */
function checkOptions(element: Record<string, unknown>, p: string, max: number, at: At): void {
  const all = [...checkOptionList(element.options, `${p}/options`, max, at)];
  if (Array.isArray(element.option_groups)) {
    if (element.option_groups.length > BLOCK_LIMITS.optionGroups) {
      at(`${p}/option_groups`, tooMany(BLOCK_LIMITS.optionGroups));
    }
    element.option_groups.forEach((g, j) => {
      if (!isRecord(g)) return;
      checkText(g.label, `${p}/option_groups/${j}/label`, BLOCK_LIMITS.optionGroupLabel, at);
      all.push(...checkOptionList(g.options, `${p}/option_groups/${j}/options`, max, at));
    });
  }
  const values = new Set(all.map((o) => (isRecord(o) ? o.value : undefined)));
  const initial = [
    ...(Array.isArray(element.initial_options) ? element.initial_options : []),
    ...(isRecord(element.initial_option) ? [element.initial_option] : []),
  ];
  if (all.length && initial.some((o) => !isRecord(o) || !values.has(o.value))) {
    at(`${p}/initial_options`, 'must match one of the provided options');
  }
}

function checkElement(element: Record<string, unknown>, p: string, at: At): void {
  checkText(element.placeholder, `${p}/placeholder`, BLOCK_LIMITS.placeholder, at);
  if (element.type === 'static_select' || element.type === 'multi_static_select') {
    checkOptions(element, p, BLOCK_LIMITS.options, at);
  }
  if (element.type === 'radio_buttons' || element.type === 'checkboxes') {
    checkOptions(element, p, BLOCK_LIMITS.radioOptions, at);
  }
  if (element.type === 'plain_text_input') {
    const max = typeof element.max_length === 'number' ? element.max_length : BLOCK_LIMITS.textInputMaxLength;
    if (max > BLOCK_LIMITS.textInputMaxLength)
      at(`${p}/max_length`, `must be at most ${BLOCK_LIMITS.textInputMaxLength}`);
    if (typeof element.initial_value === 'string' && element.initial_value.length > max) {
      at(`${p}/initial_value`, tooLong(max));
    }
  }
  if (element.type !== 'button') return;
  checkText(element.text, `${p}/text`, BLOCK_LIMITS.buttonText, at);
  if (typeof element.value === 'string' && element.value.length > BLOCK_LIMITS.buttonValue) {
    at(`${p}/value`, tooLong(BLOCK_LIMITS.buttonValue));
  }
}

function refuse(error: string, errors: string[]): BlocksVerdict {
  return {
    ok: false,
    result: { ok: false, error, errors, response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) } },
  };
}
