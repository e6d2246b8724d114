/**
 * Signed requests to the app's Bolt HTTP receiver (`POST <appUrl>/slack/events`), in Slack's real wire formats:
 * slash commands form-encoded, interactivity as a form field `payload` holding JSON, events as JSON. Every request
 * is signed over exactly the bytes sent: `v0=` + HMAC-SHA256(signingSecret, `v0:<timestamp>:<raw body>`).
 *
 *   const slack = new SlackRequests({ appUrl, signingSecret, responseUrl: (id) => sim.responseUrl(id) });
 *   const res = await slack.slashCommand({ text: 'open Laptop stolen', user_id: 'UALICE', channel_id: 'C0GENERAL' });
 *   expect(res.status).toBe(200);
 *   const reply = await sim.waitForResponse(res.responseUrlId);
 */
import { createHmac, randomBytes } from 'node:crypto';
import { DEFAULT_BOT, DEFAULT_TEAM_DOMAIN, DEFAULT_TEAM_ID } from './slack-simulator/state';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
export const JSON_CONTENT_TYPE = 'application/json';

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>` (Slack's request signature). */
export function signSlackRequest(signingSecret: string, timestampSec: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex')}`;
}

/** Ways to send a request Bolt must refuse (or to vary what is sent). */
export interface Forgery {
  /** Sign with this secret instead of the app's. */
  secret?: string;
  /** Use this `x-slack-request-timestamp` (seconds) instead of now. */
  timestampSec?: number;
  /** Shift the timestamp into the past, e.g. 360 for a stale (6 minutes old) request. */
  ageSeconds?: number;
  /** Change the body after it was signed. */
  tamper?: (signedBody: string) => string;
  /** Send without `x-slack-signature` / without `x-slack-request-timestamp`. */
  omitSignature?: boolean;
  omitTimestamp?: boolean;
  /** Override the content type (e.g. `application/x-www-form-urlencoded; charset=utf-8`, which Bolt mis-parses). */
  contentType?: string;
  /** Extra headers. */
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  /** Response body as text ('' for Bolt's empty `ack()`). */
  body: string;
  /** Parsed body when it is JSON. */
  json?: unknown;
  headers: Headers;
  elapsedMs: number;
  /** The exact body sent and its parsed payload. */
  sent: { body: string; contentType: string; payload: Record<string, unknown> };
  /** The response_url put in the payload and its id on the simulator (when the kit has `responseUrl`). */
  responseUrl?: string;
  responseUrlId?: string;
}

export interface SlackRequestsOptions {
  /** Base URL of the app, e.g. `http://127.0.0.1:3000`. */
  appUrl: string;
  signingSecret: string;
  /** Path of Bolt's endpoint. Default `/slack/events`. */
  path?: string;
  teamId?: string;
  teamDomain?: string;
  apiAppId?: string;
  /** Bot user id for `authorizations` in event envelopes. */
  botUserId?: string;
  /** The (deprecated) verification token Slack still puts in payloads. */
  verificationToken?: string;
  /** Makes a response_url from an id; pass `(id) => sim.responseUrl(id)`. Default: a dead example URL. */
  responseUrl?: (id: string) => string;
  /** Request timeout (ms). Default 10000. */
  timeoutMs?: number;
}

/** Who acts: a user id, with the name/username Slack sends alongside. */
export interface Actor {
  user_id: string;
  user_name?: string;
}

export interface SlashCommandInput extends Actor {
  command?: string;
  text?: string;
  channel_id: string;
  channel_name?: string;
  team_id?: string;
  team_domain?: string;
  response_url?: string;
  trigger_id?: string;
  /** Any further field (e.g. `is_enterprise_install`, `enterprise_id`). */
  extra?: Record<string, string>;
}

export interface BlockActionItem {
  action_id: string;
  block_id?: string;
  type?: 'button' | 'checkboxes' | 'static_select' | 'overflow' | string;
  value?: string;
  /** For checkboxes: every option checked after the click; for selects use `selected_option`. */
  selected_options?: { text?: { type: string; text: string }; value: string }[];
  selected_option?: { text?: { type: string; text: string }; value: string };
  text?: { type: 'plain_text'; text: string; emoji?: boolean };
  action_ts?: string;
}

