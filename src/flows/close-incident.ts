import { CLOSE_STEPS, type CloseAct, type CloseStep, newCloseAct } from '../domain/acts/close-act';
import { type Incident, incidentClock } from '../domain/incidents/incident';
import { cleanReason, closed } from '../domain/incidents/incident-lifecycle';
import { isOutstanding } from '../domain/obligations/obligation-record';
import { Refusal } from '../domain/refusals';
import { type SummaryObligation, summariseObligations } from '../domain/summary/incident-summary';
import { assertMayAct } from './authority-gate';
import type { Actor, FlowContext } from './context';
import { assertSameIncident, incidentForMember } from './incident-gate';
import { ChatPostFailure } from './ports/chat';
import { failureCode, type NotPosted } from './post-after-store';
import { postSummary } from './post-summary';
import { showRegister } from './show-register';
import { refreshChecklist } from './toggle-checklist';

export type CloseRequestOutcome =
  | { kind: 'closed'; incident: Incident; notPosted: NotPosted[] }
  | { kind: 'already_closed'; incident: Incident }
  | { kind: 'confirm'; incident: Incident; outstanding: SummaryObligation[]; reason?: string };

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
export async function requestClose(ctx: FlowContext, actor: Actor, typedReason?: string): Promise<CloseRequestOutcome> {
  const reason = cleanReason(typedReason);
  const incident = await incidentForMember(ctx, actor);
  if (incident.status === 'closed') return { kind: 'already_closed', incident };
  await assertMayAct(ctx, incident, actor, 'close');
  const outstanding = await outstandingObligations(ctx, incident);
  if (outstanding.length === 0) {
    const result = await closeIncident(ctx, incident, actor.userId, reason);
    return result ? { kind: 'closed', ...result } : { kind: 'already_closed', incident };
  }
  await ctx.timeline.append(incident.id, {
    kind: 'close_requested',
    actor: actor.userId,
    at: ctx.now().toISOString(),
    summary: `Close requested with ${outstanding.length} obligation(s) open; confirmation asked${reason ? `. Reason: ${reason}` : ''}`,
    data: { openObligations: outstanding.map((o) => o.id), ...(reason ? { reason } : {}) },
  });
  return { kind: 'confirm', incident, outstanding, ...(reason ? { reason } : {}) };
}

/**
 * "Close incident" on the confirmation. The gate is checked again: the button may be pressed long after it
 * was shown, by someone no longer in the channel, or in another incident's channel.
 */
export async function confirmClose(
  ctx: FlowContext,
  actor: Actor,
  incidentId: string,
  asked: { reason?: string; reopens?: number } = {},
): Promise<{ closedNow: boolean; incident: Incident; notPosted: NotPosted[] }> {
  const incident = await incidentForMember(ctx, actor);
  assertSameIncident(incident, incidentId, 'nothing was closed');
  // A confirmation asked before the incident was reopened is not a wish to close it again.
  if (incident.status === 'open' && (asked.reopens ?? 0) !== (incident.reopens ?? 0)) {
    throw new Refusal(
      'stale_confirmation',
      `${incident.id} was reopened after this confirmation was asked; nothing was closed. Run \`/incident close\` again to close it.`,
    );
  }
  // Checked again at the button: the commander may have changed since the confirmation was shown.
  await assertMayAct(ctx, incident, actor, 'close');
  const result = await closeIncident(ctx, incident, actor.userId, cleanReason(asked.reason));
  return result ? { closedNow: true, ...result } : { closedNow: false, incident, notPosted: [] };
}

/**
 * A drill whose DRILL_AUTO_CLOSE_HOURS are up (the `drill-auto-close` job): closed as `/incident close` would,
 * by the bot, whatever is still open (nothing in a drill is a legal duty). True when this call closed it;
 * false when it was closed already, is gone, is not a drill (a real incident is never closed by a timer), or
 * has been reopened since the job was scheduled (`reopens`, the record's count then): a reopened drill has
 * its own timer, counted from the reopen (jobs/reminders/scheduler.ts scheduleDrillClose).
 */
