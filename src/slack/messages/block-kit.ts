import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  InputBlock,
  MrkdwnElement,
  PlainTextElement,
  SectionBlock,
} from '@slack/types';

/** The Block Kit shapes the bot posts, as Slack's own types (@slack/types, which Bolt re-exports). */
export type TextObject = MrkdwnElement | PlainTextElement;
export type ButtonElement = Button;
/** Input blocks in messages: with `dispatch_action`, Enter sends the text as an action (the checklist's add row). */
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock | InputBlock;

export const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text });
export const plain = (text: string): PlainTextElement => ({ type: 'plain_text', text, emoji: true });

/** Slack's limit per message; a message with more blocks is refused (invalid_blocks). */
export const MAX_BLOCKS_PER_MESSAGE = 50;
