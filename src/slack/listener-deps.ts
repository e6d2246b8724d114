import type { FlowContext } from '../flows/context';
import type { InFlight } from '../runtime/in-flight';

/** What every listener gets: the acts' context (with the Slack chat port) and the in-flight tracker. */
export interface ListenerDeps {
  ctx: FlowContext;
  inFlight: InFlight;
  /** False while the record store (Redis) is disconnected: an act then starts nothing (after-ack.ts). */
  recordStoreReady: () => boolean;
}
