import type { Incident } from '../domain/incidents/incident';
import { computeWithCatalog } from '../domain/obligations/catalog-engine';
import {
  type DeadlineState,
  markNotified as markNotifiedState,
  type NotifiedRefusal,
  reopenNotices,
} from '../domain/obligations/deadline-state';
import type { NoticeTarget } from '../domain/obligations/notice-target';
import {
  DEFAULT_INCIDENT_ZONE,
  NO_ZONE_WORDS,
  resolveSentAt,
  type SentAtInput,
} from '../domain/obligations/notice-time';
import { diffObligations, type MovedObligation } from '../domain/obligations/obligation-diff';
import type { ObligationRecord } from '../domain/obligations/obligation-record';
import { regimeLabel } from '../domain/obligations/regime-label';
import { Refusal } from '../domain/refusals';
import type { TimelineEntryInput } from '../domain/timeline/timeline-entry';
import { type Announced, announceStored } from './announce-stored';
import type { Actor, FlowContext } from './context';
import { incidentForMember } from './incident-gate';
import { computingAhead } from './obligations-ahead';
import { type RegisterShown, showRegister, withRegisterMark } from './show-register';

export interface NotifiedOptions {
  note?: string;
  /** When the notice went out (`--at`, the register's date picker); now when absent. */
  at?: SentAtInput;
  /** Who gave the notice, when someone else records it (the register's "who"); the actor when absent. */
  by?: string;
}

export type NotifiedOutcome =
  | {
      ok: true;
      incident: Incident;
      marked: ObligationRecord[];
      /** Notices counted from the ones marked (relational clocks) whose due time moved. */
      moved: MovedObligation[];
      /** Pending reminders removed (of the notices given and of the moved ones) and added (moved ones). */
      cancelled: number;
      rescheduled: number;
      /** How a bare `--at` date was read, to say back; null for an instant or none. */
      readAs: string | null;
      stages: ObligationRecord[];
      announced: Announced;
      register: RegisterShown;
    }
  | ({ ok: false; incident: Incident } & NotifiedRefusal);

export type ReopenOutcome =
  | {
      ok: true;
      incident: Incident;
      reopened: ObligationRecord[];
      moved: MovedObligation[];
      rescheduled: number;
      announced: Announced;
      register: RegisterShown;
    }
  | ({ ok: false; incident: Incident } & NotifiedRefusal);

/** Notices counted from the ones just given or reopened, re-dated: on the timeline as a recomputation is. */
function movedEntries(
  version: number,
  moved: readonly MovedObligation[],
  because: string,
  at: Date,
): TimelineEntryInput[] {
  if (moved.length === 0) return [];
  return [
    {
      kind: 'obligations_computed',
      actor: 'breachbot',
      at: at.toISOString(),
      summary: `Obligations re-dated (${because}): ${moved.map((m) => m.after.id).join(', ')}`,
      data: {
        version,
        moved: moved.map((m) => ({ id: m.after.id, from: m.before.dueAt, to: m.after.dueAt })),
      },
      dedupeKey: `obligations:v${version}`,
    },
  ];
}

/**
 * A retried `notified` (or `--undo`) that finds its change already stored: the reminders replaced as the run
 * that stored it would have replaced them, from the state before it (`before`, rebuilt by the inverse change)
 * to the stored one. That run may have died between storing the notices and replacing their reminders (a
 * crash, a deploy), leaving the reminders of a notice given, and none at the new due time of a notice counted
 * from it (or none for a notice reopened). Idempotent: digest ids are deterministic, and only digests nothing
 * stored still needs are removed.
 */
async function settleReminders(
  ctx: FlowContext,
  incident: Incident,
  act: 'notice_done' | 'notice_reopened',
  before: readonly ObligationRecord[],
  stored: DeadlineState,
  now: Date,
): Promise<void> {
  const diff = diffObligations(before, stored.obligations);
  const changed = await ctx.reminders.reschedule(incident, diff, stored.obligations, now);
  ctx.log.info('notice_reminders_settled', { incident: incident.id, act, remindersAdded: changed.added });
}

/**
 * `/incident notified <notice> [--at …] [note]` and the register's "Mark notified": marks the open obligations
 * the target names as given when they went out (who, when, note) inside the atomic update that also refuses a
 * closed incident, and recomputes the notices counted from them. Records each on the timeline, replaces the
 * reminders that changed, tells the channel and updates the register.
 */
