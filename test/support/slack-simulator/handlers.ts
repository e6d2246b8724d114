/**
 * Default, stateful Web API method handlers. Errors follow Slack's documented error codes for each method;
 * where Slack's behaviour is richer (scopes, enterprise grid, rate tiers) this keeps the parts a bot meets.
 */
import { bool, decodeCursor, encodeCursor, int, isRecord, list, str } from './args';
import { BLOCK_LIMITS, checkBlocks } from './block-limits';
import type { SlackState, StoredFile } from './state';
import type { ApiResult, Args, SimChannel, SimMessage, SimView } from './types';

export type DefaultHandler = (state: SlackState, args: Args) => ApiResult;

const fail = (error: string, extra: Record<string, unknown> = {}): ApiResult => ({ ok: false, error, ...extra });

type Found<T> = { value: T } | { error: ApiResult };

/** A channel the bot can see: private channels it is not in look like they do not exist, as in Slack. */
function visibleChannel(state: SlackState, id: string | undefined): Found<SimChannel> {
  const channel = id === undefined ? undefined : state.channels.get(id);
  if (!channel) return { error: fail('channel_not_found') };
  if (channel.is_private && !channel.members.includes(state.bot.userId)) return { error: fail('channel_not_found') };
  return { value: channel };
}

/** A channel the bot may post in (posting to a user id posts in the bot's DM with that user). */
function postableChannel(state: SlackState, id: string | undefined): Found<SimChannel> {
  if (id !== undefined && /^[UW]/.test(id)) {
    const user = state.users.get(id);
    if (!user || user.deleted) return { error: fail('channel_not_found') };
    return { value: state.imWith(id) };
  }
  const found = visibleChannel(state, id);
  if ('error' in found) return found;
  const channel = found.value;
  if (channel.is_archived) return { error: fail('is_archived') };
  if (!channel.members.includes(state.bot.userId) && !(state.chatWritePublic && !channel.is_private)) {
    return { error: fail('not_in_channel') };
  }
  return found;
}

interface Content {
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
  metadata?: SimMessage['metadata'];
}

/** Validates text/blocks/attachments/metadata as chat.postMessage does. `requireSome` false for chat.update. */
function messageContent(args: Args, requireSome: boolean): Found<Partial<Content>> {
  const content: Partial<Content> = {};
  const text = str(args, 'text');
  if (text !== undefined) {
    if (text.length > BLOCK_LIMITS.messageText) return { error: fail('msg_too_long') };
    content.text = text;
  }
  if (args.blocks !== undefined) {
    const blocks = args.blocks;
    const verdict = checkBlocks(blocks, 'message');
    if (!verdict.ok) return { error: verdict.result };
    content.blocks = blocks as unknown[];
  }
  if (args.attachments !== undefined) {
    if (!Array.isArray(args.attachments)) return { error: fail('invalid_attachments') };
    content.attachments = args.attachments;
  }
  if (args.metadata !== undefined) {
    const metadata = args.metadata;
    if (!isRecord(metadata) || typeof metadata.event_type !== 'string' || !isRecord(metadata.event_payload)) {
      return { error: fail('invalid_metadata_format') };
    }
    content.metadata = { event_type: metadata.event_type, event_payload: metadata.event_payload };
  }
  const empty = (content.text ?? '') === '' && !content.blocks?.length && !content.attachments?.length;
  if (requireSome && empty) return { error: fail('no_text') };
  return { value: content };
}

/** A message as the Web API returns it; metadata only when asked for (history/replies) or on post. */
function messageJson(message: SimMessage, withMetadata: boolean): Record<string, unknown> {
  const { metadata, ...rest } = message;
  const json: Record<string, unknown> = { ...rest };
  if (withMetadata && metadata) json.metadata = metadata;
  return json;
}

