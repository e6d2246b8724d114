import type { Incident } from '../domain/incidents/incident';
import type { LifecycleChange } from '../domain/incidents/incident-lifecycle';
import { announceStored } from './announce-stored';
import type { FlowContext } from './context';
import { type NotPosted, postAfterStore } from './post-after-store';
import { refreshChecklist } from './toggle-checklist';

/**
 * After a lifecycle change is stored (record and timeline): the pinned header re-rendered, the channel topic
 * (severity and title are in it) and the checklist where the change touches them, and the channel told. Each
 * post that Slack refuses is returned for the person's answer, never thrown: the change is stored.
 */
export async function showLifecycleChange(
  ctx: FlowContext,
  incident: Incident,
  change: LifecycleChange,
  by: string,
  touches: { topic?: boolean; checklist?: boolean } = {},
): Promise<NotPosted[]> {
  const notPosted: NotPosted[] = [];
  // Severity, title and phase are on the Home tab of everyone who watches this incident.
  ctx.home?.incidentChanged(incident.id);
  const header = await postAfterStore(ctx, incident, 'header', () => ctx.chat.refreshHeader(incident));
  if (header) notPosted.push(header);
  if (touches.topic) {
    const topic = await postAfterStore(ctx, incident, 'topic', () => ctx.chat.setTopic(incident));
    if (topic) notPosted.push(topic);
  }
  if (touches.checklist) {
    const checklist = await postAfterStore(ctx, incident, 'checklist', () => refreshChecklist(ctx, incident));
    if (checklist) notPosted.push(checklist);
  }
  const announced = await announceStored(ctx, incident, { kind: 'lifecycle_changed', change, by });
  if (!announced.posted) notPosted.push({ what: 'announcement', code: announced.code });
  return notPosted;
}

/** What a lifecycle act answers: unchanged (the same change twice), or stored with the posts that failed. */
export type LifecycleOutcome<T> =
  | { changed: false; incident: Incident }
  | { changed: true; incident: Incident; previous: T; notPosted: NotPosted[] };
