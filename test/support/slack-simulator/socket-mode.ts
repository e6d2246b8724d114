/**
 * Slack's Socket Mode, simulated: `apps.connections.open` (app token as bearer) hands out a one-use
 * `ws://<sim>/link/?ticket=…` URL; on that WebSocket the simulator says `hello`, the test pushes envelopes
 * (`slash_commands`, `interactive`, `events_api`) and records the app's acks `{ envelope_id, payload }`.
 * See test/support/README.md, "Socket Mode".
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { Recorder, type WaitOptions } from '../recorder';
import type { SlackState } from './state';

/** What Slack puts around each payload on the socket. */
export interface SocketEnvelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api' | (string & {});
  accepts_response_payload: boolean;
  payload: Record<string, unknown>;
  retry_attempt?: number;
  retry_reason?: string;
}

/** One message the app sent on a socket: an ack is `{ envelope_id, payload }`. */
export interface SocketAck {
  seq: number;
  connectionId: string;
  envelope_id: string | undefined;
  /** The ack's payload (`{}` for an ack with no body). */
  payload: Record<string, unknown>;
  /** The whole message as received. */
  raw: Record<string, unknown>;
  at: number;
}

/** A WebSocket the app opened with a ticket (recorded once `hello` was sent). */
export interface SocketConnection {
  seq: number;
  id: string;
  ticket: string;
  at: number;
}

/** Slash-command fields as Slack puts them in a `slash_commands` envelope's payload (strings, as in the form post). */
export interface SocketSlashCommand {
  text?: string;
  user_id: string;
  channel_id: string;
  channel_name?: string;
  user_name?: string;
  command?: string;
  response_url?: string;
  trigger_id?: string;
  extra?: Record<string, string>;
}

export interface SocketModeOptions {
  /** Interval of the server's WebSocket pings (Slack pings; the client gives up after 30 s without one). Default 5000. */
  pingIntervalMs?: number;
}

/**
 * The Socket Mode side of the simulator. Owned by `SlackSimulator` (`sim.socketMode`), which routes HTTP
 * upgrades on `/link/` here and answers `apps.connections.open` with `openUrl()`.
 */
export class SocketModeServer {
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly tickets = new Set<string>();
  private readonly open = new Map<string, WebSocket>();
  private readonly connectionLog: Recorder<SocketConnection>;
  private readonly ackLog: Recorder<SocketAck>;
  private readonly pingTimer: NodeJS.Timeout;
  private counter = 0;

  constructor(
    private readonly state: SlackState,
    nextSeq: () => number,
    options: SocketModeOptions = {},
  ) {
    this.connectionLog = new Recorder<SocketConnection>(nextSeq, (c) => `socket/${c.id}`);
    this.ackLog = new Recorder<SocketAck>(nextSeq, (a) => `ack/${a.envelope_id ?? '?'}`);
    this.pingTimer = setInterval(() => {
      for (const ws of this.open.values()) if (ws.readyState === WebSocket.OPEN) ws.ping('sim');
    }, options.pingIntervalMs ?? 5000);
    this.pingTimer.unref();
  }

