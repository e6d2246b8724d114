import { PHASES, type ChecklistItem, type ChecklistItemState } from '../checklist/checklist';
import { ROLES, type Incident, type Role, type Severity } from '../incidents/incident';
import { maskSensitiveNumbers } from '../privacy/sensitive-numbers';
import type { Facts } from '../regulations/facts';
import type { Obligation } from '../regulations/obligation';
import { verifyChain, type ChainCheck } from '../timeline/hash-chain';
import type { TimelineEntry, TimelineKind } from '../timeline/timeline-entry';

/** An obligation as stored with its progress: when (and by whom) the notice was given, if it was. */
export interface ObligationProgress {
  obligation: Obligation;
  doneAt: string | null;
  doneBy?: string;
}

/** Everything the summary is made of, read by the caller from wherever it is stored. */
export interface SummaryInput {
  incident: Incident;
  checklistItems: ChecklistItem[];
  checklistStates: Map<string, ChecklistItemState>;
  timeline: TimelineEntry[];
  /** Null when no facts were given yet. */
  facts: Facts | null;
  /** Null when the deadline engine has not computed obligations for this incident. */
  obligations: ObligationProgress[] | null;
  now: Date;
}

export type ObligationStatus = 'done_on_time' | 'done_late' | 'done' | 'open' | 'overdue';

export interface SummaryObligation {
  id: string;
  regime: string;
  jurisdiction: string;
  recipientName: string;
  deadline: string;
  citation: string;
  dueAt: string | null;
  status: ObligationStatus;
  doneAt: string | null;
  doneBy: string | null;
  notes: string[];
}

export interface SummaryDecision {
  seq: number;
  /** When it was recorded. */
  at: string;
  recordedBy: string;
  text: string;
  /** For a message recorded as a decision: who wrote it, when, and where it is. */
  author: string | null;
  postedAt: string | null;
  permalink: string | null;
}

export interface SummaryTimelineEntry {
  seq: number;
  at: string;
  actor: string;
  kind: TimelineKind;
  summary: string;
  permalink: string | null;
}

export interface IncidentSummary {
  id: string;
  title: string;
  severity: Severity;
  drill: boolean;
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: string;
  discoveredAt: string;
  closedAt: string | null;
  /** As of `closedAt`, or `now` while open. */
  asOf: string;
  /** Milliseconds from discovery and from opening to `asOf`. */
  sinceDiscoveryMs: number;
  sinceOpenedMs: number;
  roles: { role: Role; userId: string }[];
  keyFacts: {
    dataTypes: string[];
    entityTypes: string[];
    jurisdictions: { code: string; affected: number }[];
    totalAffected: number;
    encrypted: boolean;
  } | null;
  decisions: SummaryDecision[];
  checklist: { done: number; total: number; open: { id: string; phase: string; text: string }[] };
  obligations: SummaryObligation[] | null;
  timeline: SummaryTimelineEntry[];
  integrity: ChainCheck & { headHash: string | null };
}

/**
 * The incident summary, from stored records only: a pure function, so the same records always give the
 * same summary and it can be checked without Slack. Free text (titles, decisions, pinned messages,
 * timeline lines) has SSN-, card- and account-like numbers masked: the summary is the document that leaves
 * the team (to counsel, auditors, regulators), and it must not carry more personal data than it needs.
 */
