import { performance } from 'node:perf_hooks';
import type { App, ReceiverEvent } from '@slack/bolt';
import type { BotMetrics } from '../../runtime/metrics';

/**
 * Ack latency: from the receiver handing a verified request to Bolt to that request's ack(), by kind
 * (`command`, `block_actions`, `view_submission`, `shortcut`, `event_callback`, …). Both receivers (HTTP and
 * Socket Mode) call `app.processEvent`, and Bolt hands the listeners copies of its arguments, so the ack is
 * wrapped on the event itself, before Bolt sees it.
 */
export function timeAcks(app: App, metrics: BotMetrics): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const started = performance.now();
    const kind = requestKind(event.body);
    const ack = event.ack;
    let timed = false;
    const timedAck: ReceiverEvent['ack'] = async (response) => {
      try {
        return await ack(response);
      } finally {
        if (!timed) metrics.ackLatency(kind, (performance.now() - started) / 1000);
        timed = true;
      }
    };
    return processEvent({ ...event, ack: timedAck });
  };
}

function requestKind(body: unknown): string {
  const b = body as { command?: unknown; type?: unknown } | undefined;
  if (typeof b?.command === 'string') return 'command';
  return typeof b?.type === 'string' && /^[a-z_]{1,40}$/.test(b.type) ? b.type : 'other';
}
