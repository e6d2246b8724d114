import type { Recipient } from '../regulations/vocabulary';

/**
 * What `/incident notified` (and its undo) names: one obligation by its id, exactly as the register shows it
 * (`dora/regulator/initial`), every notice of a regime (`gdpr`), of a regime to one recipient kind
 * (`us-ca/regulator`), or one recipient kind across every regime (`*\/credit_bureaus`).
 */
export type NoticeTarget =
  | { kind: 'id'; id: string }
  | { kind?: 'regime'; regime: string; recipient?: Recipient }
  | { kind: 'recipient'; recipient: Recipient };

/** The target as the person typed it, for answers: `dora/regulator/initial`, `us-ca/regulator`, `*\/credit_bureaus`. */
export function targetWords(target: NoticeTarget): string {
  if (target.kind === 'id') return target.id;
  if (target.kind === 'recipient') return `*/${target.recipient}`;
  return target.recipient ? `${target.regime}/${target.recipient}` : target.regime;
}

interface Matchable {
  id: string;
  regime: string;
  recipient: Recipient;
  current: boolean;
}

function named(record: Matchable, target: NoticeTarget): boolean {
  if (target.kind === 'id') return record.id === target.id;
  if (target.kind === 'recipient') return record.recipient === target.recipient;
  return record.regime === target.regime && (target.recipient === undefined || record.recipient === target.recipient);
}

/** Regime and recipient: the notices of one regime to one recipient kind that are stages of one report. */
const stageGroup = (r: Matchable) => `${r.regime}\u0000${r.recipient}`;

export interface TargetMatch<T> {
  /** What the target names and may change. */
  matched: T[];
  /**
   * Stages the target reaches only through a broader name (`dora/regulator` reaches the initial, intermediate
   * and final reports): never changed that way, since the final report is not given with the initial one.
   * Each must be named by its id.
   */
  stages: T[];
}

/**
 * The current obligations a target names. A regime with several notices to one recipient kind (DORA's three
 * reports, NIS2's three, HIPAA's two HHS notices) has stages: a broad target leaves them out (in `stages`)
 * and only an id reaches one, so a stage is never marked by its sibling.
 */
export function matchTarget<T extends Matchable>(records: readonly T[], target: NoticeTarget): TargetMatch<T> {
  const current = records.filter((r) => r.current);
  const named_ = current.filter((r) => named(r, target));
  if (target.kind === 'id') return { matched: named_, stages: [] };
  // `us-ny/regulator` is also one notice's own id (beside `us-ny/regulator/no-harm-determination`): typed
  // exactly as the register shows it, it names that notice alone.
  if (target.kind !== 'recipient' && target.recipient !== undefined) {
    const exact = current.filter((r) => r.id === `${target.regime}/${target.recipient}`);
    if (exact.length) return { matched: exact, stages: [] };
  }
  const groupSize = new Map<string, number>();
  for (const r of current) groupSize.set(stageGroup(r), (groupSize.get(stageGroup(r)) ?? 0) + 1);
  const isStage = (r: T) => (groupSize.get(stageGroup(r)) ?? 0) > 1;
  return { matched: named_.filter((r) => !isStage(r)), stages: named_.filter(isStage) };
}
