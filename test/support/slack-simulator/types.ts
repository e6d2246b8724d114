/** Shapes shared by the Slack Web API simulator's state, handlers and server. */
import type { SocketModeOptions } from './socket-mode';

/** Arguments of one Web API call after parsing (form fields are strings; JSON fields are parsed). */
export type Args = Record<string, unknown>;

/** What a handler answers; `ok` defaults to true when absent. */
export type ApiResult = { ok?: boolean; error?: string } & Record<string, unknown>;

/** One recorded Web API call. */
export interface ApiCall {
  /** Monotonic sequence number across calls (see `SlackSimulator.mark()`). */
  seq: number;
  /** e.g. `chat.postMessage`. */
  method: string;
  /** Parsed arguments (blocks/attachments/view/metadata/files parsed from JSON strings). */
  args: Args;
  /** Token from `Authorization: Bearer …` or the `token` field; undefined when none was sent. */
  token: string | undefined;
  /** `Date.now()` when the request arrived. */
  at: number;
  /** Request content type as sent (the WebClient sends `application/x-www-form-urlencoded`). */
  contentType: string | undefined;
  /** HTTP status answered (200, or 429/500 when a fault was injected). */
  status: number;
  /** JSON body answered. */
  response: ApiResult;
}

/** One POST received on a response_url (`/response/<id>`), as Bolt's `respond()` sends it. */
export interface ResponseUrlPost {
  seq: number;
  id: string;
  /** Parsed JSON body, e.g. `{ text, blocks, response_type, replace_original, delete_original }`. */
  body: Record<string, unknown>;
  contentType: string | undefined;
  at: number;
  /**
   * HTTP status answered: 200, an injected fault's, or 400 when Slack would refuse the body (blocks over the
   * limits, text over 40,000 characters); `error` then holds the plain-text error answered.
   */
  status: number;
  error?: string;
}

/** Raw bytes received on an upload URL (`/upload/<file_id>`). */
export interface UploadReceived {
  seq: number;
  fileId: string;
  bytes: Buffer;
  /** `multipart` when the bytes came as a multipart/form-data file part (what the WebClient sends). */
  encoding: 'raw' | 'multipart';
  at: number;
}

/**
 * A fault to inject on the next call(s) of a method. `channel` narrows it to calls whose `channel` argument
 * matches (Slack rate-limits per method and per channel).
 * - `status: 429`: HTTP 429 with `retry-after`; nothing happens.
 * - `status: 5xx`: HTTP 5xx; nothing happens, unless `applied: true`: the call takes effect, then answers 5xx
 *   (the ambiguous answer a client cannot tell from a failure).
 * - `error`: HTTP 200 `{ ok: false, error }`; nothing happens.
 * - `delayMs`: the call answers normally after the delay.
 * - `hang: true`: the call never answers (until the simulator stops).
 */
export type FailSpec = (
  | { status: 429; retryAfterSeconds?: number }
  | { status: 500 | 502 | 503; applied?: boolean }
  | { error: string; extra?: Record<string, unknown> }
  | { delayMs: number }
  | { hang: true }
) & { times?: number; channel?: string };

/** A call held by `sim.hold(method)`: it has reached the simulator and waits until released. */
export interface HeldCall {
  /** Resolves with the call's arguments once a matching call arrives. */
  readonly reached: Promise<Args>;
  /** Lets the held call run (its default or overridden handler) and answer. */
  release(): void;
}

export interface SimUser {
  id: string;
  name: string;
  real_name?: string;
  is_bot?: boolean;
  deleted?: boolean;
  tz?: string;
}

export interface SimChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_im: boolean;
  is_archived: boolean;
  created: number;
  creator: string;
  members: string[];
  topic: { value: string; creator: string; last_set: number };
  purpose: { value: string; creator: string; last_set: number };
}

/** A stored message (a type alias, so it is assignable to `Record<string, unknown>` payload fields). */
export type SimMessage = {
  type: 'message';
  subtype?: string;
  ts: string;
  user: string;
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** The files the message shares; a file deleted since is left as its tombstone. */
  files?: (SimFile | SimFileTombstone)[];
  thread_ts?: string;
  reply_count?: number;
  reply_users?: string[];
  latest_reply?: string;
  bot_id?: string;
  app_id?: string;
  team: string;
  edited?: { user: string; ts: string };
  reactions?: { name: string; users: string[]; count: number }[];
  pinned_to?: string[];
};

export interface SimEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
}

export interface SimFile {
  id: string;
  /** Slack's file mode; an uploaded file is `hosted`. */
  mode: 'hosted';
  name: string;
  title: string;
  size: number;
  created: number;
  user: string;
  permalink: string;
  url_private: string;
}

/** What a message shares in place of a file deleted since (files.delete): its id and nothing else. */
export interface SimFileTombstone {
  id: string;
  mode: 'tombstone';
}

export interface SimView {
  id: string;
  type: string;
  callback_id?: string;
  private_metadata?: string;
  external_id?: string;
  title?: unknown;
  blocks?: unknown[];
  hash: string;
  root_view_id: string;
  previous_view_id: string | null;
  state: { values: Record<string, unknown> };
  [key: string]: unknown;
}

/** Seed for a channel that exists before the test starts. */
export interface ChannelSeed {
  id?: string;
  name: string;
  is_private?: boolean;
  is_archived?: boolean;
  /** Member user ids; the bot is only a member when listed (use `bot.userId`). */
  members?: string[];
  topic?: string;
}

export interface BotIdentity {
  userId: string;
  botId: string;
  appId: string;
  name: string;
}

export interface SimulatorOptions {
  /** Bot token accepted (Authorization header or `token` field). Default `xoxb-test-token`. */
  botToken?: string;
  /** The bot token's OAuth scopes; a method needing another answers `missing_scope`. Default: manifest.json's. */
  scopes?: string[];
  /** Further tokens accepted (e.g. a user token). */
  extraTokens?: string[];
  /** App-level token for Socket Mode: the only token `apps.connections.open` accepts. Default `xapp-1-A0TEST-1-test`. */
  appToken?: string;
  /** Socket Mode server settings (server ping interval). */
  socketMode?: SocketModeOptions;
  bot?: Partial<BotIdentity>;
  teamId?: string;
  teamDomain?: string;
  /** Users besides the bot. Default: alice (UALICE), bob (UBOB), carol (UCAROL). */
  users?: SimUser[];
  /** User groups: id → member ids (for `usergroups.users.list`). */
  userGroups?: Record<string, string[]>;
  /** Channels existing at start. Default: `general` (C0GENERAL) with the default users, bot NOT a member. */
  channels?: ChannelSeed[];
  /** When true the bot may post to public channels it is not in (scope chat:write.public). Default false. */
  chatWritePublic?: boolean;
  /** Page size of `conversations.members` when no `limit` is passed. Default 100 (as Slack). */
  defaultMembersPageSize?: number;
}

/** Context given to handlers (default and overriding ones). */
export interface HandlerContext {
  method: string;
  token: string | undefined;
  /** The default handler's answer for this call (runs it, with its state changes). */
  callDefault: () => Promise<ApiResult>;
}

export type Handler = (args: Args, ctx: HandlerContext) => ApiResult | Promise<ApiResult>;
