import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Facts } from '../domain/regulations/facts';
import type { Obligation } from '../domain/regulations/obligation';
import type { BotLog } from './log';
import { type ObligationsRequest, obligationsReplySchema } from './obligation-thread-messages';

/** The compiled thread next to this file (dist/src/runtime/): what `npm start` and the process tests run. */
export const OBLIGATION_THREAD_SCRIPT = join(__dirname, 'obligation-thread.js');

/** A computation takes 10–20 ms; one still running after this is a thread stuck, replaced with a fresh one. */
const DEFAULT_TIMEOUT_MS = 10_000;

interface Pending {
  resolve(obligations: Obligation[]): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Lane {
  /** Null after its thread failed, until the next computation asks for one (a thread that fails at start does not loop). */
  worker: Worker | null;
  pending: Map<number, Pending>;
}

/** A computation the pool could not get a trustworthy answer for (the thread failed, stalled or answered nonsense). */
export class ObligationThreadError extends Error {
  override name = 'ObligationThreadError';
}

/**
 * Issue 9: a small pool of worker threads that run the deadline engine (`OBLIGATION_THREADS`), so the
 * obligations of a Mr. Cooper-sized open or facts change (~150, 10–20 ms of CPU each time) are computed off the
 * bot's event loop and 30 opens at once do not queue every acknowledgement behind them. Inputs and outputs are
 * plain data; every answer is parsed with the obligation schema, and an answer that does not parse is refused
 * (the computation fails, as an engine error would) and its thread replaced. Threads are unref'd: they never keep
 * a process alive. `ObligationsComputing` (src/flows/ports/) is the port the acts see.
 */
export class ObligationThreads {
  private readonly lanes: Lane[] = [];
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly script: string;
  private readonly log: BotLog;

  constructor(size: number, options: { log: BotLog; script?: string; timeoutMs?: number }) {
    this.script = options.script ?? OBLIGATION_THREAD_SCRIPT;
    // Running from the TypeScript sources (jest) there is no thread script: say so at start, not at the first open.
    if (!existsSync(this.script)) {
      throw new Error(
        `obligation thread ${this.script} not found: build first (npm run build), or set OBLIGATION_THREADS=0`,
      );
    }
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.log = options.log;
    for (let i = 0; i < size; i += 1) this.lanes.push({ worker: this.startThread(), pending: new Map() });
  }

  compute(facts: Facts, namedRegimes: readonly string[]): Promise<Obligation[]> {
    if (this.closed) return Promise.reject(new ObligationThreadError('the obligation threads are stopped'));
    // The lane with the fewest computations waiting: a burst spreads over every thread.
    const lane = this.lanes.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<Obligation[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(lane, 'timeout', new ObligationThreadError(`an obligation thread took over ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      timer.unref();
      lane.pending.set(id, { resolve, reject, timer });
      const request: ObligationsRequest = { id, facts, regimes: [...namedRegimes] };
      lane.worker ??= this.startThread(lane);
      lane.worker.postMessage(request);
    });
  }

  /** Stops every thread; computations still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.lanes.map((lane) => {
        this.failAll(lane, new ObligationThreadError('the obligation threads are stopped'));
        return lane.worker?.terminate();
      }),
    );
  }

  private startThread(lane?: Lane): Worker {
    const worker = new Worker(this.script);
    worker.unref();
    // The lane is known once it exists (the constructor's threads are attached to theirs just after).
    const laneOf = () => lane ?? this.lanes.find((l) => l.worker === worker);
    worker.on('message', (message: unknown) => {
      const owner = laneOf();
      if (owner) this.answered(owner, message);
    });
    worker.on('error', (error) => {
      const owner = laneOf();
      if (owner?.worker === worker) this.fail(owner, 'error', new ObligationThreadError(error.message));
    });
    worker.on('exit', (code) => {
      const owner = laneOf();
      if (this.closed || owner?.worker !== worker) return;
      this.fail(owner, 'exit', new ObligationThreadError(`an obligation thread exited (${code})`));
    });
    return worker;
  }

  private answered(lane: Lane, message: unknown): void {
    const parsed = obligationsReplySchema.safeParse(message);
    if (!parsed.success) {
      // Not the engine's output: nothing from this thread is trusted any more (its other answers included).
      this.fail(
        lane,
        'invalid_answer',
        new ObligationThreadError('an obligation thread answered something other than obligations; refused'),
      );
      return;
    }
    const reply = parsed.data;
    const pending = lane.pending.get(reply.id);
    if (!pending) return;
    lane.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) {
      pending.resolve(reply.obligations);
      return;
    }
    // The engine's own error, as the inline computation would have thrown it.
    const error = new Error(reply.error.message);
    error.name = reply.error.name;
    pending.reject(error);
  }

  /** Fails what the lane was computing and drops its thread; the next computation on the lane starts a fresh one. */
  private fail(lane: Lane, reason: string, error: ObligationThreadError): void {
    this.log.error('obligation_thread_failed', { reason, waiting: lane.pending.size });
    this.failAll(lane, error);
    const old = lane.worker;
    lane.worker = null;
    void old?.terminate().catch(() => undefined);
  }

  private failAll(lane: Lane, error: Error): void {
    for (const pending of lane.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    lane.pending.clear();
  }
}
