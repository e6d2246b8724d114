import type { QueueReading } from '../../src/runtime/metrics';
import type { ReminderQueue } from './queue';

/**
 * The reminders queue as /metrics reports it, read at scrape time: jobs by state, and the lag: how far past
 * its run time the most overdue job that has not started is. A delayed job past its time means no worker is
 * promoting jobs; a waiting job past its time means workers are too few or stuck. Either way reminders are late.
 */
export function reminderQueueProbe(queue: ReminderQueue, now: () => Date): () => Promise<QueueReading> {
  return async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    const [soonestDelayed] = await queue.getDelayed(0, 0);
    const [oldestWaiting] = await queue.getWaiting(0, 0);
    const at = now().getTime();
    const lagMs = Math.max(
      0,
      ...[soonestDelayed, oldestWaiting].flatMap((job) => (job ? [at - (job.timestamp + (job.delay ?? 0))] : [])),
    );
    return {
      queue: queue.name,
      counts: {
        waiting: counts.waiting ?? 0,
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        completed: counts.completed ?? 0,
      },
      lagSeconds: lagMs / 1000,
    };
  };
}
