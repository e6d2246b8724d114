import { type Incident, incidentClock } from '../domain/incidents/incident';
import { closed } from '../domain/incidents/incident-lifecycle';
import { isOutstanding } from '../domain/obligations/obligation-record';
import { type SummaryObligation, summariseObligations } from '../domain/summary/incident-summary';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';
import { type NotPosted, postAfterStore } from './post-after-store';
import { postSummary } from './post-summary';
import { showRegister } from './show-register';
import { refreshChecklist } from './toggle-checklist';

export type CloseRequestOutcome =
  | { kind: 'closed'; incident: Incident; notPosted: NotPosted[] }
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
  await assertMayAct(ctx, incident, actor, 'close');
  const outstanding = await outstandingObligations(ctx, incident);
  if (outstanding.length === 0) {
    const result = await closeIncident(ctx, incident, actor.userId);
    return result ? { kind: 'closed', ...result } : { kind: 'already_closed', incident };
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
): Promise<{ closedNow: boolean; incident: Incident; notPosted: NotPosted[] }> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, incidentId, 'nothing was closed');
  // Checked again at the button: the commander may have changed since the confirmation was shown.
  await assertMayAct(ctx, incident, actor, 'close');
  const result = await closeIncident(ctx, incident, actor.userId);
  return result ? { closedNow: true, ...result } : { closedNow: false, incident, notPosted: [] };
}

/**
 * A drill whose DRILL_AUTO_CLOSE_HOURS are up (the `drill-auto-close` job): closed as `/incident close` would,
 * by the bot, whatever is still open (nothing in a drill is a legal duty). True when this call closed it;
 * false when it was closed already, is gone, or is not a drill (a real incident is never closed by a timer).
 */
export async function autoCloseDrill(ctx: FlowContext, incidentId: string): Promise<boolean> {
  const incident = await ctx.incidents.get(incidentId);
  if (!incident?.drill || incident.status === 'closed') return false;
  return (await closeIncident(ctx, incident, 'breachbot')) !== null;
}

/**
 * Closes the incident: the record first (from then on every change is refused inside its atomic write), then
 * the timeline entry, then the reminders are cancelled, the header and checklist re-rendered without
 * buttons, and the final summary posted. Null when it was already closed (a second Confirm).
 */
async function closeIncident(
  ctx: FlowContext,
  incident: Incident,
  actor: string,
): Promise<{ incident: Incident; notPosted: NotPosted[] } | null> {
  const at = ctx.now();
  const open = await outstandingObligations(ctx, incident);
  let closedNow = false;
  const record = await ctx.incidents.update(incident.id, (current) => {
    const result = closed(current, at);
    closedNow = result.closedNow;
    return result.next;
  });
  if (!closedNow) return null;
  await ctx.timeline.append(record.id, {
    kind: 'closed',
    actor,
    at: at.toISOString(),
    summary: `Closed${open.length ? ` with ${open.length} obligation(s) still open: ${open.map((o) => o.id).join(', ')}` : ''}`,
    data: { openObligations: open.map((o) => o.id) },
    dedupeKey: 'closed',
  });
  ctx.log.info('incident_closed', { incident: record.id, openObligations: open.length });
  // A failed cancellation must not undo the close; it is logged, and the close still completes.
  const cancelled = await ctx.reminders.cancelIncident(record.id).catch((error: unknown) => {
    ctx.log.error('reminders_cancel_failed', { incident: record.id, err: error });
    return -1;
  });
  if (cancelled >= 0) ctx.log.info('reminders_cancelled', { incident: record.id, count: cancelled });
  // The incident is closed from here on: a post that fails is reported, never taken for a failed close.
  const notPosted = [
    await postAfterStore(ctx, record, 'header', () => ctx.chat.refreshHeader(record)),
    await postAfterStore(ctx, record, 'checklist', () => refreshChecklist(ctx, record)),
    await postAfterStore(ctx, record, 'summary', () => postSummary(ctx, record, { actor, final: true })),
  ].filter((p): p is NotPosted => p !== null);
  const register = await showRegister(ctx, record);
  if (!register.shown && register.code !== 'no_obligations') notPosted.push({ what: 'register', code: register.code });
  return { incident: record, notPosted };
}
