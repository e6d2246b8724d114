import type { Incident } from '../domain/incidents/incident';
import { cleanReason, reopened } from '../domain/incidents/incident-lifecycle';
import { Refusal } from '../domain/refusals';
import type { TimelineEntryInput } from '../domain/timeline/timeline-entry';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { ChatPostFailure } from './ports/chat';
import { type NotPosted, postAfterStore } from './post-after-store';
import { showLifecycleChange } from './show-lifecycle-change';
import { showRegister } from './show-register';
import { refreshChecklist } from './toggle-checklist';

export type ReopenOutcome =
  | { kind: 'already_open'; incident: Incident }
  | {
      kind: 'reopened';
      incident: Incident;
      /** True when this finished a reopen whose record was stored by an earlier, interrupted run. */
      finished?: boolean;
      /** Reminders planned again for the notices still open (0 when none are left to come). */
      remindersScheduled: number;
      /** True when the reminders could not be put back now; the worker's start puts them back. */
      remindersFailed: boolean;
      notPosted: NotPosted[];
    };

/**
 * `/incident reopen [reason]`: the commander's act (or any member's with LIFECYCLE_AUTHORITY=members). The
 * record is opened again together with its timeline entry, in one write (compare-and-set: two reopens reopen
 * once; who and why are kept on the record; the entry is keyed by the reopen's count, so it is written once),
 * then the reminders of the notices
 * still open are scheduled again through the same plan the open uses: digest job ids are derived from
 * incident, kind and instant, so the reminders the close cancelled come back once and a repeat adds nothing.
 * Then the header, the checklist (its controls back), the register and the channel.
 *
 * Every step after the record is idempotent. A record reopened without its entry (stored by a build that
 * wrote them apart, cut off between the two) is finished by the next `/incident reopen`: it finds the
 * timeline entry missing and does the rest, without telling the channel twice. A reopen cut off after its
 * one write gets its reminders back at the next worker start (resume-reminders.ts).
 *
 * Close never archives the channel (the record and the channel stay readable), so there is nothing to
 * unarchive. A close still being finished (its final summary not yet posted) is waited for: reopening under
 * it would have it cancel the reminders just put back.
 */
export async function reopenIncident(ctx: FlowContext, actor: Actor, typedReason?: string): Promise<ReopenOutcome> {
  const reason = cleanReason(typedReason);
  const found = await incidentForMember(ctx, actor);
  if (found.status !== 'closed') return finishInterrupted(ctx, found);
  await assertMayAct(ctx, found, actor, 'reopen');
  const close = await ctx.acts.getClose(found.id);
  if (close?.status === 'running') {
    throw new Refusal(
      'close_in_progress',
      `The close of ${found.id} is still being finished; nothing was reopened. Try again in a minute.`,
    );
  }
  // The record and its timeline entry in one write (TimelineStore.appendWithRecord): a crash never leaves the
  // incident open again without the entry that says who reopened it and why.
  const recorded = await ctx.timeline.appendWithRecord(found.id, (current) => {
    const result = reopened(current, ctx.now(), actor.userId, reason);
    return result.reopenedNow
      ? { next: result.next, entry: reopenEntry(result.next, ctx.now()), detail: true }
      : { next: current, entry: null, detail: false };
  });
  const incident = recorded.incident;
  if (!recorded.detail) return { kind: 'already_open', incident };
  await ctx.incidents.keepIndexed(incident);
  ctx.log.info('incident_reopened', { incident: incident.id, reopens: incident.reopens ?? 1 });
  return { kind: 'reopened', incident, ...(await showReopen(ctx, incident, true)) };
}

/**
 * `/incident reopen` on an open incident: nothing to reopen, unless an earlier reopen was cut off after its
 * record was stored (its timeline entry missing: a build that wrote them apart); then that reopen is finished,
 * whoever asks: it was authorised when its record was stored, and what is left only shows it (each step
 * idempotent). On an incident reopened before, with its entry, what shows the reopen is put back quietly (a
 * run cut off after its one write left the reminders and the header as the close had them); the answer is
 * that there is nothing to reopen, and the channel is not told again.
 */
async function finishInterrupted(ctx: FlowContext, incident: Incident): Promise<ReopenOutcome> {
  if (!incident.reopens || !incident.reopenedAt || !incident.reopenedBy) return { kind: 'already_open', incident };
  await ctx.incidents.keepIndexed(incident);
  if (!(await recordReopen(ctx, incident))) {
    await showReopen(ctx, incident, false);
    return { kind: 'already_open', incident };
  }
  ctx.log.info('reopen_finished', { incident: incident.id, reopens: incident.reopens });
  return { kind: 'reopened', finished: true, incident, ...(await showReopen(ctx, incident, false)) };
}

/** The reopen's timeline entry, from what the record keeps; false when it is there already. */
async function recordReopen(ctx: FlowContext, incident: Incident): Promise<boolean> {
  return (await ctx.timeline.append(incident.id, reopenEntry(incident, ctx.now()))).appended;
}

/** The entry a reopen puts on the timeline, from the reopened record (keyed by the reopen's count: once). */
function reopenEntry(incident: Incident, now: Date): TimelineEntryInput {
  const reason = incident.reopenReason;
  return {
    kind: 'reopened',
    actor: incident.reopenedBy ?? 'breachbot',
    at: incident.reopenedAt ?? now.toISOString(),
    summary: `Reopened${reason ? `: ${reason}` : ''}; status Investigating`,
    data: { reopens: incident.reopens ?? 1, ...(reason ? { reason } : {}) },
    dedupeKey: `reopened:${incident.reopens ?? 1}`,
  };
}

/** The reminders put back, and the reopen shown: header, checklist, register and (the first time) the channel. */
async function showReopen(
  ctx: FlowContext,
  incident: Incident,
  announce: boolean,
): Promise<Omit<Extract<ReopenOutcome, { kind: 'reopened' }>, 'kind' | 'incident' | 'finished'>> {
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
  const by = incident.reopenedBy ?? 'breachbot';
  const reason = incident.reopenReason;
  const notPosted = announce
    ? await showLifecycleChange(
        ctx,
        incident,
        { what: 'reopened', ...(reason ? { reason } : {}), remindersScheduled },
        by,
        { checklist: true },
      )
    : await refreshOnly(ctx, incident);
  const register = await postAfterStore(ctx, incident, 'register', async () => {
    const shown = await showRegister(ctx, incident);
    if (!shown.shown && shown.code !== 'no_obligations') throw new ChatPostFailure(shown.code);
  });
  if (register) notPosted.push(register);
  return { remindersScheduled, remindersFailed, notPosted };
}

async function refreshOnly(ctx: FlowContext, incident: Incident): Promise<NotPosted[]> {
  const header = await postAfterStore(ctx, incident, 'header', () => ctx.chat.refreshHeader(incident));
  const checklist = await postAfterStore(ctx, incident, 'checklist', () => refreshChecklist(ctx, incident));
  return [header, checklist].filter((p): p is NotPosted => p !== null);
}
