import { type IncidentClock, wallTime } from '../obligations/incident-clock';
import { isOpen, type ObligationRecord } from '../obligations/obligation-record';
import { reminderRule } from './lead-times';
import { escalation, type PlannedReminder, reminderId } from './reminder-plan';

/**
 * Reminders travel as digests: every reminder of one incident that falls due at the same wall-clock instant is
 * one message, and the escalations due at that instant are another. The digest is what is queued and posted;
 * which reminders it holds is worked out from the stored obligations when it fires, so a notice marked done,
 * moved or dropped meanwhile is simply no longer in it.
 */
export type DigestKind = 'reminders' | 'escalations';

export interface PlannedDigest {
  /** `<incident>|digest-<kind>|<fire epoch ms>`: deterministic, so planning it twice adds it once. */
  id: string;
  incidentId: string;
  kind: DigestKind;
  /** Wall-clock instant it posts at (ISO). */
  fireAt: string;
}

/** One reminder of a digest, with the obligation it is about (as stored when the digest fires). */
export interface DigestItem {
  reminder: PlannedReminder;
  obligation: ObligationRecord;
  /** Set on the escalation that reaches REMINDER_ESCALATION_CAP (the cap): its line says escalations stop. */
  finalOfCap?: number;
}

export function digestKindOf(r: Pick<PlannedReminder, 'kind'>): DigestKind {
  return r.kind === 'overdue' ? 'escalations' : 'reminders';
}

/** Three `|`-separated parts (reminder ids have four), so a digest id is never read as an obligation's reminder. */
export function digestId(incidentId: string, kind: DigestKind, fireAtMs: number): string {
  return `${incidentId}|digest-${kind}|${fireAtMs}`;
}

/**
 * The id of part `index` (0-based) of a digest too long for one message: the first part is the digest itself,
 * the others `<digest>|part-<n>`. Each part is posted, and found again after a crash, by its own id.
 */
export function digestPartId(id: string, index: number): string {
  return index === 0 ? id : `${id}|part-${index + 1}`;
}

export function parseDigestId(id: string): { incidentId: string; kind: DigestKind; fireAtMs: number } | null {
  const match = /^([^|]+)\|digest-(reminders|escalations)\|(\d+)$/.exec(id);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { incidentId: match[1], kind: match[2] as DigestKind, fireAtMs: Number(match[3]) };
}

export function digestOf(r: Pick<PlannedReminder, 'incidentId' | 'kind' | 'fireAt'>): PlannedDigest {
  const kind = digestKindOf(r);
  const fireAtMs = Date.parse(r.fireAt);
  return { id: digestId(r.incidentId, kind, fireAtMs), incidentId: r.incidentId, kind, fireAt: r.fireAt };
}

/** The digests a plan's reminders fall into, soonest first, each once. */
export function digestsOf(plan: readonly PlannedReminder[]): PlannedDigest[] {
  const byId = new Map<string, PlannedDigest>();
  for (const r of plan) {
    const d = digestOf(r);
    if (!byId.has(d.id)) byId.set(d.id, d);
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || (a.id < b.id ? -1 : 1));
}

function clockLengthMs(o: Pick<ObligationRecord, 'dueAt' | 'trigger'>): number {
  return o.dueAt === null ? 0 : Date.parse(o.dueAt) - Date.parse(o.trigger.at);
}

/** The escalation of one obligation that falls exactly at `fireAtMs`, if one does. */
function escalationAt(
  incidentId: string,
  o: ObligationRecord,
  clock: IncidentClock,
  fireAtMs: number,
): PlannedReminder | null {
  if (o.dueAt === null) return null;
  const { escalateEveryMs } = reminderRule(clockLengthMs(o));
  const dueWall = wallTime(Date.parse(o.dueAt), clock);
  const n = Math.round((fireAtMs - dueWall) / (escalateEveryMs / clock.speed));
  if (n < 1) return null;
  // Rounding of a drill's sped-up clock: the neighbours are checked too, and only an exact instant counts.
  for (const k of [n, n - 1, n + 1]) {
    if (k < 1) continue;
    const e = escalation(incidentId, o, k, clock);
    if (e && Date.parse(e.fireAt) === fireAtMs) return e;
  }
  return null;
}

/**
 * What a digest holds when it fires: each open obligation with a reminder (or, for escalations, an overdue
 * escalation) at exactly that instant, soonest due first. An obligation done, dropped or moved since the digest
 * was planned is not in it.
 */
export function digestItems(
  digest: Pick<PlannedDigest, 'incidentId' | 'kind' | 'fireAt'>,
  records: readonly ObligationRecord[],
  clock: IncidentClock,
): DigestItem[] {
  const at = Date.parse(digest.fireAt);
  const items: DigestItem[] = [];
  for (const o of records) {
    if (!isOpen(o) || o.dueAt === null) continue;
    if (digest.kind === 'escalations') {
      const e = escalationAt(digest.incidentId, o, clock, at);
      if (e) items.push({ reminder: e, obligation: o });
      continue;
    }
    const r = reminderAt(digest.incidentId, o, clock, at);
    if (r) items.push({ reminder: r, obligation: o });
  }
  // Sorted on due times parsed once each: a burst of digests sorts 40 items each, not 40·log 40 parses.
  const dueMs = new Map(items.map((i) => [i, Date.parse(i.obligation.dueAt ?? '')]));
  return items.sort(
    (a, b) => (dueMs.get(a) ?? 0) - (dueMs.get(b) ?? 0) || (a.obligation.id < b.obligation.id ? -1 : 1),
  );
}

/**
 * The lead-time or due-time reminder of `o` (as reminderPlan plans them) that fires at `atMs`, if one does. The
 * instants are compared as numbers and only the match is built: ids and ISO strings for every lead time of
 * every open obligation were most of a digest's CPU for an incident with ~130 obligations. `new Date(x)`
 * truncates a fractional wall time, so the comparison truncates too.
 */
function reminderAt(
  incidentId: string,
  o: ObligationRecord,
  clock: IncidentClock,
  atMs: number,
): PlannedReminder | null {
  if (o.dueAt === null) return null;
  const dueMs = Date.parse(o.dueAt);
  const { leadsMs } = reminderRule(clockLengthMs(o));
  // Two lead times of one obligation never share an instant; the first that matches, as the plan lists them.
  const matches = (ms: number) => Math.trunc(wallTime(ms, clock)) === atMs;
  const leadMs = leadsMs.find((lead) => matches(dueMs - lead));
  const fireAt = new Date(atMs).toISOString();
  if (leadMs !== undefined) {
    const id = reminderId(incidentId, o.id, 'before', o.dueAt, { leadMs });
    return { id, incidentId, obligationId: o.id, kind: 'before', leadMs, dueAt: o.dueAt, fireAt };
  }
  if (!matches(dueMs)) return null;
  return {
    id: reminderId(incidentId, o.id, 'due', o.dueAt),
    incidentId,
    obligationId: o.id,
    kind: 'due',
    dueAt: o.dueAt,
    fireAt,
  };
}
