import type { FlowContext } from '../flows/context';
import type { HomeDeps } from '../flows/home-tab';
import type { RegisterFilesPort } from '../flows/ports/register-files';
import type { InFlight } from '../runtime/in-flight';

/** What every listener gets: the acts' context (with the Slack chat port) and the in-flight tracker. */
export interface ListenerDeps {
  ctx: FlowContext;
  inFlight: InFlight;
  /** False while the record store (Redis) is disconnected: an act then starts nothing (after-ack.ts). */
  recordStoreReady: () => boolean;
  /** Names and file uploads for the register export. */
  registerFiles: RegisterFilesPort;
  /** The Home tab's records and platform; absent: app_home_opened publishes nothing. */
  home?: HomeDeps;
}