export function buildIncidentSummary(input: SummaryInput): IncidentSummary {
  const { incident, timeline, now } = input;
  const asOf = incident.closedAt ?? now.toISOString();
  const asOfMs = Date.parse(asOf);
  const phaseTitle = new Map<string, string>(PHASES.map((p) => [p.id, p.title]));
  const openItems = input.checklistItems
    .filter((item) => input.checklistStates.get(item.id)?.done !== true)
    .map((item) => ({ id: item.id, phase: phaseTitle.get(item.phase) ?? item.phase, text: item.text }));
  const check = verifyChain(timeline);
  return {
    id: incident.id,
    title: maskSensitiveNumbers(incident.title),
    severity: incident.severity,
    drill: incident.drill,
    status: incident.status,
    openedAt: incident.openedAt,
    openedBy: incident.openedBy,
    discoveredAt: incident.discoveredAt,
    closedAt: incident.closedAt ?? null,
    asOf,
    sinceDiscoveryMs: Math.max(0, asOfMs - Date.parse(incident.discoveredAt)),
    sinceOpenedMs: Math.max(0, asOfMs - Date.parse(incident.openedAt)),
    roles: ROLES.flatMap((role) => {
      const userId = incident.roles[role];
      return userId ? [{ role, userId }] : [];
    }),
    keyFacts: input.facts ? keyFacts(input.facts) : null,
    decisions: timeline.filter((e) => e.kind === 'decision').map(decisionOf),
    checklist: { done: input.checklistItems.length - openItems.length, total: input.checklistItems.length, open: openItems },
    obligations: input.obligations ? summariseObligations(input.obligations, now) : null,
    timeline: timeline.map((e) => ({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      kind: e.kind,
      summary: maskSensitiveNumbers(e.summary),
      permalink: stringField(e.data, 'permalink'),
    })),
    integrity: { ...check, headHash: timeline[timeline.length - 1]?.hash ?? null },
  };
}

/**
 * Done on time / done late compare the notice with its due time; an open one is overdue once the due time
 * has passed. An obligation with no fixed period ("without unreasonable delay") is never overdue by the
 * clock: it stays open until done, and done is just done.
 */
export function obligationStatus(progress: ObligationProgress, now: Date): ObligationStatus {
  const due = progress.obligation.dueAt === null ? null : Date.parse(progress.obligation.dueAt);
  if (progress.doneAt !== null) {
    if (due === null) return 'done';
    return Date.parse(progress.doneAt) <= due ? 'done_on_time' : 'done_late';
  }
  if (due !== null && now.getTime() > due) return 'overdue';
  return 'open';
}

export function isObligationOutstanding(status: ObligationStatus): boolean {
  return status === 'open' || status === 'overdue';
}

/** Each obligation with its status as of `now`, in due order. */
export function summariseObligations(list: ObligationProgress[], now: Date): SummaryObligation[] {
  return sortObligations(list.map((o) => summariseObligation(o, now)));
}

function summariseObligation(progress: ObligationProgress, now: Date): SummaryObligation {
  const o = progress.obligation;
  return {
    id: o.id,
    regime: o.regime,
    jurisdiction: o.jurisdiction,
    recipientName: o.recipientName,
    deadline: o.deadline,
    citation: o.citation,
    dueAt: o.dueAt,
    status: obligationStatus(progress, now),
    doneAt: progress.doneAt,
    doneBy: progress.doneBy ?? null,
    notes: o.notes,
  };
}

/** By due time, earliest first; obligations with no fixed due time last. Ties keep the id order. */
function sortObligations(list: SummaryObligation[]): SummaryObligation[] {
  return [...list].sort((a, b) => {
    const da = a.dueAt === null ? Infinity : Date.parse(a.dueAt);
    const db = b.dueAt === null ? Infinity : Date.parse(b.dueAt);
    return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

function keyFacts(facts: Facts): NonNullable<IncidentSummary['keyFacts']> {
  const jurisdictions = Object.entries(facts.affected)
    .flatMap(([code, affected]) => (affected === undefined ? [] : [{ code, affected }]))
    .sort((a, b) => b.affected - a.affected || (a.code < b.code ? -1 : 1));
  return {
    dataTypes: [...facts.dataTypes],
    entityTypes: [...facts.entityTypes],
    jurisdictions,
    totalAffected: jurisdictions.reduce((sum, j) => sum + j.affected, 0),
    encrypted: facts.encrypted,
  };
}

function decisionOf(entry: TimelineEntry): SummaryDecision {
  const text = stringField(entry.data, 'text') ?? entry.summary;
  return {
    seq: entry.seq,
    at: entry.at,
    recordedBy: entry.actor,
    text: maskSensitiveNumbers(text),
    author: stringField(entry.data, 'author'),
    postedAt: stringField(entry.data, 'postedAt'),
    permalink: stringField(entry.data, 'permalink'),
  };
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
}
