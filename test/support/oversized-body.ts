import { request } from 'node:http';

/**
 * Streams `total` bytes (1 MB chunks, as fast as the socket takes them) to `url` and stops at the first
 * answer. Resolves with the status, how many bytes had left the client by then, and how long it took.
 * With `declareLength` the Content-Length is sent up front; otherwise the body is chunked.
 */
export function sendOversizedBody(
  url: string,
  total: number,
  declareLength: boolean,
): Promise<{ status: number; sent: number; elapsedMs: number }> {
  const MB = 1024 * 1024;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(declareLength ? { 'content-length': String(total) } : { 'transfer-encoding': 'chunked' }),
      },
    });
    const chunk = Buffer.alloc(MB, 0x61);
    let written = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent: written, elapsedMs: performance.now() - started });
      req.destroy();
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
