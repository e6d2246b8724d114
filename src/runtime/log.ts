/** Structured, content-free logging: ids and outcomes only, never message text or personal data. */
export interface BotLog {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export type LogFields = Record<string, string | number | boolean | undefined>;

export function jsonLog(level: 'debug' | 'info' | 'warn' | 'error' = 'info'): BotLog {
  const order = { debug: 0, info: 1, warn: 2, error: 3 };
  const write =
    (lvl: 'info' | 'warn' | 'error') =>
    (event: string, fields: LogFields = {}) => {
      if (order[lvl] < order[level]) return;
      const line = JSON.stringify({ at: new Date().toISOString(), level: lvl, event, ...fields });
      (lvl === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** The error's kind and Slack error code, never its message: messages can quote user input. */
export function errorName(error: unknown): string {
  const e = error as { name?: unknown; code?: unknown; data?: { error?: unknown } } | undefined;
  const slack = typeof e?.data?.error === 'string' ? `:${e.data.error}` : '';
  return `${typeof e?.name === 'string' ? e.name : 'Error'}${typeof e?.code === 'string' ? `:${e.code}` : ''}${slack}`;
}
