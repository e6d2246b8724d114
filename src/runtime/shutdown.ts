import type { BotLog } from './log';

/**
 * SIGTERM/SIGINT: run `stop` once (stop taking requests, finish in-flight work, close workers and Redis),
 * then exit 0. A second signal while stopping exits at once with 1.
 */
export function installShutdown(stop: () => Promise<void>, log: BotLog): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info('shutdown_started', { signal });
    stop().then(
      () => {
        log.info('shutdown_complete');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('shutdown_failed', { err: error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