export async function markNotified(
  ctx: FlowContext,
  actor: Actor,
  target: NoticeTarget,
  options: NotifiedOptions = {},
): Promise<NotifiedOutcome> {
  const incident = await incidentForMember(ctx, actor);
  return withRegisterMark(
    ctx,
    incident.id,
    () => markNotifiedIn(ctx, incident, actor, target, options),
    (r) => (r.ok ? r.register : null),
  );
}

async function markNotifiedIn(
  ctx: FlowContext,
  incident: Incident,
  actor: Actor,
  target: NoticeTarget,
  options: NotifiedOptions,
): Promise<NotifiedOutcome> {
  const now = ctx.now();
  const sent = options.at
    ? resolveSentAt(options.at, incident.timeZone ?? DEFAULT_INCIDENT_ZONE, now, incident.discoveredAt)
    : ({ ok: true, at: now, readAs: null } as const);
  if (!sent.ok) throw new Refusal('invalid_notice_time', `${sent.message} Nothing was marked.`);
  const by = options.by ?? actor.userId;
  let refusal: NotifiedRefusal | null = null;
  let refusedState: DeadlineState | null = null;
  let marked: ObligationRecord[] = [];
  let stages: ObligationRecord[] = [];
  // The notices marked and their timeline entries in one script (refused there once the incident is closed):
  // a crash at any point leaves both or neither, never a notice given that the legal record lacks.
  const { detail } = await ctx.timeline.appendWithState(
    incident.id,
    async () => {
      const change = await ctx.deadlines.change(
        incident.id,
        computingAhead(ctx, (current, compute) => {
          const result = markNotifiedState(
            current,
            target,
            { by, at: sent.at, ...(options.note ? { note: options.note } : {}) },
            incident,
            compute,
          );
          if (!result.ok) {
            refusal = result;
            refusedState = current;
            return null;
          }
          refusal = null;
          marked = result.marked;
          stages = result.stages;
          return result.next;
        }),
      );
      const { before, after } = change;
      if (!change.writes || !after) return { read: change.read, writes: null, entries: [], detail: null };
      const diff = diffObligations(before?.obligations ?? [], after.obligations);
      const entries: TimelineEntryInput[] = marked.map((o) => ({
        kind: 'notice_done',
        actor: actor.userId,
        at: now.toISOString(),
        summary:
          `Notice given: ${regimeLabel(o.regime)} ${o.id} (${o.recipientName}) sent ${o.doneAt ?? now.toISOString()}` +
          `${by !== actor.userId ? ` by ${by}` : ''}${o.doneNote ? `: ${o.doneNote}` : ''}`,
        data: {
          obligationId: o.id,
          dueAt: o.dueAt,
          doneAt: o.doneAt,
          recordedAt: now.toISOString(),
          doneBy: by,
          ...(o.doneNote ? { note: o.doneNote } : {}),
        },
        dedupeKey: `notice_done:${o.id}:v${after.version}`,
      }));
      entries.push(...movedEntries(after.version, diff.moved, 'counted from the notices given', now));
      return { read: change.read, writes: change.writes, entries, detail: { after, diff } };
    },
    { whileOpen: 'notices' },
  );
  if (refusal) {
    const refused = refusal as NotifiedRefusal;
    const state = refusedState as DeadlineState | null;
    // A closed incident has no reminders to replace (its close removed them all).
    if (refused.reason === 'already_done' && state && incident.status === 'open') {
      // The notices may have been stored by a run cut off before it replaced their reminders: the state it
      // came from is the one with them open again, and replacing from there is what that run would have done.
      // After a run that did finish, this removes and adds nothing (the same digest ids).
      const undone = reopenNotices(state, target, incident, computeWithCatalog);
      if (undone.ok) await settleReminders(ctx, incident, 'notice_done', undone.next.obligations, state, now);
    }
    return { ok: false, incident, ...refused };
  }
  if (!detail) throw new Error(`deadlines of ${incident.id} not stored`);
  const { after, diff } = detail;
  const changed = await ctx.reminders.reschedule(incident, diff, after.obligations, now);
  ctx.log.info('notice_done', {
    incident: incident.id,
    obligations: marked.length,
    moved: diff.moved.length,
    remindersRemoved: changed.removed,
    remindersAdded: changed.added,
  });
  const announced = await announceStored(ctx, incident, {
    kind: 'notified',
    marked,
    actor: actor.userId,
    ...(options.note ? { note: options.note } : {}),
    cancelled: changed.removed,
    ...(options.at ? { sentAt: sent.at.toISOString() } : {}),
    ...(by !== actor.userId ? { by } : {}),
  });
  const register = await showRegister(ctx, incident);
  return {
    ok: true,
    incident,
    marked,
    moved: diff.moved,
    cancelled: changed.removed,
    rescheduled: changed.added,
    readAs: sent.readAs && !incident.timeZone ? `${sent.readAs} (${NO_ZONE_WORDS})` : sent.readAs,
    stages,
    announced,
    register,
  };
}

