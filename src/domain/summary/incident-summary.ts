import { type ChecklistItem, type ChecklistItemState, PHASES } from '../checklist/checklist';
import { type Incident, type IncidentPhase, phaseOf, ROLES, type Role, type Severity } from '../incidents/incident';
import type { IncidentClock } from '../obligations/incident-clock';
import {
  byDueTime,
  type ObligationRecord,
  type ObligationStatus,
  obligationStatus,
} from '../obligations/obligation-record';
import { maskSensitiveNumbers } from '../privacy/sensitive-numbers';
import type { Facts } from '../regulations/facts';
import type { AnchorCheck } from '../timeline/anchor';
import { type ChainCheck, checkHead, verifyChain } from '../timeline/hash-chain';
import type { TimelineEntry, TimelineHead, TimelineKind } from '../timeline/timeline-entry';

/** Everything the summary is made of, read by the caller from wherever it is stored. */
export interface SummaryInput {
  incident: Incident;
  checklistItems: ChecklistItem[];
  checklistStates: Map<string, ChecklistItemState>;
  /** itemId → the Slack user who owns it; absent when owners were not read (older callers). */
  checklistOwners?: ReadonlyMap<string, string>;
  timeline: TimelineEntry[];
  /**
   * The stored text of each timeline entry, as read with it (`timelineTexts[i]` for `timeline[i]`): the chain
   * check hashes it directly (verifyChain). Absent: the check works from the entries alone.
   */
  timelineTexts?: readonly string[];
  /**
   * Where the stored timeline held text that is not a timeline entry (list indexes, ascending): `timeline` has the
   * others. The chain is broken at the first of them, and the summary says so.
   */
  unreadableEntries?: readonly number[];
  /** The head record stored with the timeline (`'unreadable'` when it does not parse); absent or null: none recorded. */
  timelineHead?: TimelineHead | 'unreadable' | null;
  /** Null when no facts were given yet. */
  facts: Facts | null;
  /** Null when the deadline engine has not computed obligations for this incident. */
  obligations: readonly ObligationRecord[] | null;
  now: Date;
}

export type { ObligationStatus };

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
  /** Slack user ids the line's text names (a role given, a checklist owner), so the file can write their names. */
  people?: string[];
}

export interface SummaryChecklistItem {
  id: string;
  phase: string;
  text: string;
  /** Who owns the item (the checklist's owner select), null when nobody was named. */
  owner: string | null;
}

