import type { Incident } from '../domain/incidents/incident';
import { markNotified as markNotifiedState, type NotifiedRefusal } from '../domain/obligations/deadline-state';
import type { NoticeTarget, ObligationRecord } from '../domain/obligations/obligation-record';
import { regimeLabel } from '../domain/obligations/regime-label';
import { type Announced, announceStored } from './announce-stored';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';

export type NotifiedOutcome =
  | { ok: true; incident: Incident; marked: ObligationRecord[]; cancelled: number; announced: Announced }
  | ({ ok: false; incident: Incident } & NotifiedRefusal);

/**
 * `/incident notified <regime>[/<recipient>] [note]`: marks the matching open obligations done (who, when,
 * note) inside the atomic update that also refuses a closed incident, records each on the timeline, cancels
 * their pending reminders, and tells the channel.
 */
export async function markNotified(
  ctx: FlowContext,
  actor: Actor,
  target: NoticeTarget,
  note?: string,
): Promise<NotifiedOutcome> {
  const incident = await incidentForMember(ctx, actor);
  const now = ctx.now();
  let refusal: NotifiedRefusal | null = null;
  let marked: ObligationRecord[] = [];
  await ctx.deadlines.update(
    incident.id,
    (current) => {
      const result = markNotifiedState(current, target, { by: actor.userId, at: now, ...(note ? { note } : {}) });
      if (!result.ok) {
        refusal = result;
        return null;
      }
      refusal = null;
      marked = result.marked;
      return result.next;
    },
    { whileOpen: 'notices' },
  );
  if (refusal) return { ok: false, incident, ...(refusal as NotifiedRefusal) };
  for (const o of marked) {
    await ctx.timeline.append(incident.id, {
      kind: 'notice_done',
      actor: actor.userId,
      at: o.doneAt ?? now.toISOString(),
      summary: `Notice given: ${regimeLabel(o.regime)} ${o.id} (${o.recipientName})${o.doneNote ? `: ${o.doneNote}` : ''}`,
      data: { obligationId: o.id, dueAt: o.dueAt, doneAt: o.doneAt, ...(o.doneNote ? { note: o.doneNote } : {}) },
      dedupeKey: `notice_done:${o.id}`,
    });
  }
  const cancelled = await ctx.reminders.cancelObligations(
    incident.id,
    marked.map((o) => o.id),
  );
  ctx.log.info('notice_done', { incident: incident.id, obligations: marked.length, remindersCancelled: cancelled });
  const announced = await announceStored(ctx, incident, {
    kind: 'notified',
    marked,
    actor: actor.userId,
    ...(note ? { note } : {}),
    cancelled,
  });
  return { ok: true, incident, marked, cancelled, announced };
}