export async function autoCloseDrill(ctx: FlowContext, incidentId: string, reopens = 0): Promise<boolean> {
  const incident = await ctx.incidents.get(incidentId);
  if (!incident?.drill || incident.status === 'closed') return false;
  if ((incident.reopens ?? 0) !== reopens) {
    ctx.log.info('drill_auto_close_skipped', { incident: incidentId, reopens: incident.reopens ?? 0 });
    return false;
  }
  return (await closeIncident(ctx, incident, 'breachbot')) !== null;
}

/**
 * Closes the incident as a resumable act: the intent (who, when, what is still open) is stored first, then
 * the record is marked closed (from then on every change is refused inside its atomic write), then the
 * timeline entry, the reminders cancelled, the header and checklist re-rendered without buttons, and the
 * final summary posted. A crash at any point is finished by the resumer. Null when the incident was already
 * closed, or a close of it is already under way (a second Confirm).
 */
async function closeIncident(
  ctx: FlowContext,
  incident: Incident,
  actor: string,
  reason?: string,
): Promise<{ incident: Incident; notPosted: NotPosted[] } | null> {
  const open = await outstandingObligations(ctx, incident);
  const act = newCloseAct(
    incident.id,
    actor,
    ctx.now(),
    open.map((o) => o.id),
    reason,
  );
  if (!(await ctx.acts.createClose(act)) && !(await replaceCloseBeforeReopen(ctx, act))) return null;
  const run = await runClose(ctx, incident.id);
  if (run.kind === 'already_closed') return null;
  const record = await ctx.incidents.get(incident.id);
  return record ? { incident: record, notPosted: run.notPosted } : null;
}

/**
 * A close act is kept once it ended, so a second Confirm finds it and does nothing. An incident that is open
 * again was reopened since that close (issue 12): its ended act is replaced by this one. Null-safe against a
 * close running right now, and against the incident having been closed meanwhile.
 */
async function replaceCloseBeforeReopen(ctx: FlowContext, act: CloseAct): Promise<boolean> {
  const [existing, current] = await Promise.all([ctx.acts.getClose(act.incidentId), ctx.incidents.get(act.incidentId)]);
  if (!existing || existing.status === 'running' || current?.status !== 'open') return false;
  return ctx.acts.replaceEndedClose(act);
}

/** How a run of a close ended; `notPosted`: the posts Slack did not take this time (the resumer tries again). */
export interface CloseRun {
  kind: 'finished' | 'already_closed' | 'busy' | 'unfinished';
  notPosted: NotPosted[];
}

/** The steps that only show the stored close in Slack: one refused does not hold the others back. */
const POST_STEPS: ReadonlySet<CloseStep> = new Set<CloseStep>(['header', 'checklist', 'summary', 'register']);

/**
 * Runs a close's remaining steps under its lease. Returns how it ended; 'busy' when another process runs it.
 * A step that fails is logged and left for the resumer (the record is closed already: the incident is closed).
 */
