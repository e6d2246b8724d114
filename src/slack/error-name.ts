/** The error's kind and Slack error code, never its message: messages can quote user input. */
export function errorName(error: unknown): string {
  const code = (error as { code?: unknown; data?: { error?: unknown } } | undefined);
  const slack = typeof code?.data?.error === 'string' ? `:${code.data.error}` : '';
  return `${(error as Error)?.name ?? 'Error'}${typeof code?.code === 'string' ? `:${code.code}` : ''}${slack}`;
}
