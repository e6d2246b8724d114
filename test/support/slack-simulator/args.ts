/** Reading Web API arguments, which arrive as strings when form-encoded and as typed values when JSON. */
import type { Args } from './types';

export function str(args: Args, key: string): string | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function bool(args: Args, key: string): boolean {
  const value = args[key];
  return value === true || value === 1 || value === 'true' || value === '1';
}

export function int(args: Args, key: string): number | undefined {
  const value = args[key];
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

export function list(args: Args, key: string): string[] {
  const value = args[key];
  if (Array.isArray(value)) return value.map(String);
  const text = str(args, key);
  return text === undefined
    ? []
    : text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Opaque cursor like Slack's (base64); carries an offset. */
export function encodeCursor(kind: string, offset: number): string {
  return Buffer.from(`${kind}:${offset}`).toString('base64');
}

export function decodeCursor(kind: string, cursor: string | undefined): number | 'invalid' {
  if (cursor === undefined || cursor === '') return 0;
  const match = new RegExp(`^${kind}:(\\d+)$`).exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] !== undefined ? Number(match[1]) : 'invalid';
}