export interface BlockActionInput extends Actor {
  actions: BlockActionItem[];
  channel_id: string;
  channel_name?: string;
  /** The message the action is in (e.g. `sim.message(channel, ts)`); its `ts` is the container's message_ts. */
  message?: Record<string, unknown> & { ts: string };
  /** When no `message` is given. */
  message_ts?: string;
  /** Ephemeral messages: Slack sends no `message` in the payload. */
  is_ephemeral?: boolean;
  state?: { values: Record<string, Record<string, unknown>> };
  response_url?: string;
  trigger_id?: string;
}

export interface MessageShortcutInput extends Actor {
  callback_id: string;
  channel_id: string;
  channel_name?: string;
  /** The message the shortcut was used on. */
  message: {
    ts: string;
    text: string;
    user?: string;
    type?: string;
    thread_ts?: string;
    blocks?: unknown[];
    bot_id?: string;
  } & Record<string, unknown>;
  response_url?: string;
  trigger_id?: string;
}

export interface ViewSubmissionInput extends Actor {
  /** The view as opened (e.g. `(await sim.waitForCall('views.open')).response.view`), or its parts. */
  view: { id?: string; callback_id?: string; private_metadata?: string; blocks?: unknown[]; title?: unknown } & Record<
    string,
    unknown
  >;
  /** `state.values`: block_id → action_id → value object (e.g. `{ type: 'plain_text_input', value: 'x' }`). */
  values?: Record<string, Record<string, unknown>>;
  /** Present when the modal has `response_url_enabled` inputs. */
  response_urls?: { block_id: string; action_id: string; channel_id: string; response_url: string }[];
  trigger_id?: string;
}

export interface EventInput {
  /** The inner event, e.g. `{ type: 'reaction_added', user, reaction, item: { type: 'message', channel, ts } }`. */
  event: Record<string, unknown> & { type: string };
  event_id?: string;
  event_time?: number;
  team_id?: string;
  /** Slack's redelivery headers. */
  retryNum?: number;
  retryReason?: 'http_timeout' | 'http_error' | 'too_many_requests' | 'connection_failed' | 'unknown_error' | string;
}

export class SlackRequests {
  private readonly path: string;
  private readonly teamId: string;
  private readonly teamDomain: string;
  private readonly apiAppId: string;
  private readonly botUserId: string;
  private readonly verificationToken: string;
  private counter = 0;

  constructor(private readonly options: SlackRequestsOptions) {
    this.path = options.path ?? '/slack/events';
    this.teamId = options.teamId ?? DEFAULT_TEAM_ID;
    this.teamDomain = options.teamDomain ?? DEFAULT_TEAM_DOMAIN;
    this.apiAppId = options.apiAppId ?? DEFAULT_BOT.appId;
    this.botUserId = options.botUserId ?? DEFAULT_BOT.userId;
    this.verificationToken = options.verificationToken ?? 'verification-token';
  }

  // ------------------------------------------------------------ payloads Slack sends

  /** A slash command: form-encoded fields, as Slack posts them. */
  slashCommand(input: SlashCommandInput, forge: Forgery = {}): Promise<SlackResponse> {
    const reply = this.replyUrl(input.response_url);
    const fields: Record<string, string> = {
      token: this.verificationToken,
      team_id: input.team_id ?? this.teamId,
      team_domain: input.team_domain ?? this.teamDomain,
      channel_id: input.channel_id,
      channel_name: input.channel_name ?? 'general',
      user_id: input.user_id,
      user_name: input.user_name ?? nameOf(input.user_id),
      command: input.command ?? '/incident',
      text: input.text ?? '',
      api_app_id: this.apiAppId,
      is_enterprise_install: 'false',
      response_url: reply.url,
      trigger_id: input.trigger_id ?? this.triggerId(),
      ...input.extra,
    };
    const body = new URLSearchParams(fields).toString();
    return this.send(body, FORM_CONTENT_TYPE, fields, forge, reply);
  }