export async function runClose(ctx: FlowContext, incidentId: string): Promise<CloseRun> {
  const lease = await ctx.acts.lease(incidentId, 'close');
  if (!lease) return { kind: 'busy', notPosted: [] };
  const notPosted: NotPosted[] = [];
  try {
    const stored = await ctx.acts.getClose(incidentId);
    if (stored?.status !== 'running') {
      return { kind: stored?.status === 'already_closed' ? 'already_closed' : 'finished', notPosted };
    }
    let act: CloseAct = { ...stored, runs: stored.runs + 1 };
    for (const step of CLOSE_STEPS) {
      if (act.done.includes(step)) continue;
      if (!lease.held()) return { kind: 'busy', notPosted };
      const again = act.started.includes(step);
      if (!again) {
        act = { ...act, started: [...act.started, step] };
        await ctx.acts.saveClose(act);
      }
      let outcome: 'done' | 'already_closed';
      // What a step records before its side effect (the summary file's id), kept on the act from then on.
      let noted: Partial<CloseAct> = {};
      const note = async (patch: Partial<CloseAct>) => {
        noted = { ...noted, ...patch };
        await ctx.acts.saveClose({ ...act, ...noted });
      };
      try {
        outcome = await CLOSE_STEP_HANDLERS[step](ctx, act, again, note).finally(() => {
          act = { ...act, ...noted };
        });
      } catch (error) {
        if (POST_STEPS.has(step)) {
          // The incident is closed: a post Slack refused is reported and left to the resumer, and the next
          // post still goes out.
          ctx.log.error('post_after_store_failed', { incident: incidentId, what: step, err: error });
          notPosted.push({ what: step as NotPosted['what'], code: failureCode(error) });
          continue;
        }
        ctx.log.error('act_unfinished', { act: 'close', incident: incidentId, step, err: error });
        await ctx.acts.saveClose(act);
        return { kind: 'unfinished', notPosted };
      }
      if (outcome === 'already_closed') {
        await ctx.acts.endClose({ ...act, status: 'already_closed' });
        return { kind: 'already_closed', notPosted };
      }
      act = { ...act, started: act.started.filter((s) => s !== step), done: [...act.done, step] };
      await ctx.acts.saveClose(act);
    }
    if (notPosted.length > 0) {
      await ctx.acts.saveClose(act);
      return { kind: 'unfinished', notPosted };
    }
    await ctx.acts.endClose({ ...act, status: 'finished' });
    ctx.log.info('act_finished', { act: 'close', incident: incidentId, runs: act.runs });
    return { kind: 'finished', notPosted };
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
  (
    ctx: FlowContext,
    act: CloseAct,
    again: boolean,
    note: (patch: Partial<CloseAct>) => Promise<void>,
  ) => Promise<'done' | 'already_closed'>
> = {
  async record(ctx, act, again) {
    let closedNow = false;
    await ctx.incidents.update(act.incidentId, (current) => {
      const result = closed(current, new Date(act.at), act.reason);
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
      summary: `Closed${open.length ? ` with ${open.length} obligation(s) still open: ${open.join(', ')}` : ''}${act.reason ? `. Reason: ${act.reason}` : ''}`,
      data: { openObligations: open, ...(act.reason ? { reason: act.reason } : {}) },
      // One entry per close: a reopened incident closed again gets its own.
      dedupeKey: `closed:${act.createdAt}`,
    });
    return 'done';
  },
  async reminders(ctx, act) {
    // A failed cancellation must not undo the close; it is logged, and the close still completes.
    const cancelled = await ctx.reminders.cancelIncident(act.incidentId).catch((error: unknown) => {
      ctx.log.error('reminders_cancel_failed', { incident: act.incidentId, err: error });
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
  async summary(ctx, act, again, note) {
    const record = await closedRecord(ctx, act.incidentId);
    const since = Date.parse(act.createdAt);
    // Posted by an earlier run (the message found by its metadata): only the file is attached, and not even
    // that when the file it recorded before sharing is in the channel (the run died during the share).
    const found = again ? await ctx.chat.findActPost(record.channelId, record.id, 'final_summary', since) : null;
    const earlier = again ? act.summaryFile : undefined;
    const attached =
      found && earlier && (await ctx.chat.findSharedFile(record.channelId, earlier.id, since)) ? earlier : undefined;
    if (earlier && !attached) {
      // The earlier file is not in the channel, yet it may still get there: its share may be on its way (sent
      // by the run that died, held up at Slack), or done without reaching the channel yet. It is deleted before
      // a fresh copy goes up, so it can never land beside that copy; one that landed since the look above is
      // taken out of the channel by the same delete. Not deleted (Slack refused or failed): no fresh copy either,
      // the step is left to the resumer.
      await ctx.chat.discardFile(earlier.id);
      ctx.log.info('summary_file_discarded', { incident: record.id, file: earlier.id });
    }
    await postSummary(ctx, record, {
      actor: act.actor,
      final: true,
      ...(found ? { messageTs: found } : {}),
      ...(attached ? { attached } : {}),
      fileStarted: (summaryFile) => note({ summaryFile }),
      dedupeKey: `final_summary:${act.createdAt}`,
    });
    return 'done';
  },
  async register(ctx, act) {
    const shown = await showRegister(ctx, await closedRecord(ctx, act.incidentId));
    if (!shown.shown && shown.code !== 'no_obligations') throw new ChatPostFailure(shown.code);
    return 'done';
  },
};
