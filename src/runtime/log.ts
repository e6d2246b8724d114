import pino from 'pino';
import { maskSensitiveNumbers } from '../domain/privacy/sensitive-numbers';

/** Structured, content-free logging: ids and outcomes only, never message text or personal data. */
export interface BotLog {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/**
 * A log line's fields: ids, counts, codes. `err` takes the caught error itself; the logger turns it into
 * `{type, code, slack_error, message}` (see `errorFields`), never its stack or the request it carried.
 */
export type LogFields = { err?: unknown } & Record<string, string | number | boolean | undefined | unknown>;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Field names whose values are content (what people typed or what the bot posted), censored at the top level
 * or one level down: our own calls never log them, so these catch a careless field. (`err.message` is not on
 * the list: errorFields already cut and masked it; Bolt's and the WebClient's objects never reach a line, see
 * libraryLogger.)
 */
export const REDACTED_PATHS = [
  'text',
  'blocks',
  'title',
  'attachments',
  'summary',
  'facts',
  '*.text',
  '*.blocks',
  '*.title',
  '*.attachments',
  '*.summary',
  '*.facts',
];

/** Longest error message kept on a line: enough for "An API error occurred: …", not for a pasted document. */
const MAX_MESSAGE = 300;

/**
 * What an error line carries: the class (constructor name, e.g. `WebAPIPlatformError`-like `Error` subclasses,
 * `MaxRetriesPerRequestError`, `ZodError`), its `code`, Slack's `data.error`, and the message with sensitive
 * numbers masked and cut to 300 characters. A ZodError's message quotes the input it rejected, so only its
 * issue paths are kept.
 */
export function errorFields(error: unknown): { type: string; code?: string; slack_error?: string; message?: string } {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const e = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    data?: { error?: unknown };
    issues?: unknown;
  };
  const ctor = (error as { constructor?: { name?: unknown } }).constructor?.name;
  const type = typeof ctor === 'string' && ctor !== 'Object' ? ctor : typeof e.name === 'string' ? e.name : 'Error';
  const fields: { type: string; code?: string; slack_error?: string; message?: string } = { type };
  if (typeof e.code === 'string' || typeof e.code === 'number') fields.code = String(e.code);
  if (typeof e.data?.error === 'string') fields.slack_error = e.data.error;
  if (type === 'ZodError' && Array.isArray(e.issues)) {
    const paths = (e.issues as { path?: unknown[] }[]).map((i) => (i.path ?? []).join('.') || '(root)');
    fields.message = `invalid: ${[...new Set(paths)].join(', ')}`.slice(0, MAX_MESSAGE);
  } else if (typeof e.message === 'string' && e.message) {
    fields.message = maskSensitiveNumbers(e.message).slice(0, MAX_MESSAGE);
  }
  return fields;
}

/** The error's kind and Slack error code, never its message: for fields that must stay one short string. */
export function errorName(error: unknown): string {
  const { type, code, slack_error } = errorFields(error);
  return `${type}${code ? `:${code}` : ''}${slack_error ? `:${slack_error}` : ''}`;
}

/**
 * The process's logger: pino, JSON lines `{"level","at","event",…fields}`, info and below on stdout, errors on
 * stderr, written synchronously so a line is never lost to `process.exit`. LOG_LEVEL sets the threshold.
 */
export function pinoLogger(level: LogLevel = 'info', streams = { out: 1, err: 2 }): pino.Logger {
  return pino(
    {
      level,
      base: undefined,
      messageKey: 'event',
      timestamp: () => `,"at":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: (error: unknown) => errorFields(error) },
    },
    pino.multistream(
      [
        { level: 'debug', stream: pino.destination({ dest: streams.out, sync: true }) },
        { level: 'error', stream: pino.destination({ dest: streams.err, sync: true }) },
      ],
      { dedupe: true },
    ),
  );
}

/** The BotLog the code uses, written by pino. */
export function botLog(logger: pino.Logger): BotLog {
  const write =
    (lvl: 'info' | 'warn' | 'error') =>
    (event: string, fields: LogFields = {}) => {
      logger[lvl]({ event, ...fields });
    };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** The process's logger behind the BotLog interface (kept under its old name for the entry points and tests). */
export function jsonLog(level: LogLevel = 'info'): BotLog {
  return botLog(pinoLogger(level));
}

/** Bolt's and the WebClient's Logger interface (@slack/logger), restated so runtime/ needs no Slack package. */
export interface LibraryLogger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  setLevel(level: string): void;
  getLevel(): string;
  setName(name: string): void;
}

/**
 * Bolt's and the WebClient's own log calls, as content-free lines (`event: "slack_library"`): their strings are
 * kept (cut short, numbers masked), an Error becomes its class/code/message, and any other object (a request
 * payload, a response, an event body) is replaced by `[object]`, so no message body reaches the log.
 * Debug is never written: at that level both libraries log whole payloads.
 */
export function libraryLogger(log: BotLog, name: string): LibraryLogger {
  let libName = name;
  let libLevel = 'info';
  const said = (msg: unknown[]) =>
    msg
      .map((m) => {
        if (typeof m === 'string') return maskSensitiveNumbers(m);
        if (typeof m === 'number' || typeof m === 'boolean') return String(m);
        if (m instanceof Error) {
          const f = errorFields(m);
          return `${f.type}${f.code ? ` ${f.code}` : ''}${f.slack_error ? ` ${f.slack_error}` : ''}${f.message ? `: ${f.message}` : ''}`;
        }
        return '[object]';
      })
      .join(' ')
      .slice(0, MAX_MESSAGE);
  const write =
    (lvl: 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      log[lvl]('slack_library', { lib: libName, said: said(msg) });
    };
  return {
    debug: () => undefined,
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (level: string) => {
      libLevel = level;
    },
    getLevel: () => libLevel,
    setName: (n: string) => {
      libName = n;
    },
  };
}
