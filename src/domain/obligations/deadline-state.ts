import type { Incident } from '../incidents/incident';
import type { Facts } from '../regulations/facts';
import type { Obligation } from '../regulations/obligation';
import type { DataType, EntityType } from '../regulations/vocabulary';
import { applyFactsPatch, describeFactsChange, type FactsPatch } from './facts-patch';
import { diffObligations, type ObligationDiff } from './obligation-diff';
import {
  isOpen,
  markDone,
  mergeRecomputed,
  type NoticeTarget,
  type ObligationRecord,
  reopenDone,
} from './obligation-record';

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
  reason: 'no_obligations' | 'unknown' | 'already_done' | 'not_done' | 'stages';
  open: ObligationRecord[];
  matching: ObligationRecord[];
  /** Stages the target reached only through a broader name: each must be named by its id. */
  stages: ObligationRecord[];
};

/** The facts with each notice's sent time recorded (or, with `at: null`, removed): relational clocks read it. */
function withSentTimes(facts: Facts, ids: readonly string[], at: string | null): Facts {
  const sent = { ...(facts.noticesSentAt ?? {}) };
  for (const id of ids) {
    if (at === null) delete sent[id];
    else sent[id] = at;
  }
  const { noticesSentAt: _old, ...rest } = facts;
  return Object.keys(sent).length ? { ...rest, noticesSentAt: sent } : rest;
}

/** Obligations recomputed after a notice's sent time changed, keeping the progress of every one. */
function recomputedWith(
  current: DeadlineState,
  facts: Facts,
  records: ObligationRecord[],
  incident: Pick<Incident, 'regimes'>,
  compute: ComputeObligations,
): NextDeadlineState {
  return { ...current, facts, obligations: mergeRecomputed(records, compute(facts, incident.regimes)) };
}

/**
 * Marks the open obligations the target names as given at `done.at` (when the notice went out). Each one's
 * sent time goes into the facts, and the obligations are recomputed, so that a notice counted from it (a
 * state's regulator notice N days after its individual notice) counts from the day it really went out.
 */
export function markNotified(
  current: DeadlineState | null,
  target: NoticeTarget,
  done: { by: string; at: Date; note?: string },
  incident: Pick<Incident, 'regimes'>,
  compute: ComputeObligations,
):
  | { ok: true; next: NextDeadlineState; marked: ObligationRecord[]; stages: ObligationRecord[] }
  | ({ ok: false } & NotifiedRefusal) {
  if (!current) return { ok: false, reason: 'no_obligations', open: [], matching: [], stages: [] };
  const result = markDone(current.obligations, target, done);
  if (!result.ok) {
    return { ok: false, ...refusal(current, result) };
  }
  const ids = result.marked.map((o) => o.id);
  const facts = withSentTimes(current.facts, ids, done.at.toISOString());
  const next = recomputedWith(current, facts, result.records, incident, compute);
  const marked = next.obligations.filter((o) => ids.includes(o.id));
  return { ok: true, next, marked, stages: result.stages };
}

/** `--undo`: reopens the done obligations the target names; their sent times leave the facts. */
export function reopenNotices(
  current: DeadlineState | null,
  target: NoticeTarget,
  incident: Pick<Incident, 'regimes'>,
  compute: ComputeObligations,
): { ok: true; next: NextDeadlineState; reopened: ObligationRecord[] } | ({ ok: false } & NotifiedRefusal) {
  if (!current) return { ok: false, reason: 'no_obligations', open: [], matching: [], stages: [] };
  const result = reopenDone(current.obligations, target);
  if (!result.ok) return { ok: false, ...refusal(current, result) };
  const ids = result.reopened.map((o) => o.id);
  const facts = withSentTimes(current.facts, ids, null);
  const next = recomputedWith(current, facts, result.records, incident, compute);
  return { ok: true, next, reopened: result.reopened };
}

function refusal(
  current: DeadlineState,
  result: { reason: NotifiedRefusal['reason']; matching: ObligationRecord[]; stages: ObligationRecord[] },
): NotifiedRefusal {
  return {
    reason: result.reason,
    matching: result.matching,
    stages: result.stages,
    open: current.obligations.filter(isOpen),
  };
}
