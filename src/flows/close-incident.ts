import { type CloseAct, type CloseStep, newCloseAct, nextCloseStep } from '../domain/acts/close-act';
import { type Incident, incidentClock } from '../domain/incidents/incident';
import { closed } from '../domain/incidents/incident-lifecycle';
import { isOutstanding } from '../domain/obligations/obligation-record';
import { type SummaryObligation, summariseObligations } from '../domain/summary/incident-summary';
import { errorName } from '../runtime/log';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';
import { postSummary } from './post-summary';
import { refreshChecklist } from './toggle-checklist';

export type CloseRequestOutcome =
  | { kind: 'closed'; incident: Incident }
  | { kind: 'already_closed'; incident: Incident }
  | { kind: 'confirm'; incident: Incident; outstanding: SummaryObligation[] };

/** Obligations not yet given (open or overdue on the incident's clock), in due order. */
export async function outstandingObligations(ctx: FlowContext, incident: Incident): Promise<SummaryObligation[]> {
  const state = await ctx.deadlines.get(incident.id);
  if (!state) return [];
  return summariseObligations(state.obligations, incidentClock(incident), ctx.now()).filter((o) =>
    isOutstanding(o.status),
  );
}

/**
 * `/incident close`: closes at once when every notice is given (or none were computed); otherwise the
 * person is asked, privately, to confirm over the open obligations. The ask is itself recorded.
 */
export async function requestClose(ctx: FlowContext, actor: Actor): Promise<CloseRequestOutcome> {
  const incident = await incidentForMember(ctx, actor);
  if (incident.status === 'closed') return { kind: 'already_closed', incident };
  const outstanding = await outstandingObligations(ctx, incident);
  if (outstanding.length === 0) {
    const result = await closeIncident(ctx, incident, actor.userId);
    return result ? { kind: 'closed', incident: result } : { kind: 'already_closed', incident };
  }
  await ctx.timeline.append(incident.id, {
    kind: 'close_requested',
    actor: actor.userId,
    at: ctx.now().toISOString(),
    summary: `Close requested with ${outstanding.length} obligation(s) open; confirmation asked`,
    data: { openObligations: outstanding.map((o) => o.id) },
  });
  return { kind: 'confirm', incident, outstanding };
}

/**
 * "Close incident" on the confirmation. The gate is checked again: the button may be pressed long after it
 * was shown, by someone no longer in the channel, or in another incident's channel.
 */
export async function confirmClose(
  ctx: FlowContext,
  actor: Actor,
  incidentId: string,
): Promise<{ closedNow: boolean; incident: Incident }> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, incidentId, 'nothing was closed');
  const result = await closeIncident(ctx, incident, actor.userId);
  return { closedNow: result !== null, incident: result ?? incident };
}

/**
 * Closes the incident as a resumable act: the intent (who, when, what is still open) is stored first, then
 * the record is marked closed (from then on every change is refused inside its atomic write), then the
 * timeline entry, the reminders cancelled, the header and checklist re-rendered without buttons, and the
 * final summary posted. A crash at any point is finished by the resumer. Null when the incident was already
 * closed, or a close of it is already under way (a second Confirm).
 */
async function closeIncident(ctx: FlowContext, incident: Incident, actor: string): Promise<Incident | null> {
  const open = await outstandingObligations(ctx, incident);
  const act = newCloseAct(
    incident.id,
    actor,
    ctx.now(),
    open.map((o) => o.id),
  );
  if (!(await ctx.acts.createClose(act))) return null;
  const run = await runClose(ctx, incident.id);
  if (run === 'already_closed') return null;
  return ctx.incidents.get(incident.id);
}

/**
 * Runs a close's remaining steps under its lease. Returns how it ended; 'busy' when another process runs it.
 * A step that fails is logged and left for the resumer (the record is closed already: the incident is closed).
 */
