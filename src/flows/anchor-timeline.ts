import type { Incident } from '../domain/incidents/incident';
import type { Anchor } from '../domain/timeline/anchor';
import type { BotLog } from '../runtime/log';
import type { AnchorRecords } from '../store/anchor-records';
import type { IncidentStore } from '../store/incident-store';
import type { TimelineStore } from '../store/timeline-store';
import type { AnchorPort, TimelineAnchoring } from './ports/anchors';

export interface AnchorDeps {
  incidents: IncidentStore;
  timeline: TimelineStore;
  records: AnchorRecords;
  port: AnchorPort;
  log: BotLog;
}

/**
 * Writes the chain's state (length, head hash) into the incident channel's anchor message: updated in place,
 * or posted when there is none yet or it was deleted. Nothing is posted when the message already says it.
 * Appends that land while it is being posted are anchored by a second round; an anchor is always a true
 * prefix of the chain, so one that lags behind is never wrong, only less recent.
 */
export async function anchorTimeline(deps: AnchorDeps, incidentId: string): Promise<Anchor | null> {
  const incident = await deps.incidents.get(incidentId);
  if (!incident) return null;
  let anchored: Anchor | null = null;
  for (let round = 0; round < 3; round += 1) {
    const length = await deps.timeline.length(incidentId);
    const last = length > 0 ? await deps.timeline.entries(incidentId, length - 1, length - 1) : [];
    const head = last[0];
    if (!head) return anchored;
    const anchor: Anchor = { incident_id: incidentId, length, head_hash: head.hash };
    const record = await deps.records.get(incidentId);
    if (record && record.length === anchor.length && record.head_hash === anchor.head_hash) return anchor;
    const ts = await deps.port.publish(incident, anchor, record ? await updatable(deps, incident, record.ts) : null);
    await deps.records.set(incidentId, { ...anchor, ts });
    deps.log.info('timeline_anchored', { incident: incidentId, length: anchor.length });
    anchored = anchor;
  }
  return anchored;
}

/**
 * The anchor message may be updated only while the chain still holds what it says (read from Slack, not from
 * the Redis record, which whoever rewrote the chain could rewrite too). Otherwise it is left as evidence and
 * a new anchor message is posted; the mismatch is logged for `breachbot verify` to explain.
 */
async function updatable(deps: AnchorDeps, incident: Incident, ts: string): Promise<string | null> {
  const previous = await deps.port.readAt(incident, ts);
  if (!previous) return null;
  const [at] =
    previous.length > 0 ? await deps.timeline.entries(incident.id, previous.length - 1, previous.length - 1) : [];
  if (at?.hash === previous.head_hash) return ts;
  deps.log.error('timeline_anchor_mismatch', { incident: incident.id, anchoredLength: previous.length });
  return null;
}

/** Anchoring for the acts: now, with failures logged (the act that asked has already succeeded). */
export function timelineAnchoring(deps: AnchorDeps): TimelineAnchoring {
  return {
    async anchorNow(incidentId) {
      await anchorTimeline(deps, incidentId).catch((error: unknown) =>
        deps.log.error('timeline_anchor_failed', { incident: incidentId, err: error }),
      );
    },
    async read(incident) {
      return deps.port.read(incident).catch((error: unknown) => {
        deps.log.warn('timeline_anchors_unreadable', { incident: incident.id, err: error });
        return null;
      });
    },
  };
}
