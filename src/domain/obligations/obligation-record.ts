import { z } from 'zod';
import { instantSchema } from '../ids';
import { type Obligation, obligationSchema } from '../regulations/obligation';
import { type IncidentClock, wallDueAt } from './incident-clock';
import { matchTarget, type NoticeTarget } from './notice-target';

export type { NoticeTarget } from './notice-target';

/**
 * One obligation as stored with the incident: the engine's output plus its progress. The summary reads the
 * same record (`doneAt`, `doneBy`).
 */
/** The longest note kept with a notice marked given (the register form's field takes as many). */
export const NOTICE_NOTE_MAX = 2000;

export const obligationRecordSchema = z.strictObject({
  ...obligationSchema.shape,
  /** When the notice was marked given; null while open. */
  doneAt: instantSchema.nullable(),
  /** Slack user id of whoever marked it. */
  doneBy: z.string().nullable(),
  /** What they wrote with it (a reference number, the portal used). Shown in the channel, never logged. */
  doneNote: z.string().max(NOTICE_NOTE_MAX).nullable(),
  /**
   * False when a recomputation no longer lists it but it had already been marked done: kept as a record of
   * the notice that was given.
   */
  current: z.boolean(),
});
export type ObligationRecord = z.infer<typeof obligationRecordSchema>;

/**
 * Where a notice stands. One function decides it for every surface (the channel lists, `/incident deadlines`,
 * the close confirmation, reminders, the summary), on the incident's own clock: in a `--speed` drill a legal
 * due time falls at its sped-up wall-clock instant, so "overdue" and "done late" are judged against that.
 * A notice with no fixed period ("without unreasonable delay") is never overdue by the clock.
 */
export type ObligationStatus = 'done_on_time' | 'done_late' | 'done' | 'open' | 'overdue';

export function obligationStatus(
  o: Pick<ObligationRecord, 'dueAt' | 'doneAt'>,
  clock: IncidentClock,
  now: Date,
): ObligationStatus {
  const due = o.dueAt === null ? null : Date.parse(wallDueAt(o.dueAt, clock));
  if (o.doneAt !== null) {
    if (due === null) return 'done';
    return Date.parse(o.doneAt) <= due ? 'done_on_time' : 'done_late';
  }
  return due !== null && now.getTime() > due ? 'overdue' : 'open';
}

/** Still to be given: what a close must be confirmed over, and what reminders are about. */
export function isOutstanding(status: ObligationStatus): boolean {
  return status === 'open' || status === 'overdue';
}

/** Listed by the current facts and not yet given. */
export function isOpen(record: Pick<ObligationRecord, 'doneAt' | 'current'>): boolean {
  return record.doneAt === null && record.current;
}

/** By due time, earliest first; no fixed due time last; ties by id. */
export function byDueTime<T extends { dueAt: string | null; id: string }>(a: T, b: T): number {
  const da = a.dueAt === null ? Infinity : Date.parse(a.dueAt);
  const db = b.dueAt === null ? Infinity : Date.parse(b.dueAt);
  return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function freshRecord(obligation: Obligation): ObligationRecord {
  return { ...obligation, doneAt: null, doneBy: null, doneNote: null, current: true };
}

/**
 * The stored records after a recomputation: every obligation the engine lists now (keeping the progress of
 * those already done), plus the done ones it no longer lists (kept, marked not current). An open obligation
 * the engine no longer lists is dropped.
 */
export function mergeRecomputed(
  previous: readonly ObligationRecord[],
  computed: readonly Obligation[],
): ObligationRecord[] {
  const before = new Map(previous.map((r) => [r.id, r]));
  const next = computed.map((o): ObligationRecord => {
    const old = before.get(o.id);
    return old && old.doneAt !== null
      ? { ...o, doneAt: old.doneAt, doneBy: old.doneBy, doneNote: old.doneNote, current: true }
      : freshRecord(o);
  });
  const listed = new Set(computed.map((o) => o.id));
  const keptDone = previous
    .filter((r) => r.doneAt !== null && !listed.has(r.id))
    .map((r) => ({ ...r, current: false }));
  return [...next, ...keptDone].sort(byDueTime);
}

export type MarkDoneResult =
  | { ok: true; records: ObligationRecord[]; marked: ObligationRecord[]; stages: ObligationRecord[] }
  | {
      ok: false;
      reason: 'unknown' | 'already_done' | 'stages';
      matching: ObligationRecord[];
      stages: ObligationRecord[];
    };

/**
 * Marks done every open obligation the target names (notice-target.ts: a stage only by its own id), as given
 * at `done.at` (when it went out, which may be before it is recorded). Refuses when nothing matches, when
 * everything that matches is already done, or when the target only reaches stages, so the caller can say which.
 */
export function markDone(
  records: readonly ObligationRecord[],
  target: NoticeTarget,
  done: { by: string; at: Date; note?: string },
): MarkDoneResult {
  const { matched: matching, stages } = matchTarget(records, target);
  if (matching.length === 0) return { ok: false, reason: stages.length ? 'stages' : 'unknown', matching, stages };
  const toMark = new Set(matching.filter((r) => r.doneAt === null).map((r) => r.id));
  if (toMark.size === 0) return { ok: false, reason: 'already_done', matching, stages };
  const at = done.at.toISOString();
  const next = records.map((r) =>
    toMark.has(r.id) ? { ...r, doneAt: at, doneBy: done.by, doneNote: done.note ?? null } : r,
  );
  return { ok: true, records: next, marked: next.filter((r) => toMark.has(r.id)), stages };
}

export type ReopenResult =
  | { ok: true; records: ObligationRecord[]; reopened: ObligationRecord[] }
  | { ok: false; reason: 'unknown' | 'not_done' | 'stages'; matching: ObligationRecord[]; stages: ObligationRecord[] };

/** `--undo`: the done obligations the target names are open again (who, when and note cleared). */
export function reopenDone(records: readonly ObligationRecord[], target: NoticeTarget): ReopenResult {
  const { matched: matching, stages } = matchTarget(records, target);
  if (matching.length === 0) return { ok: false, reason: stages.length ? 'stages' : 'unknown', matching, stages };
  const toOpen = new Set(matching.filter((r) => r.doneAt !== null).map((r) => r.id));
  if (toOpen.size === 0) return { ok: false, reason: 'not_done', matching, stages };
  const reopened = records.filter((r) => toOpen.has(r.id));
  const next = records.map((r) => (toOpen.has(r.id) ? { ...r, doneAt: null, doneBy: null, doneNote: null } : r));
  return { ok: true, records: next, reopened };
}
