import type { BotLog, LogFields } from './log';

/** SHUTDOWN_GRACE_SECONDS's default: fits the usual 30 s termination period of a container. */
export const DEFAULT_GRACE_MS = 25_000;

/** What `stop` reports: how many pieces of acknowledged work it had to leave unfinished (0: all finished). */
export interface StopReport {
  abandoned: number;
}

export interface ShutdownOptions {
  /** The process exits by then (ms after the signal), whatever is still running. */
  graceMs: number;
  /** What is still running, for the log line when the grace runs out: counts and ids, never content. */
  pending: () => LogFields;
}

/**
 * SIGTERM/SIGINT: run `stop` once (stop taking requests, finish in-flight work, close workers and Redis) with
 * the moment it must be done by. Exit 0 when everything finished, 1 when work was left unfinished or `stop`
 * failed. When the grace runs out first (a Redis that is down can hold a close forever), the process logs
 * what it abandons and exits 1 anyway. A second signal while stopping exits at once with 1.
 */
export function installShutdown(
  stop: (deadline: number) => Promise<StopReport>,
  log: BotLog,
  options: ShutdownOptions,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    const deadline = Date.now() + options.graceMs;
    log.info('shutdown_started', { signal, graceMs: options.graceMs });
    const timer = setTimeout(() => {
      log.error('shutdown_abandoned', { reason: 'grace_exceeded', graceMs: options.graceMs, ...options.pending() });
      process.exit(1);
    }, options.graceMs);
    stop(deadline).then(
      (report) => {
        clearTimeout(timer);
        if (report.abandoned > 0) {
          log.warn('shutdown_incomplete', { abandoned: report.abandoned });
          process.exit(1);
        }
        log.info('shutdown_complete');
        process.exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        log.error('shutdown_failed', { err: error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Waits for `work` until `deadline` (epoch ms); true when it settled in time. The work is not cancelled. */
export async function settlesBy(work: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    }),
  ]);
  if (timer) clearTimeout(timer);
  return settled;
}

/** The part of the grace kept for closing workers and connections after the drain: a fifth, at most 5 s. */
export function closingReserveMs(graceMs: number): number {
  return Math.min(5000, Math.floor(graceMs / 5));
}
