import type { Block } from './block-kit';
import { mrkdwn } from './block-kit';

/**
 * Slack's limits on what a message (or a view) may hold. Slack refuses more with `invalid_blocks` (one block
 * over its limit, more than 50 blocks), `msg_blocks_too_long` (the text of all blocks together) or
 * `msg_too_long` (`text`). The simulator in test/support enforces the same numbers.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  blockId: 255,
  /** Undocumented; measured at 12,000–13,300 (slackapi/bolt-js#2509), and 11,341 counted characters refused (#2867). */
  blocksText: 12_000,
  messageText: 40_000,
} as const;

/**
 * What the bot lets itself spend on one message: under each limit with a margin, because the cumulative limit
 * is undocumented and Slack counts it its own way (#2867). A shorter form (`COMPACT_BUDGET`) is what a post is
 * retried with when Slack still refuses.
 */
export interface BudgetLimits {
  blocks: number;
  sectionText: number;
  totalText: number;
}
export const MESSAGE_BUDGET: BudgetLimits = { blocks: 45, sectionText: 2900, totalText: 9000 };
export const COMPACT_BUDGET: BudgetLimits = { blocks: 12, sectionText: 2000, totalText: 3000 };

/** The characters Slack counts towards `msg_blocks_too_long`: every `text` string in the blocks. */
export function blocksText(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blocksText(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'text' && typeof v === 'string') n += v.length;
    else if (typeof v === 'object' && v !== null) n += blocksText(v);
  }
  return n;
}

/**
 * Shortens one string to `max` characters, saying so with an ellipsis. For a single value that can be long
 * (a title, a note, a citation); lists are never clipped but packed and summarised (`packLines`).
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${wholeCharacters(text.slice(0, Math.max(0, max - 1)))}…`;
}

/**
 * As `clip`, for mrkdwn already escaped (escape.ts): measured as sent, since escaping `&`, `<`, `>` makes a text up
 * to five times longer than it was typed, and never cut inside an entity (`&am…` would show as typed characters).
 */
export function clipMrkdwn(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  const cut = wholeCharacters(escaped.slice(0, Math.max(0, max - 1)));
  const amp = cut.lastIndexOf('&');
  return `${amp !== -1 && !cut.slice(amp).includes(';') ? cut.slice(0, amp) : cut}…`;
}

/** Without a trailing half of a surrogate pair (an emoji cut in two, which Slack shows as a replacement character). */
function wholeCharacters(text: string): string {
  return /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text;
}

/** Blocks and characters a message has left. Builders spend on fixed parts first, then fit lists into the rest. */
export class Budget {
  private blocksUsed = 0;
  private textUsed = 0;

  constructor(readonly limits: BudgetLimits = MESSAGE_BUDGET) {}

  get blocksLeft(): number {
    return this.limits.blocks - this.blocksUsed;
  }

  get textLeft(): number {
    return this.limits.totalText - this.textUsed;
  }

  fits(blocks: readonly Block[]): boolean {
    return blocks.length <= this.blocksLeft && blocksText(blocks) <= this.textLeft;
  }

  /** Counts blocks that are in the message whatever else fits (a title, a footer, a banner). */
  spend(blocks: readonly Block[]): this {
    this.blocksUsed += blocks.length;
    this.textUsed += blocksText(blocks);
    return this;
  }

  /** Sets aside room for what is added later (the summary of what did not fit). */
  reserve(blocks: number, text: number): this {
    this.blocksUsed += blocks;
    this.textUsed += text;
    return this;
  }

  release(blocks: number, text: number): this {
    return this.reserve(-blocks, -text);
  }

  /** A copy to try a layout on; `adopt` keeps what the copy spent. */
  clone(): Budget {
    return new Budget(this.limits).reserve(this.blocksUsed, this.textUsed);
  }

  adopt(other: Budget): this {
    this.blocksUsed = other.blocksUsed;
    this.textUsed = other.textUsed;
    return this;
  }
}

/** Room kept for the summary of what did not fit: a few grouped lines and the pointer to the full list. */
const OVERFLOW_ROOM = 1600;

/**
 * Every item on its own line when they all fit; otherwise as many as fit (in the given order: put the most
 * urgent first) and one section that summarises the rest (`summarise` gets what was left out, and should
 * end by saying where to see all of it). Spends the budget.
 */
export function listOrSummarise<T>(
  items: readonly T[],
  budget: Budget,
  idPrefix: string,
  render: (item: T) => string,
  summarise: (rest: T[]) => string[],
): Block[] {
  const lines = items.map((item) => render(item));
  const trial = budget.clone();
  const all = packLines(lines, trial, idPrefix);
  if (all.fitted === lines.length) {
    budget.adopt(trial);
    return all.blocks;
  }
  const room = Math.min(OVERFLOW_ROOM, Math.max(0, budget.textLeft));
  budget.reserve(1, room);
  const some = packLines(lines, budget, idPrefix);
  budget.release(1, room);
  const rest = summarise(items.slice(some.fitted));
  const text = clip(rest.join('\n'), Math.min(budget.limits.sectionText, Math.max(1, budget.textLeft)));
  const more: Block = { type: 'section', block_id: `${idPrefix}-more`, text: mrkdwn(text) };
  budget.spend([more]);
  return [...some.blocks, more];
}

/**
 * Packs whole lines into mrkdwn sections (each under the section limit) while the budget lasts, spending it.
 * Returns the sections and how many lines fitted: lines `[fitted…]` are for the caller to summarise, never
 * to drop silently. A line longer than a section is clipped (one line never holds a list).
 */
export function packLines(
  lines: readonly string[],
  budget: Budget,
  idPrefix: string,
): { blocks: Block[]; fitted: number } {
  const blocks: Block[] = [];
  const perSection = budget.limits.sectionText;
  let current = '';
  let fitted = 0;
  const flush = () => {
    if (!current) return;
    blocks.push({ type: 'section', block_id: `${idPrefix}-${blocks.length}`, text: mrkdwn(current) });
    current = '';
  };
  for (const raw of lines) {
    const line = clip(raw, perSection);
    const opensSection = current === '' || current.length + 1 + line.length > perSection;
    const cost = line.length + (opensSection ? 0 : 1);
    if (cost > budget.textLeft || (opensSection && budget.blocksLeft < 1)) break;
    if (opensSection) {
      flush();
      budget.reserve(1, 0);
    }
    current = current ? `${current}\n${line}` : line;
    budget.reserve(0, cost);
    fitted += 1;
  }
  flush();
  return { blocks, fitted };
}

/** "1 notice", "38 notices". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
