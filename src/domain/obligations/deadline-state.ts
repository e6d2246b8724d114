import type { Incident } from '../incidents/incident';
import type { Facts } from '../regulations/facts';
import type { Obligation } from '../regulations/obligation';
import type { DataType, EntityType } from '../regulations/vocabulary';
import { applyFactsPatch, describeFactsChange, type FactsPatch } from './facts-patch';
import { diffObligations, type ObligationDiff } from './obligation-diff';
import { isOpen, markDone, mergeRecomputed, type NoticeTarget, type ObligationRecord } from './obligation-record';

/** Facts and obligations of one incident, always written together (same version). */
export interface DeadlineState {
  version: number;
  facts: Facts;
  factsUpdatedAt: string;
  factsUpdatedBy: string;
  computedAt: string;
  obligations: ObligationRecord[];
}

/** The next state a change writes; the store assigns the version. */
export type NextDeadlineState = Omit<DeadlineState, 'version'>;

/** The organisation's standing profile (ORG_ENTITY_TYPES, ORG_DATA_TYPES): part of every incident's facts. */
export interface OrgProfile {
  entityTypes: EntityType[];
  dataTypes: DataType[];
}

/** Obligations for the facts, with the regimes named at open (`--regimes`) taken as applying. */
export type ComputeObligations = (facts: Facts, namedRegimes: readonly string[]) => Obligation[];

/** The facts an incident starts with: its discovery time and the organisation's profile. */
export function initialFacts(incident: Pick<Incident, 'discoveredAt'>, profile: OrgProfile): Facts {
  return {
    discoveredAt: incident.discoveredAt,
    entityTypes: [...profile.entityTypes],
    dataTypes: [...profile.dataTypes],
    encrypted: false,
    affected: {},
    judgments: {},
  };
}

function computed(
  facts: Facts,
  previous: readonly ObligationRecord[],
  incident: Pick<Incident, 'regimes'>,
  compute: ComputeObligations,
  actor: string,
  now: Date,
): NextDeadlineState {
  return {
    facts,
    factsUpdatedAt: now.toISOString(),
    factsUpdatedBy: actor,
    computedAt: now.toISOString(),
    obligations: mergeRecomputed(previous, compute(facts, incident.regimes)),
  };
}

/** At open: the first computation. Null (nothing to write) when one is already stored: a retried open. */
export function beginDeadlines(
  current: DeadlineState | null,
  incident: Pick<Incident, 'discoveredAt' | 'regimes'>,
  profile: OrgProfile,
  compute: ComputeObligations,
  actor: string,
  now: Date,
): NextDeadlineState | null {
  if (current) return null;
  return computed(initialFacts(incident, profile), [], incident, compute, actor, now);
}

/** A facts change: the next state (null when nothing changed) and what changed, in words. */
export function changeFacts(
  current: DeadlineState | null,
  incident: Pick<Incident, 'discoveredAt' | 'regimes'>,
  patch: FactsPatch,
  profile: OrgProfile,
  compute: ComputeObligations,
  actor: string,
  now: Date,
): { next: NextDeadlineState | null; factsChanged: string[] } {
  const base = current?.facts ?? initialFacts(incident, profile);
  const facts = applyFactsPatch(base, patch, profile.entityTypes);
  const factsChanged = describeFactsChange(base, facts);
  if (current && factsChanged.length === 0) return { next: null, factsChanged };
  return { next: computed(facts, current?.obligations ?? [], incident, compute, actor, now), factsChanged };
}

/** What a facts change did to the open obligations, from the states before and after it. */
export function factsChangeDiff(before: DeadlineState | null, after: DeadlineState): ObligationDiff {
  return diffObligations(before?.obligations ?? [], after.obligations);
}

export type NotifiedRefusal = {
  reason: 'no_obligations' | 'unknown' | 'already_done';
  open: ObligationRecord[];
  matching: ObligationRecord[];
};

/** Marks the open obligations of a regime (to one recipient, when named) as given. */
export function markNotified(
  current: DeadlineState | null,
  target: NoticeTarget,
  done: { by: string; at: Date; note?: string },
): { ok: true; next: NextDeadlineState; marked: ObligationRecord[] } | ({ ok: false } & NotifiedRefusal) {
  if (!current) return { ok: false, reason: 'no_obligations', open: [], matching: [] };
  const result = markDone(current.obligations, target, done);
  if (!result.ok) {
    return { ok: false, reason: result.reason, matching: result.matching, open: current.obligations.filter(isOpen) };
  }
  return { ok: true, next: { ...current, obligations: result.records }, marked: result.marked };
}