function postMessage(
  state: SlackState,
  channel: SimChannel,
  content: Content & { thread_ts?: string; files?: StoredFile[] },
) {
  const ts = state.newTs();
  const message: SimMessage = {
    type: 'message',
    ts,
    user: state.bot.userId,
    bot_id: state.bot.botId,
    app_id: state.bot.appId,
    team: state.teamId,
    text: content.text,
    ...(content.blocks ? { blocks: content.blocks } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(content.metadata ? { metadata: content.metadata } : {}),
    ...(content.files ? { files: content.files.map((f) => state.fileJson(f)) } : {}),
  };
  const threadTs = content.thread_ts;
  if (threadTs) {
    message.thread_ts = threadTs;
    const parent = state.findMessage(channel.id, threadTs);
    if (parent) {
      parent.thread_ts = threadTs;
      parent.reply_count = (parent.reply_count ?? 0) + 1;
      parent.reply_users = [...new Set([...(parent.reply_users ?? []), state.bot.userId])];
      parent.latest_reply = ts;
    }
  }
  state.channelMessages(channel.id).push(message);
  return message;
}

function paginate<T>(items: T[], kind: string, args: Args, defaultLimit: number): Found<{ page: T[]; next: string }> {
  const offset = decodeCursor(kind, str(args, 'cursor'));
  if (offset === 'invalid') return { error: fail('invalid_cursor') };
  const requested = int(args, 'limit');
  const limit = requested === undefined || requested <= 0 ? defaultLimit : Math.min(requested, 1000);
  const page = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? encodeCursor(kind, offset + limit) : '';
  return { value: { page, next } };
}

function validChannelName(name: string | undefined): string | undefined {
  if (name === undefined || name === '') return 'invalid_name_required';
  if (name.length > 80) return 'invalid_name_maxlength';
  if (!/^[a-z0-9_-]+$/.test(name)) return 'invalid_name_specials';
  if (/^[-_]+$/.test(name)) return 'invalid_name_punctuation';
  return undefined;
}

/** views.open and views.push need the trigger_id of the interaction that asked for the view. */
function missingTrigger(): ApiResult {
  const message = 'missing required field: trigger_id';
  return fail('invalid_arguments', { errors: [message], response_metadata: { messages: [`[ERROR] ${message}`] } });
}

/** A modal's title, submit and close texts (24 characters each) and its private_metadata (3,000). */
function viewTextErrors(view: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const key of ['title', 'submit', 'close']) {
    const text = isRecord(view[key]) ? (view[key] as Record<string, unknown>).text : undefined;
    if (typeof text === 'string' && text.length > BLOCK_LIMITS.viewTitle) {
      errors.push(`must be less than ${BLOCK_LIMITS.viewTitle + 1} characters [json-pointer:/view/${key}/text]`);
    }
  }
  const metadata = view.private_metadata;
  if (typeof metadata === 'string' && metadata.length > BLOCK_LIMITS.privateMetadata) {
    errors.push(
      `must be less than ${BLOCK_LIMITS.privateMetadata + 1} characters [json-pointer:/view/private_metadata]`,
    );
  }
  return errors;
}

function storeView(state: SlackState, view: unknown, previous: SimView | undefined, rootId?: string): Found<SimView> {
  if (!isRecord(view) || typeof view.type !== 'string') return { error: fail('invalid_arguments') };
  const viewErrors = viewTextErrors(view);
  if (viewErrors.length) {
    return {
      error: fail('invalid_arguments', {
        errors: viewErrors,
        response_metadata: { messages: viewErrors.map((e) => `[ERROR] ${e}`) },
      }),
    };
  }
  if (view.blocks !== undefined) {
    const verdict = checkBlocks(view.blocks, 'view');
    if (!verdict.ok) return { error: verdict.result };
  }
  const id = previous?.id ?? state.newId('V');
  const stored: SimView = {
    ...view,
    id,
    type: view.type,
    team_id: state.teamId,
    app_id: state.bot.appId,
    bot_id: state.bot.botId,
    hash: `${Date.now()}.${state.newId('h')}`,
    root_view_id: previous?.root_view_id ?? rootId ?? id,
    previous_view_id: previous ? previous.previous_view_id : null,
    state: { values: {} },
  };
  state.views.set(id, stored);
  return { value: stored };
}

