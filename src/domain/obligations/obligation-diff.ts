import { isOpen, type ObligationRecord } from './obligation-record';

export interface MovedObligation {
  before: ObligationRecord;
  after: ObligationRecord;
}

/** What a recomputation changed, among obligations that are still to be done. */
export interface ObligationDiff {
  added: ObligationRecord[];
  removed: ObligationRecord[];
  /** Same obligation, different due time (including gaining or losing a fixed one). */
  moved: MovedObligation[];
  /** Ids whose reminders must be replaced: removed and moved ones (added ones have none yet). */
  affectedIds: string[];
}

/**
 * Compares the open obligations before and after a facts change. Done obligations are history and never
 * reported; an obligation whose due time and open state did not change is not "affected", so its reminders
 * are left exactly as they are.
 */
export function diffObligations(
  before: readonly ObligationRecord[],
  after: readonly ObligationRecord[],
): ObligationDiff {
  const open = (list: readonly ObligationRecord[]) => new Map(list.filter(isOpen).map((r) => [r.id, r]));
  const was = open(before);
  const now = open(after);
  const added = [...now.values()].filter((r) => !was.has(r.id));
  const removed = [...was.values()].filter((r) => !now.has(r.id));
  const moved: MovedObligation[] = [];
  for (const [id, b] of was) {
    const a = now.get(id);
    if (a && a.dueAt !== b.dueAt) moved.push({ before: b, after: a });
  }
  return { added, removed, moved, affectedIds: [...removed.map((r) => r.id), ...moved.map((m) => m.before.id)] };
}

export function isEmptyDiff(diff: ObligationDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.moved.length === 0;
}
