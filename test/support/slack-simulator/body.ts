/** Reading and parsing request bodies the way Slack's Web API does. */
import type { IncomingMessage } from 'node:http';
import type { Args } from './types';

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface MultipartPart {
  name: string | undefined;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** Minimal multipart/form-data parser (what axios/form-data send for Buffers and streams). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  while (position !== -1) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    // part = CRLF headers CRLF CRLF content CRLF
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
      parts.push({
        name: /\bname="([^"]*)"/i.exec(disposition)?.[1],
        filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
        contentType: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim(),
        data: Buffer.from(part.subarray(headerEnd + 4)),
      });
    }
    position = next;
  }
  return parts;
}

/** Fields the Web API takes as JSON strings in form bodies, with the error Slack gives when they do not parse. */
const JSON_FIELDS: Record<string, string> = {
  blocks: 'invalid_blocks_format',
  attachments: 'invalid_attachments',
  view: 'invalid_arguments',
  metadata: 'invalid_metadata_format',
  files: 'invalid_arguments',
};

export type ParsedArgs = { args: Args } | { error: string };

/**
 * Parses an API call's arguments from a form-encoded, JSON or multipart body plus query parameters.
 * JSON-string fields (blocks, attachments, view, metadata, files) are parsed whatever the encoding.
 */
export function parseApiArgs(body: Buffer, contentType: string | undefined, query: URLSearchParams): ParsedArgs {
  const args: Args = {};
  for (const [key, value] of query) args[key] = value;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = body.toString('utf8');
  if (type === 'application/json') {
    if (text.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { error: 'invalid_json' };
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'invalid_json' };
      Object.assign(args, parsed);
    }
  } else if (type === 'multipart/form-data') {
    for (const part of parseMultipart(body, contentType ?? '')) {
      if (part.name === undefined) continue;
      args[part.name] = part.filename !== undefined ? part.data : part.data.toString('utf8');
    }
  } else if (text !== '') {
    // application/x-www-form-urlencoded (also Slack's reading of a body without a content type)
    for (const [key, value] of new URLSearchParams(text)) args[key] = value;
  }
  for (const [field, error] of Object.entries(JSON_FIELDS)) {
    const value = args[field];
    if (typeof value !== 'string') continue;
    try {
      args[field] = JSON.parse(value);
    } catch {
      return { error };
    }
  }
  return { args };
}
