/**
 * A local stand-in for Slack's Web API (plus upload URLs and response_urls), reached by the real WebClient via
 * `clientOptions.slackApiUrl = sim.apiUrl` (`<sim.url>/api/`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Recorder, type WaitOptions } from '../recorder';
import { BLOCK_LIMITS, checkBlocks } from './block-limits';
import { parseApiArgs, parseMultipart, readBody } from './body';
import { DEFAULT_HANDLERS } from './handlers';
import { manifestBotScopes, missingScope } from './scopes';
import { SocketModeServer } from './socket-mode';
import { DEFAULT_APP_TOKEN, DEFAULT_BOT_TOKEN, SlackState } from './state';
import type {
  ApiCall,
  ApiResult,
  Args,
  FailSpec,
  Handler,
  HeldCall,
  ResponseUrlPost,
  SimChannel,
  SimEphemeral,
  SimMessage,
  SimulatorOptions,
  UploadReceived,
} from './types';

type Predicate<T> = (entry: T) => boolean;

export class SlackSimulator {
  readonly state: SlackState;
  readonly botToken: string;
  /** The app-level token (`xapp-…`) Socket Mode connects with: give the app `SLACK_APP_TOKEN=${sim.appToken}`. */
  readonly appToken: string;
  /** Socket Mode: connections, pushing envelopes, acks (see socket-mode.ts). */
  readonly socketMode: SocketModeServer;
  private readonly tokens: Set<string>;
  /** The bot token's OAuth scopes (manifest.json's by default). */
  private readonly scopes: Set<string>;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private baseUrl: string | undefined;
  private seq = 0;
  private readonly nextSeq = () => ++this.seq;
  private readonly callLog = new Recorder<ApiCall>(
    this.nextSeq,
    (c) => `${c.method}${c.response.ok ? '' : `(${c.response.error})`}`,
  );
  private readonly responseLog = new Recorder<ResponseUrlPost>(this.nextSeq, (r) => `response/${r.id}`);
  private readonly uploadLog = new Recorder<UploadReceived>(this.nextSeq, (u) => `upload/${u.fileId}`);
  private readonly faults = new Map<string, (FailSpec & { remaining: number })[]>();
  private readonly overrides = new Map<string, Handler>();
  private readonly holds = new Map<
    string,
    { channel?: string; where?: (args: Args) => boolean; arrive: (args: Args) => Promise<void> }[]
  >();
  /** Calls that never answer (`hang`), ended when the simulator stops. */
  private readonly hanging = new Set<() => void>();
  private readonly responseFaults: { status: number; remaining: number }[] = [];

  constructor(options: SimulatorOptions = {}) {
    this.state = new SlackState(options);
    this.botToken = options.botToken ?? DEFAULT_BOT_TOKEN;
    this.tokens = new Set([this.botToken, ...(options.extraTokens ?? [])]);
    this.scopes = new Set(options.scopes ?? manifestBotScopes());
    this.appToken = options.appToken ?? DEFAULT_APP_TOKEN;
    this.socketMode = new SocketModeServer(this.state, this.nextSeq, options.socketMode);
  }

  // ---------------------------------------------------------------- lifecycle

  /** Listens on a random port of 127.0.0.1. */
  async start(): Promise<this> {
    if (this.server) return this;
    const server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`simulator error: ${(error as Error).stack ?? String(error)}`);
      });
    });
    // Socket Mode: WebSocket upgrades on /link/?ticket=… (tickets come from apps.connections.open).
    server.on('upgrade', (req, socket, head) => {
      if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname.startsWith('/link'))
        this.socketMode.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  /** Closes the server and every open (keep-alive) socket, and rejects pending waits. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.socketMode.stop('Slack simulator stopped');
    for (const end of this.hanging) end();
    this.hanging.clear();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
    for (const log of [this.callLog, this.responseLog, this.uploadLog]) log.cancelAll('Slack simulator stopped');
  }

  /** `http://127.0.0.1:<port>` */
  get url(): string {
    if (!this.baseUrl) throw new Error('SlackSimulator not started: await sim.start() first');
    return this.baseUrl;
  }

  /** What to give the WebClient as `slackApiUrl`: `<url>/api/`. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url the simulator records POSTs on (`<url>/response/<id>`). */
  responseUrl(id: string): string {
    return `${this.url}/response/${encodeURIComponent(id)}`;
  }

  /**
   * Forgets recorded calls/responses/uploads, faults and overriding handlers; with `{ state: true }` (the default)
   * also puts the workspace back to its seeded users, groups and channels.
   */
  reset(options: { state?: boolean } = {}): void {
    this.callLog.clear();
    this.responseLog.clear();
    this.uploadLog.clear();
    this.faults.clear();
    this.holds.clear();
    this.overrides.clear();
    this.responseFaults.length = 0;
    this.socketMode.reset();
    if (options.state ?? true) this.state.seed();
  }

  // ---------------------------------------------------------------- recording

  /** Current sequence number: pass as `since` to wait only for what happens after this point. */
  mark(): number {
    return this.seq;
  }

  calls(method?: string): ApiCall[] {
    const all = this.callLog.all();
    return method === undefined ? all : all.filter((c) => c.method === method);
  }

  /** Resolves with the first call of `method` matching `predicate` (already made, or the next to arrive). */
  waitForCall(method: string, predicate?: Predicate<ApiCall>, options?: number | WaitOptions): Promise<ApiCall> {
    return this.callLog.wait(
      (c) => c.method === method && (predicate?.(c) ?? true),
      `a ${method} call`,
      waitOptions(options),
    );
  }

  /** Resolves once `count` calls of `method` matching `predicate` were made. */
  waitForCalls(
    method: string,
    count: number,
    predicate?: Predicate<ApiCall>,
    options?: number | WaitOptions,
  ): Promise<ApiCall[]> {
    return this.callLog.waitCount(
      (c) => c.method === method && (predicate?.(c) ?? true),
      count,
      `${count} ${method} calls`,
      waitOptions(options),
    );
  }

  responses(id?: string): ResponseUrlPost[] {
    const all = this.responseLog.all();
    return id === undefined ? all : all.filter((r) => r.id === id);
  }

  /** Resolves with the first POST on response_url `id` (any id when undefined) matching `predicate`. */
  waitForResponse(
    id?: string,
    predicate?: Predicate<ResponseUrlPost>,
    options?: number | WaitOptions,
  ): Promise<ResponseUrlPost> {
    return this.responseLog.wait(
      (r) => (id === undefined || r.id === id) && (predicate?.(r) ?? true),
      `a POST on response_url ${id ?? '(any)'}`,
      waitOptions(options),
    );
  }

  uploads(fileId?: string): UploadReceived[] {
    const all = this.uploadLog.all();
    return fileId === undefined ? all : all.filter((u) => u.fileId === fileId);
  }

  /** The bytes uploaded for a file (undefined when none were, or the file was deleted since). */
  fileContents(fileId: string): Buffer | undefined {
    const file = this.state.files.get(fileId);
    return file?.deleted ? undefined : file?.bytes;
  }

  // ---------------------------------------------------------------- state helpers

  /** Messages stored in a channel (top-level and replies, oldest first). */
  messages(channelId: string): SimMessage[] {
    return [...(this.state.messages.get(channelId) ?? [])];
  }

  message(channelId: string, ts: string): SimMessage | undefined {
    return this.state.findMessage(channelId, ts);
  }

  ephemerals(channelId?: string): SimEphemeral[] {
    return this.state.ephemerals.filter((e) => channelId === undefined || e.channel === channelId);
  }

  channel(idOrName: string): SimChannel | undefined {
    return this.state.channels.get(idOrName) ?? [...this.state.channels.values()].find((c) => c.name === idOrName);
  }

  /** Adds a channel (e.g. one the slash command is run from). The bot is a member only if listed. */
  seedChannel(seed: Parameters<SlackState['addChannel']>[0]): SimChannel {
    return this.state.addChannel(seed);
  }

  seedUser(user: Parameters<SlackState['addUser']>[0]): void {
    this.state.addUser(user);
  }

  /** A user group; `info` is what usergroups.list shows (default: handle and name from the id). */
  seedUserGroup(id: string, members: string[], info?: { handle: string; name: string }): void {
    this.state.userGroups.set(id, [...members]);
    if (info) this.state.userGroupInfo.set(id, info);
  }

  /** Stores a message posted by someone else (e.g. a user's message a shortcut is used on). */
  seedMessage(
    channelId: string,
    message: { user: string; text: string; ts?: string; thread_ts?: string; blocks?: unknown[] },
  ): SimMessage {
    const stored: SimMessage = {
      type: 'message',
      ts: message.ts ?? this.state.newTs(),
      user: message.user,
      text: message.text,
      team: this.state.teamId,
      ...(message.blocks ? { blocks: message.blocks } : {}),
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    };
    const list = this.state.channelMessages(channelId);
    list.push(stored);
    list.sort((a, b) => Number(a.ts) - Number(b.ts));
    return stored;
  }

  // ---------------------------------------------------------------- faults and overrides

  /**
   * The next `times` (default 1) calls of `method` fail: HTTP 429 with `retry-after` (seconds, default 1),
   * HTTP 5xx, or HTTP 200 `{ ok: false, error }`. The default handler does not run for a failed call.
   */
  failNext(method: string, spec: FailSpec, times?: number): void {
    const queue = this.faults.get(method) ?? [];
    queue.push({ ...spec, remaining: times ?? spec.times ?? 1 });
    this.faults.set(method, queue);
  }

  /**
   * Holds the next call of `method` (with `channel` when given) inside the simulator, before it takes effect,
   * until the test calls `release()`. `reached` resolves when the call has arrived: a test can then kill the
   * process that made it, or check what happens meanwhile, without a timing window. `where` narrows it further
   * (e.g. to a reminder's post among the other posts in the channel).
   */
  hold(method: string, options: { channel?: string; where?: (args: Args) => boolean } = {}): HeldCall {
    let arrived!: (args: Args) => void;
    const reached = new Promise<Args>((resolve) => {
      arrived = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = this.holds.get(method) ?? [];
    queue.push({
      ...(options.channel ? { channel: options.channel } : {}),
      ...(options.where ? { where: options.where } : {}),
      arrive: (args) => {
        arrived(args);
        return released;
      },
    });
    this.holds.set(method, queue);
    return { reached, release };
  }

  /** The next `times` POSTs on any response_url answer `status` (Slack answers 404 for expired URLs). */
  failNextResponse(status: number, times = 1): void {
    this.responseFaults.push({ status, remaining: times });
  }

  /** Replaces a method's handler (`ctx.callDefault()` runs the default one). Answers without `ok` get `ok: true`. */
  setHandler(method: string, handler: Handler): void {
    this.overrides.set(method, handler);
  }

  clearHandler(method: string): void {
    this.overrides.delete(method);
  }

  // ---------------------------------------------------------------- HTTP

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const [, area, ...rest] = url.pathname.split('/');
    const name = decodeURIComponent(rest.join('/'));
    if (area === 'api' && name !== '' && (req.method === 'POST' || req.method === 'GET')) {
      return this.handleApi(name, req, body, url.searchParams, res);
    }
    if (area === 'upload' && req.method === 'POST') return this.handleUpload(name, req, body, res);
    if (area === 'response' && req.method === 'POST') return this.handleResponseUrl(name, req, body, res);
    send(res, 404, { ok: false, error: 'not_found' });
  }

  private async handleApi(
    method: string,
    req: IncomingMessage,
    body: Buffer,
    query: URLSearchParams,
    res: ServerResponse,
  ) {
    const contentType = req.headers['content-type'];
    const parsed = parseApiArgs(body, contentType, query);
    const args: Args = 'args' in parsed ? parsed.args : {};
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    delete args.token;
    const record = (status: number, response: ApiResult, headers: Record<string, string> = {}) => {
      this.callLog.add({ method, args, token, at: Date.now(), contentType, status, response });
      send(res, status, response, headers);
    };

    if ('error' in parsed) return record(200, { ok: false, error: parsed.error });
    if (token === undefined) return record(200, { ok: false, error: 'not_authed' });
    // Socket Mode: apps.connections.open takes only the app-level token, and the app token nothing else.
    if (method === 'apps.connections.open' && token !== this.appToken) {
      return record(200, { ok: false, error: this.tokens.has(token) ? 'not_allowed_token_type' : 'invalid_auth' });
    }
    if (method !== 'apps.connections.open' && token === this.appToken)
      return record(200, { ok: false, error: 'not_allowed_token_type' });
    if (method !== 'apps.connections.open' && !this.tokens.has(token))
      return record(200, { ok: false, error: 'invalid_auth' });

    const needed = token === this.botToken ? missingScope(method, args, this.state, this.scopes) : null;
    if (needed) {
      return record(200, { ok: false, error: 'missing_scope', needed, provided: [...this.scopes].join(',') });
    }

    const held = this.takeHold(method, args);
    if (held) await held.arrive(args);

    const fault = this.takeFault(method, args);
    let appliedThen: number | undefined;
    if (fault) {
      if ('error' in fault) return record(200, { ok: false, error: fault.error, ...fault.extra });
      if ('hang' in fault) {
        await new Promise<void>((resolve) => this.hanging.add(resolve));
        return;
      }
      if ('delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      else if (fault.status === 429) {
        const seconds = fault.retryAfterSeconds ?? 1;
        return record(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(seconds) });
      } else if (fault.applied) appliedThen = fault.status;
      else return record(fault.status, { ok: false, error: 'internal_error' });
    }

    const runDefault = async (): Promise<ApiResult> => {
      if (method === 'apps.connections.open') return { url: this.socketMode.openUrl(this.url) };
      const handler = DEFAULT_HANDLERS[method];
      if (!handler) return { ok: false, error: 'unknown_method' };
      const result = handler(this.state, args);
      if (method === 'files.getUploadURLExternal' && result.ok !== false) {
        result.upload_url = `${this.url}/upload/${String(result.file_id)}`;
      }
      return result;
    };
    const override = this.overrides.get(method);
    const result = override ? await override(args, { method, token, callDefault: runDefault }) : await runDefault();
    if (appliedThen !== undefined) return record(appliedThen, { ok: false, error: 'internal_error' });
    record(200, { ...result, ok: result.ok ?? true });
  }

  private takeFault(method: string, args: Args): FailSpec | undefined {
    const queue = this.faults.get(method);
    const index = queue?.findIndex((f) => f.channel === undefined || f.channel === args.channel) ?? -1;
    const fault = queue?.[index];
    if (!queue || !fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) queue.splice(index, 1);
    return fault;
  }

  private takeHold(method: string, args: Args) {
    const queue = this.holds.get(method);
    const index =
      queue?.findIndex(
        (h) => (h.channel === undefined || h.channel === args.channel) && (h.where === undefined || h.where(args)),
      ) ?? -1;
    const held = queue?.[index];
    if (!queue || !held) return undefined;
    queue.splice(index, 1);
    return held;
  }

  /** Upload URL: stores the bytes, raw or from the first multipart file part (what the WebClient sends). */
  private handleUpload(fileId: string, req: IncomingMessage, body: Buffer, res: ServerResponse) {
    const file = this.state.files.get(fileId);
    if (!file || file.deleted) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    let bytes = body;
    let encoding: UploadReceived['encoding'] = 'raw';
    if (contentType.toLowerCase().startsWith('multipart/form-data')) {
      const parts = parseMultipart(body, contentType);
      const part = parts.find((p) => p.filename !== undefined) ?? parts[0];
      bytes = part?.data ?? Buffer.alloc(0);
      encoding = 'multipart';
    }
    file.bytes = bytes;
    this.uploadLog.add({ fileId, bytes, encoding, at: Date.now() });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${bytes.length}`);
  }

  private handleResponseUrl(id: string, req: IncomingMessage, body: Buffer, res: ServerResponse) {
    const contentType = req.headers['content-type'];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = { _raw: body.toString('utf8') };
    }
    const fault = this.responseFaults[0];
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.responseFaults.shift();
    }
    const posted =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : { _raw: parsed };
    const refused = fault ? undefined : responseUrlRefusal(posted);
    const status = fault?.status ?? (refused ? 400 : 200);
    this.responseLog.add({
      id,
      body: posted,
      contentType,
      at: Date.now(),
      status,
      ...(refused ? { error: refused } : {}),
    });
    if (status !== 200) {
      // Like an incoming webhook, a response_url answers a refusal with its code as plain text.
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(refused ?? 'error');
      return;
    }
    send(res, 200, { ok: true });
  }
}

/** What Slack refuses on a response_url: the same Block Kit limits and text length as chat.postMessage. */
function responseUrlRefusal(body: Record<string, unknown>): string | undefined {
  if (typeof body.text === 'string' && body.text.length > BLOCK_LIMITS.messageText) return 'msg_too_long';
  if (body.blocks === undefined) return undefined;
  const verdict = checkBlocks(body.blocks, 'message');
  return verdict.ok ? undefined : verdict.result.error;
}

function waitOptions(options: number | WaitOptions | undefined): WaitOptions {
  return typeof options === 'number' ? { timeoutMs: options } : (options ?? {});
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Starts a simulator; `await using`-free helper for beforeAll. */
export async function startSlackSimulator(options: SimulatorOptions = {}): Promise<SlackSimulator> {
  return new SlackSimulator(options).start();
}