export const DEFAULT_HANDLERS: Record<string, DefaultHandler> = {
  'api.test': (_state, args) => ({ args }),

  'auth.test': (state) => ({
    url: `https://${state.teamDomain}.slack.com/`,
    team: 'Example Workspace',
    user: state.bot.name,
    team_id: state.teamId,
    user_id: state.bot.userId,
    bot_id: state.bot.botId,
    is_enterprise_install: false,
  }),

  'users.info': (state, args) => {
    const user = state.users.get(str(args, 'user') ?? '');
    return user ? { user: state.userJson(user) } : fail('user_not_found');
  },

  'users.list': (state, args) => {
    const found = paginate([...state.users.values()], 'users', args, 200);
    if ('error' in found) return found.error;
    return {
      members: found.value.page.map((u) => state.userJson(u)),
      response_metadata: { next_cursor: found.value.next },
    };
  },

  // As for a bot token in Slack: the conversations `user` is in (the bot itself without `user`), private ones
  // only where the bot is a member too ("Non-public channels are restricted to those where the calling user
  // shares membership"). `types` defaults to public_channel; `limit` at most 999 (default 100); `cursor` pages.
  'users.conversations': (state, args) => {
    const userId = str(args, 'user') ?? state.bot.userId;
    const user = state.users.get(userId);
    if (!user) return fail('user_not_found');
    const types = (str(args, 'types') ?? 'public_channel').split(',').map((t) => t.trim());
    const known = ['public_channel', 'private_channel', 'mpim', 'im'];
    if (types.some((t) => !known.includes(t))) return fail('invalid_types');
    const requested = int(args, 'limit');
    if (requested !== undefined && requested > 999) return fail('invalid_limit');
    const excludeArchived = bool(args, 'exclude_archived');
    const listed = [...state.channels.values()].filter(
      (c) =>
        c.members.includes(userId) &&
        !(excludeArchived && c.is_archived) &&
        (c.is_im
          ? types.includes('im') && c.members.includes(state.bot.userId)
          : c.is_private
            ? types.includes('private_channel') && c.members.includes(state.bot.userId)
            : types.includes('public_channel')),
    );
    const page = paginate(listed, 'user-conversations', args, 100);
    if ('error' in page) return page.error;
    return {
      channels: page.value.page.map((c) => state.channelJson(c)),
      response_metadata: { next_cursor: page.value.next },
    };
  },

  'usergroups.users.list': (state, args) => {
    const users = state.userGroups.get(str(args, 'usergroup') ?? '');
    return users ? { users: [...users] } : fail('no_such_subteam');
  },

  // Slack answers every group of the workspace at once (no paging); `users` only with include_users,
  // `user_count` only with include_count. The simulator has no disabled groups.
  'usergroups.list': (state, args) => ({
    usergroups: [...state.userGroups.entries()].map(([id, members]) => {
      const info = state.userGroupInfo.get(id) ?? { handle: id.toLowerCase(), name: id };
      return {
        id,
        team_id: state.teamId,
        is_usergroup: true,
        is_subteam: true,
        name: info.name,
        description: '',
        handle: info.handle,
        is_external: false,
        date_create: 1_700_000_000,
        date_update: 1_700_000_000,
        date_delete: 0,
        auto_type: null,
        created_by: 'UALICE',
        updated_by: 'UALICE',
        deleted_by: null,
        prefs: { channels: [], groups: [] },
        ...(bool(args, 'include_users') ? { users: [...members] } : {}),
        ...(bool(args, 'include_count') ? { user_count: members.length } : {}),
      };
    }),
  }),

  'conversations.create': (state, args) => {
    const name = str(args, 'name');
    const invalid = validChannelName(name);
    if (invalid) return fail(invalid);
    if ([...state.channels.values()].some((c) => !c.is_im && c.name === name)) return fail('name_taken');
    const channel = state.addChannel({
      name: name ?? '',
      is_private: bool(args, 'is_private'),
      members: [state.bot.userId],
      creator: state.bot.userId,
    });
    return { channel: state.channelJson(channel) };
  },

  'conversations.info': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    return { channel: state.channelJson(found.value, { includeNumMembers: bool(args, 'include_num_members') }) };
  },

  // As for a bot token in Slack: public channels, and private ones only where the bot is a member.
  'conversations.list': (state, args) => {
    const types = (str(args, 'types') ?? 'public_channel').split(',').map((t) => t.trim());
    const excludeArchived = bool(args, 'exclude_archived');
    const listed = [...state.channels.values()].filter(
      (c) =>
        !c.is_im &&
        (c.is_private
          ? types.includes('private_channel') && c.members.includes(state.bot.userId)
          : types.includes('public_channel')) &&
        !(excludeArchived && c.is_archived),
    );
    const page = paginate(listed, 'list', args, 100);
    if ('error' in page) return page.error;
    return {
      channels: page.value.page.map((c) => state.channelJson(c)),
      response_metadata: { next_cursor: page.value.next },
    };
  },

  'conversations.invite': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const channel = found.value;
    if (channel.is_archived) return fail('is_archived');
    if (!channel.members.includes(state.bot.userId)) return fail('not_in_channel');
    const users = list(args, 'users');
    if (users.length === 0) return fail('no_user');
    if (users.length > 1000) return fail('too_many_users');
    const errors: { user: string; ok: false; error: string }[] = [];
    const toAdd: string[] = [];
    for (const id of users) {
      const user = state.users.get(id);
      const error =
        id === state.bot.userId
          ? 'cant_invite_self'
          : !user
            ? 'user_not_found'
            : user.deleted
              ? 'cant_invite'
              : channel.members.includes(id)
                ? 'already_in_channel'
                : undefined;
      if (error) errors.push({ user: id, ok: false, error });
      else if (!toAdd.includes(id)) toAdd.push(id);
    }
    const first = errors[0];
    if (first && !bool(args, 'force')) return fail(first.error, { errors });
    channel.members.push(...toAdd);
    return { channel: state.channelJson(channel), ...(errors.length ? { errors } : {}) };
  },

  'conversations.members': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const page = paginate(found.value.members, 'members', args, state.defaultMembersPageSize);
    if ('error' in page) return page.error;
    return { members: page.value.page, response_metadata: { next_cursor: page.value.next } };
  },

  'conversations.setTopic': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const channel = found.value;
    if (channel.is_archived) return fail('is_archived');
    if (!channel.members.includes(state.bot.userId)) return fail('not_in_channel');
    const topic = str(args, 'topic') ?? '';
    if (topic.length > 250) return fail('too_long');
    channel.topic = { value: topic, creator: state.bot.userId, last_set: Math.floor(Date.now() / 1000) };
    state.channelMessages(channel.id).push({
      type: 'message',
      subtype: 'channel_topic',
      ts: state.newTs(),
      user: state.bot.userId,
      team: state.teamId,
      text: `set the channel topic: ${topic}`,
    });
    return { channel: state.channelJson(channel) };
  },

  'conversations.archive': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const channel = found.value;
    if (channel.id === 'C0GENERAL') return fail('cant_archive_general');
    if (channel.is_archived) return fail('already_archived');
    if (!channel.members.includes(state.bot.userId)) return fail('not_in_channel');
    channel.is_archived = true;
    return {};
  },

  'conversations.join': (state, args) => {
    const channel = state.channels.get(str(args, 'channel') ?? '');
    if (!channel || (channel.is_private && !channel.members.includes(state.bot.userId)))
      return fail('channel_not_found');
    if (channel.is_private || channel.is_im) return fail('method_not_supported_for_channel_type');
    if (channel.is_archived) return fail('is_archived');
    if (channel.members.includes(state.bot.userId)) {
      return {
        channel: state.channelJson(channel),
        warning: 'already_in_channel',
        response_metadata: { warnings: ['already_in_channel'] },
      };
    }
    channel.members.push(state.bot.userId);
    return { channel: state.channelJson(channel) };
  },

  'conversations.history': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const inclusive = bool(args, 'inclusive');
    const oldest = str(args, 'oldest');
    const latest = str(args, 'latest');
    const after = (ts: string, bound: string) => (inclusive ? Number(ts) >= Number(bound) : Number(ts) > Number(bound));
    const before = (ts: string, bound: string) =>
      inclusive ? Number(ts) <= Number(bound) : Number(ts) < Number(bound);
    const topLevel = state
      .channelMessages(found.value.id)
      .filter((m) => !m.thread_ts || m.thread_ts === m.ts)
      .filter((m) => (oldest === undefined || after(m.ts, oldest)) && (latest === undefined || before(m.ts, latest)))
      .reverse();
    const page = paginate(topLevel, 'history', args, 100);
    if ('error' in page) return page.error;
    const withMetadata = bool(args, 'include_all_metadata');
    return {
      messages: page.value.page.map((m) => messageJson(m, withMetadata)),
      has_more: page.value.next !== '',
      pin_count: topLevel.filter((m) => m.pinned_to?.length).length,
      response_metadata: { next_cursor: page.value.next },
    };
  },

  'conversations.replies': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const ts = str(args, 'ts') ?? '';
    const parent = state.findMessage(found.value.id, ts);
    if (!parent) return fail('thread_not_found');
    const root = parent.thread_ts ?? parent.ts;
    const thread = state.channelMessages(found.value.id).filter((m) => m.ts === root || m.thread_ts === root);
    const page = paginate(thread, 'replies', args, 1000);
    if ('error' in page) return page.error;
    const withMetadata = bool(args, 'include_all_metadata');
    return {
      messages: page.value.page.map((m) => messageJson(m, withMetadata)),
      has_more: page.value.next !== '',
      response_metadata: { next_cursor: page.value.next },
    };
  },

  'chat.postMessage': (state, args) => {
    const found = postableChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const content = messageContent(args, true);
    if ('error' in content) return content.error;
    const threadTs = str(args, 'thread_ts');
    const message = postMessage(state, found.value, {
      text: content.value.text ?? '',
      ...content.value,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    return { channel: found.value.id, ts: message.ts, message: messageJson(message, true) };
  },

  'chat.update': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const message = state.findMessage(found.value.id, str(args, 'ts') ?? '');
    if (!message) return fail('message_not_found');
    if (message.user !== state.bot.userId) return fail('cant_update_message');
    if (found.value.is_archived) return fail('is_archived');
    const content = messageContent(args, false);
    if ('error' in content) return content.error;
    const { text, blocks, attachments, metadata } = content.value;
    if (text !== undefined) message.text = text;
    // Slack keeps the previous blocks/attachments when the field is absent; an empty array removes them.
    if (blocks !== undefined) {
      if (blocks.length) message.blocks = blocks;
      else delete message.blocks;
    }
    if (attachments !== undefined) {
      if (attachments.length) message.attachments = attachments;
      else delete message.attachments;
    }
    if (metadata !== undefined) message.metadata = metadata;
    message.edited = { user: state.bot.userId, ts: state.newTs() };
    return { channel: found.value.id, ts: message.ts, text: message.text, message: messageJson(message, true) };
  },

  'chat.postEphemeral': (state, args) => {
    const found = postableChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const user = str(args, 'user') ?? '';
    if (!found.value.members.includes(user)) return fail('user_not_in_channel');
    const content = messageContent(args, true);
    if ('error' in content) return content.error;
    const messageTs = state.newTs();
    const threadTs = str(args, 'thread_ts');
    state.ephemerals.push({
      channel: found.value.id,
      user,
      message_ts: messageTs,
      text: content.value.text ?? '',
      ...(content.value.blocks ? { blocks: content.value.blocks } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    return { message_ts: messageTs };
  },

  'chat.getPermalink': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const message = state.findMessage(found.value.id, str(args, 'message_ts') ?? '');
    if (!message) return fail('message_not_found');
    return { channel: found.value.id, permalink: state.permalink(found.value.id, message.ts, message.thread_ts) };
  },

  'reactions.add': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    const name = (str(args, 'name') ?? '').replace(/^:|:$/g, '');
    if (name === '') return fail('invalid_name');
    const message = state.findMessage(found.value.id, str(args, 'timestamp') ?? '');
    if (!message) return fail('message_not_found');
    message.reactions ??= [];
    let reaction = message.reactions.find((r) => r.name === name);
    if (reaction?.users.includes(state.bot.userId)) return fail('already_reacted');
    if (!reaction) {
      reaction = { name, users: [], count: 0 };
      message.reactions.push(reaction);
    }
    reaction.users.push(state.bot.userId);
    reaction.count += 1;
    return {};
  },

  'pins.add': (state, args) => {
    const found = visibleChannel(state, str(args, 'channel'));
    if ('error' in found) return found.error;
    if (!found.value.members.includes(state.bot.userId)) return fail('not_in_channel');
    const message = state.findMessage(found.value.id, str(args, 'timestamp') ?? '');
    if (!message) return fail('message_not_found');
    if (message.pinned_to?.includes(found.value.id)) return fail('already_pinned');
    message.pinned_to = [...(message.pinned_to ?? []), found.value.id];
    return {};
  },

  'views.open': (state, args) => {
    if (!str(args, 'trigger_id') && !str(args, 'interactivity_pointer')) return missingTrigger();
    const stored = storeView(state, args.view, undefined);
    return 'error' in stored ? stored.error : { view: stored.value };
  },

  'views.push': (state, args) => {
    if (!str(args, 'trigger_id') && !str(args, 'interactivity_pointer')) return missingTrigger();
    const stored = storeView(state, args.view, undefined);
    return 'error' in stored ? stored.error : { view: stored.value };
  },

  'views.update': (state, args) => {
    const viewId = str(args, 'view_id');
    const externalId = str(args, 'external_id');
    if (!viewId && !externalId) return fail('invalid_arguments');
    const previous = viewId
      ? state.views.get(viewId)
      : [...state.views.values()].find((v) => v.external_id === externalId);
    if (!previous) return fail('not_found');
    const hash = str(args, 'hash');
    if (hash !== undefined && hash !== previous.hash) return fail('hash_conflict');
    const stored = storeView(state, args.view, previous);
    return 'error' in stored ? stored.error : { view: stored.value };
  },

  'views.publish': (state, args) => {
    if (!state.users.has(str(args, 'user_id') ?? '')) return fail('user_not_found');
    const stored = storeView(state, args.view, undefined);
    return 'error' in stored ? stored.error : { view: stored.value };
  },

  'files.getUploadURLExternal': (state, args) => {
    const filename = str(args, 'filename');
    const length = int(args, 'length');
    if (!filename || length === undefined || length < 0) return fail('invalid_arguments');
    const id = state.newId('F');
    state.files.set(id, {
      id,
      mode: 'hosted',
      name: filename,
      title: filename,
      size: length,
      created: Math.floor(Date.now() / 1000),
      user: state.bot.userId,
      permalink: `https://${state.teamDomain}.slack.com/files/${state.bot.userId}/${id}/${encodeURIComponent(filename)}`,
      url_private: `https://files.slack.com/files-pri/${state.teamId}-${id}/${encodeURIComponent(filename)}`,
      declaredLength: length,
      completed: false,
    });
    // upload_url is filled in by the server (it knows its own address).
    return { file_id: id };
  },

  'files.completeUploadExternal': (state, args) => {
    const entries = args.files;
    if (
      !Array.isArray(entries) ||
      entries.length === 0 ||
      !entries.every((e) => isRecord(e) && typeof e.id === 'string')
    ) {
      return fail('invalid_arguments');
    }
    const files: StoredFile[] = [];
    for (const entry of entries as { id: string; title?: unknown }[]) {
      const file = state.files.get(entry.id);
      // Never-uploaded bytes count as no file (the simulator's reading; Slack gives no finer code), and so does
      // a deleted one: a share that reaches Slack after files.delete shares nothing.
      if (!file || file.bytes === undefined || file.deleted) return fail('file_not_found');
      if (typeof entry.title === 'string' && entry.title !== '') file.title = entry.title;
      files.push(file);
    }
    const channelId = str(args, 'channel_id');
    let channel: SimChannel | undefined;
    if (channelId !== undefined) {
      const found = postableChannel(state, channelId);
      if ('error' in found) return found.error;
      channel = found.value;
    }
    for (const file of files) {
      file.completed = true;
      file.size = file.bytes?.length ?? file.size;
    }
    if (channel) {
      const threadTs = str(args, 'thread_ts');
      const blocks = Array.isArray(args.blocks) ? args.blocks : undefined;
      postMessage(state, channel, {
        text: str(args, 'initial_comment') ?? '',
        ...(blocks ? { blocks } : {}),
        files,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    }
    return { files: files.map((f) => ({ ...state.fileJson(f), channels: channel ? [channel.id] : [] })) };
  },

  'files.info': (state, args) => {
    const file = state.files.get(str(args, 'file') ?? '');
    if (file?.deleted) return fail('file_deleted');
    return file?.completed ? { file: state.fileJson(file) } : fail('file_not_found');
  },

  /**
   * Deletes the file from the workspace, completed or not (an upload whose share has not reached Slack yet can
   * then never be shared): every message that shared it keeps a tombstone in its place, as Slack shows
   * "This file was deleted". A bot deletes only its own files.
   */
  'files.delete': (state, args) => {
    const file = state.files.get(str(args, 'file') ?? '');
    if (!file) return fail('file_not_found');
    if (file.deleted) return fail('file_deleted');
    if (file.user !== state.bot.userId) return fail('cant_delete_file');
    file.deleted = true;
    for (const messages of state.messages.values()) {
      for (const message of messages) {
        if (!message.files?.some((f) => f.id === file.id)) continue;
        message.files = message.files.map((f) => (f.id === file.id ? { id: f.id, mode: 'tombstone' as const } : f));
      }
    }
    return {};
  },
};