/**
 * `/incident notified --undo <notice>` and the register's "Undo": a notice marked given by mistake is open
 * again. Its sent time leaves the facts (so notices counted from it count from its deadline again), its
 * reminders are scheduled again, and both the reopening and the new reminders are on the timeline.
 */
export async function reopenNotified(
  ctx: FlowContext,
  actor: Actor,
  target: NoticeTarget,
  note?: string,
): Promise<ReopenOutcome> {
  const incident = await incidentForMember(ctx, actor);
  return withRegisterMark(
    ctx,
    incident.id,
    () => reopenNotifiedIn(ctx, incident, actor, target, note),
    (r) => (r.ok ? r.register : null),
  );
}

async function reopenNotifiedIn(
  ctx: FlowContext,
  incident: Incident,
  actor: Actor,
  target: NoticeTarget,
  note?: string,
): Promise<ReopenOutcome> {
  const now = ctx.now();
  let refusal: NotifiedRefusal | null = null;
  let refusedState: DeadlineState | null = null;
  let reopened: ObligationRecord[] = [];
  // The notices reopened and their timeline entries in one script, as for marking them given: a crash leaves
  // both or neither. How many reminders came back is known only after, so it is said in the channel, not here.
  const { detail } = await ctx.timeline.appendWithState(
    incident.id,
    async () => {
      const change = await ctx.deadlines.change(
        incident.id,
        computingAhead(ctx, (current, compute) => {
          const result = reopenNotices(current, target, incident, compute);
          if (!result.ok) {
            refusal = result;
            refusedState = current;
            return null;
          }
          refusal = null;
          reopened = result.reopened;
          return result.next;
        }),
      );
      const { before, after } = change;
      if (!change.writes || !after) return { read: change.read, writes: null, entries: [], detail: null };
      const diff = diffObligations(before?.obligations ?? [], after.obligations);
      const entries: TimelineEntryInput[] = reopened.map((o) => ({
        kind: 'notice_reopened',
        actor: actor.userId,
        at: now.toISOString(),
        summary: `Notice reopened: ${regimeLabel(o.regime)} ${o.id} (was marked given ${o.doneAt ?? ''})${note ? `: ${note}` : ''}`,
        data: {
          obligationId: o.id,
          wasDoneAt: o.doneAt,
          wasDoneBy: o.doneBy,
          ...(note ? { note } : {}),
        },
        dedupeKey: `notice_reopened:${o.id}:v${after.version}`,
      }));
      entries.push(...movedEntries(after.version, diff.moved, 'counted from the notices reopened', now));
      return { read: change.read, writes: change.writes, entries, detail: { after, diff } };
    },
    { whileOpen: 'notices' },
  );
  if (refusal) {
    const refused = refusal as NotifiedRefusal;
    const state = refusedState as DeadlineState | null;
    if (refused.reason === 'not_done' && state && incident.status === 'open') {
      // As for a retried `notified`: the reopening may be stored without its reminders. The sent time it
      // removed is gone, so the notices are given "now" to find the state it came from: what matters is which
      // notices count from theirs (their due times differ), and a sent time at the very instant of a
      // dependent's own anchor is the only one that would hide it.
      const given = markNotifiedState(state, target, { by: actor.userId, at: now }, incident, computeWithCatalog);
      if (given.ok) await settleReminders(ctx, incident, 'notice_reopened', given.next.obligations, state, now);
    }
    return { ok: false, incident, ...refused };
  }
  if (!detail) throw new Error(`deadlines of ${incident.id} not stored`);
  const { after, diff } = detail;
  const changed = await ctx.reminders.reschedule(incident, diff, after.obligations, now);
  ctx.log.info('notice_reopened', {
    incident: incident.id,
    obligations: reopened.length,
    remindersRemoved: changed.removed,
    remindersAdded: changed.added,
  });
  const announced = await announceStored(ctx, incident, {
    kind: 'notice_reopened',
    reopened: after.obligations.filter((o) => reopened.some((r) => r.id === o.id)),
    actor: actor.userId,
    rescheduled: changed.added,
    ...(note ? { note } : {}),
  });
  const register = await showRegister(ctx, incident);
  return { ok: true, incident, reopened, moved: diff.moved, rescheduled: changed.added, announced, register };
}
