import type { Incident } from '../../domain/incidents/incident';
import type { Anchor } from '../../domain/timeline/anchor';

/** The anchor message in the incident channel (src/domain/timeline/anchor.ts), over the chat platform. */
export interface AnchorPort {
  /** Updates the anchor message `ts` to carry `anchor`, or posts a new one (no ts, or it is gone); its ts. */
  publish(incident: Incident, anchor: Anchor, ts: string | null): Promise<string>;
  /** The anchor message `ts` as Slack holds it now; null when it is gone or carries no anchor. */
  readAt(incident: Pick<Incident, 'id' | 'channelId'>, ts: string): Promise<Anchor | null>;
  /** Every anchor of this incident the bot posted in the channel (anchor and summary messages). */
  read(incident: Pick<Incident, 'id' | 'channelId'>): Promise<Anchor[]>;
}

/** Anchoring as the acts ask for it: soon (debounced, after appends) or now (summary, close). */
export interface TimelineAnchoring {
  /** Anchors the chain as it stands; failures are logged, never thrown (the act itself succeeded). */
  anchorNow(incidentId: string): Promise<void>;
  /** The anchors the channel holds; null when they cannot be read. */
  read(incident: Pick<Incident, 'id' | 'channelId'>): Promise<Anchor[] | null>;
}
