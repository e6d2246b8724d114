import type { MessageMetadata } from '@slack/web-api';
import type { Incident } from '../../domain/incidents/incident';
import { ANCHOR_EVENT_TYPE, type Anchor } from '../../domain/timeline/anchor';

/** The metadata every anchor (and every summary message) carries. */
export function anchorMetadata(anchor: Anchor): MessageMetadata {
  return { event_type: ANCHOR_EVENT_TYPE, event_payload: { ...anchor } };
}

/** The anchor message: what it is for in words, the chain's state in its metadata. */
export function anchorMessage(incident: Pick<Incident, 'id' | 'drill'>, anchor: Anchor) {
  return {
    text:
      `${incident.drill ? '[DRILL] ' : ''}:link: Timeline anchor for ${incident.id}: ${anchor.length} entries, last hash \`${anchor.head_hash.slice(0, 16)}…\`. ` +
      `breachbot keeps this message current so that \`breachbot verify ${incident.id}\` can check the record kept in Redis against it. Please do not delete it.`,
    metadata: anchorMetadata(anchor),
  };
}
