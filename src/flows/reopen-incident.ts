import type { Incident } from '../domain/incidents/incident';
import { cleanReason, reopened } from '../domain/incidents/incident-lifecycle';
import { Refusal } from '../domain/refusals';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { ChatPostFailure } from './ports/chat';
import { type NotPosted, postAfterStore } from './post-after-store';
import { showLifecycleChange } from './show-lifecycle-change';
import { showRegister } from './show-register';

export type ReopenOutcome =
  | { kind: 'already_open'; incident: Incident }
  | {
      kind: 'reopened';
      incident: Incident;
      /** Reminders planned again for the notices still open (0 when none are left to come). */
      remindersScheduled: number;
      /** True when the reminders could not be put back now; the worker's start puts them back. */
      remindersFailed: boolean;
      notPosted: NotPosted[];
    };

/**
 * `/incident reopen [reason]`: the commander's act (or any member's with LIFECYCLE_AUTHORITY=members). The
 * record is opened again first (compare-and-set: two reopens reopen once), then the timeline entry (keyed
 * by the reopen's count, so a retry never writes it twice), then the reminders of the notices still open are
 * scheduled again through the same plan the open uses: digest job ids are derived from incident, kind and
 * instant, so the reminders the close cancelled come back once and a repeat adds nothing. Then the header,
 * the checklist (its controls back), the register and the channel.
 *
 * Close never archives the channel (the record and the channel stay readable), so there is nothing to
 * unarchive. A close still being finished (its final summary not yet posted) is waited for: reopening under
 * it would have it cancel the reminders just put back.
 */
export async function reopenIncident(ctx: FlowContext, actor: Actor, typedReason?: string): Promise<ReopenOutcome> {
  const reason = cleanReason(typedReason);
  const found = await incidentForMember(ctx, actor);
  if (found.status !== 'closed') return { kind: 'already_open', incident: found };
  await assertMayAct(ctx, found, actor, 'reopen');
  const close = await ctx.acts.getClose(found.id);
  if (close?.status === 'running') {
    throw new Refusal(
      'close_in_progress',
      `The close of ${found.id} is still being finished; nothing was reopened. Try again in a minute.`,
    );
  }
  const at = ctx.now();
  let reopenedNow = false;
  const incident = await ctx.incidents.update(found.id, (current) => {
    const result = reopened(current, at);
    reopenedNow = result.reopenedNow;
    return result.next;
  });
  if (!reopenedNow) return { kind: 'already_open', incident };
  const count = incident.reopens ?? 1;
  await ctx.timeline.append(incident.id, {
    kind: 'reopened',
    actor: actor.userId,
    at: at.toISOString(),
    summary: `Reopened${reason ? `: ${reason}` : ''}; status Investigating`,
    data: { reopens: count, ...(reason ? { reason } : {}) },
    dedupeKey: `reopened:${count}`,
  });
  ctx.log.info('incident_reopened', { incident: incident.id, reopens: count });
  let remindersScheduled = 0;
  let remindersFailed = false;
  try {
    const state = await ctx.deadlines.get(incident.id);
    if (state) remindersScheduled = await ctx.reminders.scheduleIncident(incident, state.obligations, ctx.now());
  } catch (error) {
    // The reopen is stored: the reminders are put back by the next worker start (resume-reminders.ts).
    remindersFailed = true;
    ctx.log.error('reminders_reschedule_failed', { incident: incident.id, err: error });
  }
  const notPosted = await showLifecycleChange(
    ctx,
    incident,
    { what: 'reopened', ...(reason ? { reason } : {}), remindersScheduled },
    actor.userId,
    { checklist: true },
  );
  const register = await postAfterStore(ctx, incident, 'register', async () => {
    const shown = await showRegister(ctx, incident);
    if (!shown.shown && shown.code !== 'no_obligations') throw new ChatPostFailure(shown.code);
  });
  if (register) notPosted.push(register);
  return { kind: 'reopened', incident, remindersScheduled, remindersFailed, notPosted };
}
