import { parentPort } from 'node:worker_threads';
import { computeWithCatalog } from '../domain/obligations/catalog-engine';
import { type ObligationsReply, obligationsRequestSchema } from './obligation-thread-messages';

/**
 * One thread of the obligation pool (obligation-threads.ts): computes the obligations the bot asks for with
 * the same engine and catalog the bot would run inline, off the bot's event loop.
 */
const port = parentPort;
if (!port) throw new Error('obligation-thread.js runs as a worker thread of the bot (obligation-threads.ts)');
port.on('message', (message: unknown) => {
  const id = (message as { id?: unknown } | null)?.id;
  const parsed = obligationsRequestSchema.safeParse(message);
  let reply: ObligationsReply;
  if (!parsed.success) {
    reply = {
      id: typeof id === 'number' && id >= 0 ? id : 0,
      ok: false,
      error: { name: 'InvalidRequest', message: 'the thread was sent something other than facts and regimes' },
    };
  } else {
    try {
      reply = { id: parsed.data.id, ok: true, obligations: computeWithCatalog(parsed.data.facts, parsed.data.regimes) };
    } catch (error) {
      const { name, message: text } = error instanceof Error ? error : new Error(String(error));
      reply = { id: parsed.data.id, ok: false, error: { name, message: text } };
    }
  }
  port.postMessage(reply);
});