  /** A `block_actions` interaction (button click, checkbox toggle…) on a message. */
  blockAction(input: BlockActionInput, forge: Forgery = {}): Promise<SlackResponse> {
    const reply = this.replyUrl(input.response_url);
    const messageTs = input.message?.ts ?? input.message_ts;
    if (messageTs === undefined) throw new Error('blockAction needs message or message_ts');
    const actionTs = nowTs();
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: this.user(input),
      api_app_id: this.apiAppId,
      token: this.verificationToken,
      container: {
        type: 'message',
        message_ts: messageTs,
        channel_id: input.channel_id,
        is_ephemeral: input.is_ephemeral ?? false,
      },
      trigger_id: input.trigger_id ?? this.triggerId(),
      team: { id: this.teamId, domain: this.teamDomain },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: input.channel_id, name: input.channel_name ?? 'privategroup' },
      ...(input.is_ephemeral ? {} : { message: { type: 'message', ...input.message, ts: messageTs } }),
      state: input.state ?? { values: {} },
      response_url: reply.url,
      actions: input.actions.map((a) => ({
        type: 'button',
        block_id: a.block_id ?? randomId(5),
        ...(a.type === undefined || a.type === 'button'
          ? { text: a.text ?? { type: 'plain_text', text: a.action_id, emoji: true } }
          : {}),
        ...a,
        action_ts: a.action_ts ?? actionTs,
      })),
    };
    return this.sendPayload(payload, forge, reply);
  }

  /**
   * A control inside an open modal (`block_actions` with `container.type: view`): no channel, no message, no
   * response_url; the view as Slack holds it (e.g. the simulator's `views.open` response) with its metadata.
   */
  viewBlockAction(
    input: Actor & {
      view: { id: string; private_metadata?: string; hash?: string; root_view_id?: string | null } & Record<
        string,
        unknown
      >;
      actions: BlockActionItem[];
      trigger_id?: string;
    },
    forge: Forgery = {},
  ): Promise<SlackResponse> {
    const actionTs = nowTs();
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: this.user(input),
      api_app_id: this.apiAppId,
      token: this.verificationToken,
      container: { type: 'view', view_id: input.view.id },
      trigger_id: input.trigger_id ?? this.triggerId(),
      team: { id: this.teamId, domain: this.teamDomain },
      enterprise: null,
      is_enterprise_install: false,
      view: {
        type: 'modal',
        private_metadata: '',
        hash: `${Math.floor(Date.now() / 1000)}.${randomId(8)}`,
        ...input.view,
      },
      actions: input.actions.map((a) => ({
        type: 'button',
        block_id: a.block_id ?? randomId(5),
        ...a,
        action_ts: a.action_ts ?? actionTs,
      })),
    };
    return this.sendPayload(payload, forge, {});
  }

  /** A message shortcut (`message_action`). */
  messageShortcut(input: MessageShortcutInput, forge: Forgery = {}): Promise<SlackResponse> {
    const reply = this.replyUrl(input.response_url);
    const payload: Record<string, unknown> = {
      type: 'message_action',
      token: this.verificationToken,
      action_ts: nowTs(),
      team: { id: this.teamId, domain: this.teamDomain },
      user: {
        id: input.user_id,
        name: input.user_name ?? nameOf(input.user_id),
        username: input.user_name ?? nameOf(input.user_id),
        team_id: this.teamId,
      },
      channel: { id: input.channel_id, name: input.channel_name ?? 'privategroup' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: input.callback_id,
      trigger_id: input.trigger_id ?? this.triggerId(),
      response_url: reply.url,
      message_ts: input.message.ts,
      message: { type: 'message', ...input.message },
    };
    return this.sendPayload(payload, forge, reply);
  }

  /**
   * A global shortcut (`type: shortcut`, from the composer or search; no channel, no message, no response_url):
   * only a trigger_id to open a modal with, within 3 s.
   */
  globalShortcut(
    input: Actor & { callback_id: string; trigger_id?: string },
    forge: Forgery = {},
  ): Promise<SlackResponse> {
    const payload: Record<string, unknown> = {
      type: 'shortcut',
      token: this.verificationToken,
      action_ts: nowTs(),
      team: { id: this.teamId, domain: this.teamDomain },
      user: { id: input.user_id, username: input.user_name ?? nameOf(input.user_id), team_id: this.teamId },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: input.callback_id,
      trigger_id: input.trigger_id ?? this.triggerId(),
    };
    return this.sendPayload(payload, forge, {});
  }

  /**
   * An external select in a modal asking for its options (`block_suggestion`) as the person types; Bolt answers
   * with the `ack()` body: `{ options }` or `{ option_groups }`.
   */
  blockSuggestion(
    input: Actor & {
      view: { id: string; callback_id?: string; private_metadata?: string } & Record<string, unknown>;
      block_id: string;
      action_id: string;
      value: string;
    },
    forge: Forgery = {},
  ): Promise<SlackResponse> {
    const payload: Record<string, unknown> = {
      type: 'block_suggestion',
      user: this.user(input),
      container: { type: 'view', view_id: input.view.id },
      api_app_id: this.apiAppId,
      token: this.verificationToken,
      action_id: input.action_id,
      block_id: input.block_id,
      value: input.value,
      team: { id: this.teamId, domain: this.teamDomain },
      enterprise: null,
      is_enterprise_install: false,
      view: { type: 'modal', private_metadata: '', state: { values: {} }, ...input.view },
    };
    return this.sendPayload(payload, forge, {});
  }

  /** A modal submitted (`view_submission`); Bolt answers with the `ack()` body (e.g. `response_action: errors`). */
  viewSubmission(input: ViewSubmissionInput, forge: Forgery = {}): Promise<SlackResponse> {
    const id = input.view.id ?? `V${randomId(10)}`;
    const payload: Record<string, unknown> = {
      type: 'view_submission',
      team: { id: this.teamId, domain: this.teamDomain },
      user: this.user(input),
      api_app_id: this.apiAppId,
      token: this.verificationToken,
      trigger_id: input.trigger_id ?? this.triggerId(),
      view: {
        type: 'modal',
        team_id: this.teamId,
        app_id: this.apiAppId,
        private_metadata: '',
        callback_id: '',
        hash: `${Math.floor(Date.now() / 1000)}.${randomId(8)}`,
        root_view_id: id,
        previous_view_id: null,
        ...input.view,
        id,
        state: { values: input.values ?? {} },
      },
      response_urls: input.response_urls ?? [],
      is_enterprise_install: false,
      enterprise: null,
    };
    return this.sendPayload(payload, forge, {});
  }

  /** An Events API delivery: `event_callback` envelope as JSON, optionally marked as a retry. */
  event(input: EventInput, forge: Forgery = {}): Promise<SlackResponse> {
    const teamId = input.team_id ?? this.teamId;
    const envelope = {
      token: this.verificationToken,
      team_id: teamId,
      context_team_id: teamId,
      context_enterprise_id: null,
      api_app_id: this.apiAppId,
      event: { event_ts: nowTs(), ...input.event },
      type: 'event_callback',
      event_id: input.event_id ?? `Ev${randomId(10)}`,
      event_time: input.event_time ?? Math.floor(Date.now() / 1000),
      authorizations: [
        { enterprise_id: null, team_id: teamId, user_id: this.botUserId, is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: false,
      event_context: `4-${randomId(20)}`,
    };
    const headers: Record<string, string> = { ...forge.headers };
    if (input.retryNum !== undefined) headers['x-slack-retry-num'] = String(input.retryNum);
    if (input.retryReason !== undefined) headers['x-slack-retry-reason'] = input.retryReason;
    return this.send(JSON.stringify(envelope), JSON_CONTENT_TYPE, envelope, { ...forge, headers }, {});
  }

  /** `reaction_added` on a message. */
  reactionAdded(
    input: { user_id: string; reaction: string; channel_id: string; ts: string; item_user?: string },
    options: Omit<EventInput, 'event'> = {},
    forge: Forgery = {},
  ): Promise<SlackResponse> {
    return this.event(
      {
        ...options,
        event: {
          type: 'reaction_added',
          user: input.user_id,
          reaction: input.reaction,
          item: { type: 'message', channel: input.channel_id, ts: input.ts },
          ...(input.item_user ? { item_user: input.item_user } : {}),
        },
      },
      forge,
    );
  }

  /**
   * `app_home_opened`: the user opened one of the app's tabs (`home`, `messages`, `about`). `channel` is the
   * user's DM with the app; `view` is the Home view published before (absent the first time), as Slack sends.
   */
  appHomeOpened(
    input: { user_id: string; tab?: 'home' | 'messages' | 'about'; channel?: string; view?: Record<string, unknown> },
    options: Omit<EventInput, 'event'> = {},
    forge: Forgery = {},
  ): Promise<SlackResponse> {
    return this.event(
      {
        ...options,
        event: {
          type: 'app_home_opened',
          user: input.user_id,
          channel: input.channel ?? `D${input.user_id.replace(/^[UW]/, '')}`,
          tab: input.tab ?? 'home',
          ...(input.view ? { view: input.view } : {}),
        },
      },
      forge,
    );
  }

  /** A user's `message` event (`channel_type: 'group'` for private channels, as message.groups delivers). */
  messagePosted(
    input: {
      user_id: string;
      text: string;
      channel_id: string;
      ts?: string;
      thread_ts?: string;
      channel_type?: 'channel' | 'group' | 'im' | 'mpim';
    },
    options: Omit<EventInput, 'event'> = {},
    forge: Forgery = {},
  ): Promise<SlackResponse> {
    const ts = input.ts ?? nowTs();
    return this.event(
      {
        ...options,
        event: {
          type: 'message',
          user: input.user_id,
          text: input.text,
          ts,
          channel: input.channel_id,
          channel_type: input.channel_type ?? 'group',
          team: this.teamId,
          client_msg_id: randomUuid(),
          ...(input.thread_ts ? { thread_ts: input.thread_ts } : {}),
          event_ts: ts,
        },
      },
      forge,
    );
  }

  /** Slack's `url_verification` handshake; Bolt answers `{ challenge }`. */
  urlVerification(challenge: string, forge: Forgery = {}): Promise<SlackResponse> {
    const payload = { token: this.verificationToken, challenge, type: 'url_verification' };
    return this.send(JSON.stringify(payload), JSON_CONTENT_TYPE, payload, forge, {});
  }

  /** Any body, signed (for shapes not covered above). */
  raw(body: string, contentType: string, forge: Forgery = {}): Promise<SlackResponse> {
    return this.send(body, contentType, {}, forge, {});
  }

  // ------------------------------------------------------------ plumbing

  private user(input: Actor) {
    const name = input.user_name ?? nameOf(input.user_id);
    return { id: input.user_id, username: name, name, team_id: this.teamId };
  }

  private triggerId(): string {
    return `${Date.now()}.${this.teamId.replace(/\D/g, '') || '1'}.${randomBytes(16).toString('hex')}`;
  }

  private replyUrl(given: string | undefined): { url: string; id?: string } {
    if (given !== undefined) return { url: given };
    this.counter += 1;
    const id = `r${this.counter}-${randomId(6)}`;
    const url = this.options.responseUrl?.(id) ?? `https://hooks.slack.com/commands/${this.teamId}/${id}`;
    return { url, id };
  }

  private sendPayload(payload: Record<string, unknown>, forge: Forgery, reply: { url?: string; id?: string }) {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.send(body, FORM_CONTENT_TYPE, payload, forge, reply);
  }

  private async send(
    body: string,
    contentType: string,
    payload: Record<string, unknown>,
    forge: Forgery,
    reply: { url?: string; id?: string },
  ): Promise<SlackResponse> {
    const timestamp = forge.timestampSec ?? Math.floor(Date.now() / 1000) - (forge.ageSeconds ?? 0);
    const signature = signSlackRequest(forge.secret ?? this.options.signingSecret, timestamp, body);
    const sentBody = forge.tamper ? forge.tamper(body) : body;
    const sentType = forge.contentType ?? contentType;
    const headers: Record<string, string> = { 'content-type': sentType, ...forge.headers };
    if (!forge.omitSignature) headers['x-slack-signature'] = signature;
    if (!forge.omitTimestamp) headers['x-slack-request-timestamp'] = String(timestamp);
    const started = performance.now();
    const response = await fetch(`${this.options.appUrl.replace(/\/$/, '')}${this.path}`, {
      method: 'POST',
      headers,
      body: sentBody,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10000),
    });
    const text = await response.text();
    const elapsedMs = performance.now() - started;
    let json: unknown;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return {
      status: response.status,
      body: text,
      ...(json !== undefined ? { json } : {}),
      headers: response.headers,
      elapsedMs,
      sent: { body: sentBody, contentType: sentType, payload },
      ...(reply.url !== undefined ? { responseUrl: reply.url } : {}),
      ...(reply.id !== undefined ? { responseUrlId: reply.id } : {}),
    };
  }
}

function nameOf(userId: string): string {
  return userId.replace(/^U/, '').toLowerCase() || 'user';
}

/** A Slack-style ts for now (`<seconds>.<6 digits>`). */
function nowTs(): string {
  const micros = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
}

function randomId(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
}

function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

/** Convenience: a kit wired to a simulator's response URLs. */
export function slackRequestsFor(
  appUrl: string,
  signingSecret: string,
  sim?: { responseUrl(id: string): string },
  options: Partial<SlackRequestsOptions> = {},
): SlackRequests {
  return new SlackRequests({
    appUrl,
    signingSecret,
    ...(sim ? { responseUrl: (id: string) => sim.responseUrl(id) } : {}),
    ...options,
  });
}