export interface IncidentSummary {
  id: string;
  title: string;
  severity: Severity;
  drill: boolean;
  status: 'open' | 'closed';
  /** The incident's named zone (the opener's Slack zone): the file writes its times there. Null when none was recorded. */
  timeZone?: string | null;
  /** Where the incident stood (investigating, contained, …): when it was closed, if it was. */
  phase?: IncidentPhase;
  /** Why it was closed (`/incident close <reason>`), masked like every free text; null when none was given. */
  closeReason?: string | null;
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
  checklist: {
    done: number;
    total: number;
    open: SummaryChecklistItem[];
    /** Done items with who ticked them and when: the record of who did what, for the file. */
    closed: (SummaryChecklistItem & { doneBy: string; doneAt: string })[];
  };
  obligations: SummaryObligation[] | null;
  timeline: SummaryTimelineEntry[];
  integrity: ChainCheck & {
    headHash: string | null;
    /**
     * The chain compared with the anchors the incident channel holds (src/domain/timeline/anchor.ts): absent
     * or null when they could not be read, so only the Redis-internal check ran.
     */
    anchors?: AnchorCheck | null;
  };
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
  const owners = input.checklistOwners ?? new Map<string, string>();
  const itemOf = (item: ChecklistItem): SummaryChecklistItem => ({
    id: item.id,
    phase: phaseTitle.get(item.phase) ?? item.phase,
    // Added items are words people typed: masked when added, and here as every free text of the summary is.
    text: maskSensitiveNumbers(item.text),
    owner: owners.get(item.id) ?? null,
  });
  const openItems = input.checklistItems
    .filter((item) => input.checklistStates.get(item.id)?.done !== true)
    .map(itemOf);
  const closedItems = input.checklistItems.flatMap((item) => {
    const state = input.checklistStates.get(item.id);
    return state?.done === true ? [{ ...itemOf(item), doneBy: state.by, doneAt: state.at }] : [];
  });
  const check = chainCheck(timeline, input.timelineTexts, input.unreadableEntries, input.timelineHead ?? null);
  // One pass over the timeline (10,000 entries in `npm run bench`) for its lines and its decisions.
  const decisions: SummaryDecision[] = [];
  const lines = new Array<SummaryTimelineEntry>(timeline.length);
  for (let i = 0; i < timeline.length; i += 1) {
    const e = timeline[i] as TimelineEntry;
    lines[i] = {
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      kind: e.kind,
      summary: maskSensitiveNumbers(e.summary),
      permalink: stringField(e.data, 'permalink'),
      ...peopleNamed(e),
    };
    if (e.kind === 'decision') decisions.push(decisionOf(e));
  }
  return {
    id: incident.id,
    title: maskSensitiveNumbers(incident.title),
    severity: incident.severity,
    drill: incident.drill,
    status: incident.status,
    timeZone: incident.timeZone ?? null,
    phase: phaseOf(incident),
    closeReason: incident.closeReason ? maskSensitiveNumbers(incident.closeReason) : null,
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
    decisions,
    checklist: {
      done: input.checklistItems.length - openItems.length,
      total: input.checklistItems.length,
      open: openItems,
      closed: closedItems,
    },
    obligations: input.obligations
      ? summariseObligations(input.obligations, { openedAt: incident.openedAt, speed: incident.drillSpeed }, now)
      : null,
    timeline: lines,
    integrity: { ...check, headHash: timeline[timeline.length - 1]?.hash ?? null },
  };
}

/** Each obligation with its status as of `now` on the incident's clock, in due order. */
export function summariseObligations(
  list: readonly ObligationRecord[],
  clock: IncidentClock,
  now: Date,
): SummaryObligation[] {
  return list
    .map((o) => ({
      id: o.id,
      regime: o.regime,
      jurisdiction: o.jurisdiction,
      recipientName: o.recipientName,
      deadline: o.deadline,
      citation: o.citation,
      dueAt: o.dueAt,
      status: obligationStatus(o, clock, now),
      doneAt: o.doneAt,
      doneBy: o.doneBy,
      notes: o.notes,
    }))
    .sort(byDueTime);
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

/**
 * The chain as stored: checked up to the first entry that could not be read, which is then the broken link, in
 * the words `breachbot verify` uses for it (src/cli/verify-command.ts).
 */
function chainCheck(
  timeline: readonly TimelineEntry[],
  texts: readonly string[] | undefined,
  unreadable: readonly number[] | undefined,
  head: TimelineHead | 'unreadable' | null,
): ChainCheck {
  const first = unreadable?.[0];
  if (first === undefined) {
    const check = verifyChain(timeline, texts);
    return check.ok ? (checkHead(timeline, head) ?? check) : check;
  }
  const entries = timeline.length + (unreadable?.length ?? 0);
  const before = verifyChain(timeline.slice(0, first), texts?.slice(0, first));
  if (!before.ok) return { ...before, entries };
  return { ok: false, entries, brokenAt: first, reason: `entry ${first} is not a well-formed timeline entry` };
}

/** The fields in which an entry's data names a person its line's text shows by id (assign-role, assign-checklist-owner). */
const PERSON_FIELDS = ['userId', 'previous', 'owner'] as const;
const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;

function peopleNamed(entry: TimelineEntry): { people?: string[] } {
  if (entry.kind !== 'role_assigned' && entry.kind !== 'checklist_item') return {};
  const people = PERSON_FIELDS.flatMap((key) => {
    const id = stringField(entry.data, key);
    return id && SLACK_USER_ID.test(id) ? [id] : [];
  });
  return people.length ? { people } : {};
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
}