  /** A fresh one-use WebSocket URL, as `apps.connections.open` answers it (`ws://` instead of `wss://`). */
  openUrl(baseUrl: string): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `${baseUrl.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=${this.state.bot.appId}`;
  }

  /** Handles an HTTP upgrade on `/link/`: a known, unused ticket gets a socket and `hello`; anything else a 401. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const ticket = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('ticket') ?? '';
    if (!this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.counter += 1;
      const id = `socket-${this.counter}`;
      this.open.set(id, ws);
      ws.on('close', () => this.open.delete(id));
      ws.on('message', (data: RawData, isBinary: boolean) => {
        if (isBinary) return;
        let raw: unknown;
        try {
          raw = JSON.parse(rawText(data));
        } catch {
          raw = { _raw: rawText(data) };
        }
        const message = (typeof raw === 'object' && raw !== null ? raw : { _raw: raw }) as Record<string, unknown>;
        const payload = message.payload;
        this.ackLog.add({
          connectionId: id,
          envelope_id: typeof message.envelope_id === 'string' ? message.envelope_id : undefined,
          payload: typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {},
          raw: message,
          at: Date.now(),
        });
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: this.open.size,
          connection_info: { app_id: this.state.bot.appId },
          debug_info: { host: 'applink-simulator', build_number: 1, approximate_connection_time: 18060 },
        }),
        () => this.connectionLog.add({ id, ticket, at: Date.now() }),
      );
    });
  }

  /** Connections that said hello (open or since closed), oldest first. */
  connections(): SocketConnection[] {
    return this.connectionLog.all();
  }

  /** Ids of the sockets open now. */
  openConnections(): string[] {
    return [...this.open.keys()];
  }

  /** Resolves once an app has connected (and was sent `hello`). */
  waitForConnection(options: WaitOptions = {}): Promise<SocketConnection> {
    return this.connectionLog.wait((c) => this.open.has(c.id), 'a Socket Mode connection', {
      timeoutMs: 10_000,
      ...options,
    });
  }

  acks(envelopeId?: string): SocketAck[] {
    return this.ackLog.all().filter((a) => envelopeId === undefined || a.envelope_id === envelopeId);
  }

  /** Resolves with the app's ack of an envelope (already received, or the next to arrive). */
  waitForAck(envelopeId: string, options: WaitOptions = {}): Promise<SocketAck> {
    return this.ackLog.wait((a) => a.envelope_id === envelopeId, `the ack of envelope ${envelopeId}`, options);
  }

  /**
   * Pushes an envelope to an open socket (the newest unless `connectionId` names one; Slack picks any of the
   * app's connections). Missing `envelope_id` is generated; `accepts_response_payload` defaults to true for
   * slash commands and interactivity. Returns the envelope as sent.
   */
  push(
    envelope: Partial<SocketEnvelope> & Pick<SocketEnvelope, 'type' | 'payload'>,
    connectionId?: string,
  ): SocketEnvelope {
    const ws = this.socket(connectionId);
    const full: SocketEnvelope = {
      envelope_id: envelope.envelope_id ?? randomUUID(),
      accepts_response_payload: envelope.accepts_response_payload ?? envelope.type !== 'events_api',
      ...envelope,
    };
    ws.send(JSON.stringify(full));
    return full;
  }

  /** Pushes an envelope and resolves with the app's ack of it. */
  async request(
    envelope: Partial<SocketEnvelope> & Pick<SocketEnvelope, 'type' | 'payload'>,
    options: WaitOptions & { connectionId?: string } = {},
  ): Promise<SocketAck> {
    const sent = this.push(envelope, options.connectionId);
    return this.waitForAck(sent.envelope_id, options);
  }

  /** A `slash_commands` envelope with the fields Slack sends (see SlackRequests.slashCommand for HTTP mode). */
  slashCommandEnvelope(input: SocketSlashCommand): Pick<SocketEnvelope, 'type' | 'payload'> {
    return {
      type: 'slash_commands',
      payload: {
        token: 'verification-token',
        team_id: this.state.teamId,
        team_domain: this.state.teamDomain,
        channel_id: input.channel_id,
        channel_name: input.channel_name ?? 'general',
        user_id: input.user_id,
        user_name: input.user_name ?? input.user_id.toLowerCase(),
        command: input.command ?? '/incident',
        text: input.text ?? '',
        api_app_id: this.state.bot.appId,
        is_enterprise_install: 'false',
        response_url: input.response_url ?? 'https://hooks.slack.com/commands/T0TEST/0/none',
        trigger_id: input.trigger_id ?? `${Date.now()}.${randomBytes(4).toString('hex')}`,
        ...input.extra,
      },
    };
  }

  /** Sends Slack's `disconnect` message (e.g. `refresh_requested`); the client is expected to reconnect. */
  disconnect(reason = 'refresh_requested', connectionId?: string): void {
    this.socket(connectionId).send(
      JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-simulator' } }),
    );
  }

  /** Forgets recorded connections and acks (open sockets stay open). */
  reset(): void {
    this.connectionLog.clear();
    this.ackLog.clear();
  }

  /** Closes every socket (terminated, no close handshake) and rejects pending waits. */
  stop(reason: string): void {
    clearInterval(this.pingTimer);
    for (const ws of this.open.values()) ws.terminate();
    this.open.clear();
    this.wss.close();
    this.connectionLog.cancelAll(reason);
    this.ackLog.cancelAll(reason);
  }

  private socket(connectionId: string | undefined): WebSocket {
    const id = connectionId ?? [...this.open.keys()].pop();
    const ws = id === undefined ? undefined : this.open.get(id);
    if (!ws || ws.readyState !== WebSocket.OPEN)
      throw new Error(`no open Socket Mode connection${connectionId ? ` ${connectionId}` : ''}`);
    return ws;
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
