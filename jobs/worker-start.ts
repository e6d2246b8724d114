import type { Worker } from 'bullmq';

/**
 * Runs a BullMQ worker made with `autorun: false` once its connection answers, not before. Run at once on a
 * Redis that does not answer, BullMQ's stalled-job check fails, waits out a fixed retry delay (5 s) and then
 * sleeps a full stalled interval (30 s by default), and `close()` cuts short neither: it only stops the check
 * while it sleeps (taskforcesh/bullmq#2650, open; the same loop in bullmq 6.2). A bot stopped while Redis was
 * down kept its process alive for up to 35 s after `stop()`. Started once connected, the check is asleep
 * when close() comes, unless Redis failed in the seconds before. A worker closed before its connection
 * answers never runs. `onError` hears any other failure to start.
 */
export function runWhenConnected<Data, Result, Name extends string>(
  worker: Worker<Data, Result, Name>,
  onError: (error: unknown) => void,
): void {
  worker
    .waitUntilReady()
    .then(() => (worker.closing ? undefined : worker.run()))
    .catch((error: unknown) => {
      // Closed while still connecting: the connection's own end, not a failure.
      if (!worker.closing) onError(error);
    });
}