export async function runClose(
  ctx: FlowContext,
  incidentId: string,
): Promise<'finished' | 'already_closed' | 'busy' | 'unfinished'> {
  const lease = await ctx.acts.lease(incidentId, 'close');
  if (!lease) return 'busy';
  try {
    let act = await ctx.acts.getClose(incidentId);
    if (act?.status !== 'running') return act?.status === 'already_closed' ? 'already_closed' : 'finished';
    act = { ...act, runs: act.runs + 1 };
    for (let step = nextCloseStep(act); step !== null; step = nextCloseStep(act)) {
      if (!lease.held()) return 'busy';
      const again = act.started.includes(step);
      if (!again) {
        act = { ...act, started: [...act.started, step] };
        await ctx.acts.saveClose(act);
      }
      let outcome: 'done' | 'already_closed';
      try {
        outcome = await CLOSE_STEP_HANDLERS[step](ctx, act, again);
      } catch (error) {
        ctx.log.error('act_unfinished', { act: 'close', incident: incidentId, step, error: errorName(error) });
        await ctx.acts.saveClose(act);
        return 'unfinished';
      }
      if (outcome === 'already_closed') {
        await ctx.acts.endClose({ ...act, status: 'already_closed' });
        return 'already_closed';
      }
      act = { ...act, started: act.started.filter((s) => s !== step), done: [...act.done, step] };
      await ctx.acts.saveClose(act);
    }
    await ctx.acts.endClose({ ...act, status: 'finished' });
    ctx.log.info('act_finished', { act: 'close', incident: incidentId, runs: act.runs });
    return 'finished';
  } finally {
    await lease.release().catch(() => undefined);
  }
}

async function closedRecord(ctx: FlowContext, id: string): Promise<Incident> {
  const record = await ctx.incidents.get(id);
  if (!record) throw new Error(`incident ${id} not found`);
  return record;
}

const CLOSE_STEP_HANDLERS: Record<
  CloseStep,
  (ctx: FlowContext, act: CloseAct, again: boolean) => Promise<'done' | 'already_closed'>
> = {
  async record(ctx, act, again) {
    let closedNow = false;
    await ctx.incidents.update(act.incidentId, (current) => {
      const result = closed(current, new Date(act.at));
      closedNow = result.closedNow;
      return result.next;
    });
    if (closedNow)
      ctx.log.info('incident_closed', { incident: act.incidentId, openObligations: act.openObligations.length });
    // Closed by this act in an earlier run (the record step was started) is this act's close.
    return closedNow || again ? 'done' : 'already_closed';
  },
  async timeline(ctx, act) {
    const open = act.openObligations;
    await ctx.timeline.append(act.incidentId, {
      kind: 'closed',
      actor: act.actor,
      at: act.at,
      summary: `Closed${open.length ? ` with ${open.length} obligation(s) still open: ${open.join(', ')}` : ''}`,
      data: { openObligations: open },
      dedupeKey: 'closed',
    });
    return 'done';
  },
  async reminders(ctx, act) {
    // A failed cancellation must not undo the close; it is logged, and the close still completes.
    const cancelled = await ctx.reminders.cancelIncident(act.incidentId).catch((error: unknown) => {
      ctx.log.error('reminders_cancel_failed', { incident: act.incidentId, error: errorName(error) });
      return -1;
    });
    if (cancelled >= 0) ctx.log.info('reminders_cancelled', { incident: act.incidentId, count: cancelled });
    return 'done';
  },
  async header(ctx, act) {
    await ctx.chat.refreshHeader(await closedRecord(ctx, act.incidentId));
    return 'done';
  },
  async checklist(ctx, act) {
    await refreshChecklist(ctx, await closedRecord(ctx, act.incidentId));
    return 'done';
  },
  async summary(ctx, act, again) {
    const record = await closedRecord(ctx, act.incidentId);
    // Posted by an earlier run (the message found by its metadata): only the file is attached. A file whose
    // upload was itself cut off may then be attached twice; the message never is.
    const found = again
      ? await ctx.chat.findActPost(record.channelId, record.id, 'final_summary', Date.parse(act.createdAt))
      : null;
    await postSummary(ctx, record, { actor: act.actor, final: true, ...(found ? { messageTs: found } : {}) });
    return 'done';
  },
};
