import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SlackState } from './state';
import type { Args } from './types';

/**
 * OAuth scopes as Slack checks them: a method called with a token that lacks its scope answers
 * `{ ok: false, error: 'missing_scope', needed, provided }` and does nothing. The token's scopes default to the bot
 * scopes of the repository's manifest.json, so a method the bot calls without asking for its scope fails in tests
 * as it would in a workspace. Each method's scope is from its page in Slack's Web API reference; where the scope
 * depends on the conversation (public `channels:*`, private `groups:*`), the channel decides.
 */
type ScopeRule = string | ((args: Args, state: SlackState) => string);

const byConversation =
  (kind: 'read' | 'write' | 'history'): ScopeRule =>
  (args, state) => {
    const channel = typeof args.channel === 'string' ? state.channels.get(args.channel) : undefined;
    // A public channel needs `channels:*`; `channels:write` is called `channels:manage` for bots.
    if (channel && !channel.is_private) return kind === 'write' ? 'channels:manage' : `channels:${kind}`;
    return `groups:${kind}`;
  };

const METHOD_SCOPES: Record<string, ScopeRule> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'conversations.create': (args) =>
    args.is_private === true || args.is_private === 'true' ? 'groups:write' : 'channels:manage',
  'conversations.invite': byConversation('write'),
  'conversations.setTopic': byConversation('write'),
  'conversations.archive': byConversation('write'),
  'conversations.info': byConversation('read'),
  'conversations.members': byConversation('read'),
  'conversations.history': byConversation('history'),
  'conversations.replies': byConversation('history'),
  'conversations.join': 'channels:join',
  'conversations.list': (args) =>
    String(args.types ?? 'public_channel').includes('private_channel') ? 'groups:read' : 'channels:read',
  'users.conversations': (args) =>
    String(args.types ?? 'public_channel').includes('private_channel') ? 'groups:read' : 'channels:read',
  'users.info': 'users:read',
  'users.list': 'users:read',
  'usergroups.list': 'usergroups:read',
  'usergroups.users.list': 'usergroups:read',
  'pins.add': 'pins:write',
  'reactions.add': 'reactions:write',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  'files.info': 'files:read',
  'files.delete': 'files:write',
};

/** The bot scopes manifest.json asks for (found from the source tree and from dist/). */
export function manifestBotScopes(): string[] {
  const path = [resolve(__dirname, '../../../manifest.json'), resolve(__dirname, '../../../../manifest.json')].find(
    existsSync,
  );
  if (!path) throw new Error(`manifest.json not found above ${__dirname}`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
  return manifest.oauth_config.scopes.bot;
}

/** The scope a call needs that the token lacks, or null (methods with no scope, such as views.*, need none). */
export function missingScope(
  method: string,
  args: Args,
  state: SlackState,
  granted: ReadonlySet<string>,
): string | null {
  const rule = METHOD_SCOPES[method];
  if (!rule) return null;
  const needed = typeof rule === 'string' ? rule : rule(args, state);
  return granted.has(needed) ? null : needed;
}
