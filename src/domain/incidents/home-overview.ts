import { wallDueAt } from '../obligations/incident-clock';
import { byDueTime, isOpen, type ObligationRecord, obligationStatus } from '../obligations/obligation-record';
import { obligationTitle } from '../obligations/regime-label';
import { type Incident, incidentClock, PHASE_LABELS, phaseOf, SEVERITIES } from './incident';

/** One notice still to be given, as a Home tab lists it: on the incident's own (drill) clock. */
export interface OpenClock {
  obligationId: string;
  /** The obligation's name for people ("GDPR", "DORA initial notification", "California"). */
  title: string;
  /** The wall-clock instant it falls due (a drill's sped-up clock already applied). */
  dueAt: string;
  overdue: boolean;
}

/** Where one open incident stands: what a person sees of it on the bot's Home tab. */
export interface IncidentOverview {
  incident: Incident;
  /** The lifecycle phase (investigating, contained …) when the record carries one; absent otherwise. */
  phase?: string;
  /** Open notices with a due time, earliest first (overdue ones first, as they are earliest). */
  clocks: OpenClock[];
  /** The nearest notice not yet overdue; null when none is left with a due time. */
  next: OpenClock | null;
  overdue: number;
  /** Open notices with no fixed due time ("without undue delay"): never overdue by the clock. */
  undated: number;
}

/** What one person's Home shows: their open incidents (or every one, for the legal group), most urgent first. */
export interface HomeOverview {
  viewerId: string;
  /** A member of LEGAL_USERGROUP: every open incident, each with its clocks. */
  legal: boolean;
  incidents: IncidentOverview[];
  now: Date;
}

/** The lifecycle phase as people read it ("Contained"); a record from before phases reads as investigating. */
export function incidentPhase(incident: Incident): string {
  return PHASE_LABELS[phaseOf(incident)].label;
}

export function incidentOverview(
  incident: Incident,
  records: readonly ObligationRecord[],
  now: Date,
): IncidentOverview {
  const clock = incidentClock(incident);
  const open = records.filter(isOpen);
  const clocks = open
    .filter((o) => o.dueAt !== null)
    .sort(byDueTime)
    .map(
      (o): OpenClock => ({
        obligationId: o.id,
        title: obligationTitle(o),
        dueAt: wallDueAt(o.dueAt ?? '', clock),
        overdue: obligationStatus(o, clock, now) === 'overdue',
      }),
    );
  return {
    incident,
    phase: incidentPhase(incident),
    clocks,
    next: clocks.find((c) => !c.overdue) ?? null,
    overdue: clocks.filter((c) => c.overdue).length,
    undated: open.length - clocks.length,
  };
}

/**
 * Most urgent first: incidents with overdue notices (the longest overdue first), then by the nearest clock,
 * then those with no clock; ties by severity (sev1 first), then the latest opened.
 */
export function byUrgency(a: IncidentOverview, b: IncidentOverview): number {
  const firstOverdue = (o: IncidentOverview) => (o.overdue ? Date.parse(o.clocks[0]?.dueAt ?? '') : Infinity);
  const nextDue = (o: IncidentOverview) => (o.next ? Date.parse(o.next.dueAt) : Infinity);
  const severity = (o: IncidentOverview) => SEVERITIES.indexOf(o.incident.severity);
  return (
    Number(b.overdue > 0) - Number(a.overdue > 0) ||
    compare(firstOverdue(a), firstOverdue(b)) ||
    compare(nextDue(a), nextDue(b)) ||
    severity(a) - severity(b) ||
    Date.parse(b.incident.openedAt) - Date.parse(a.incident.openedAt) ||
    (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0)
  );
}

function compare(x: number, y: number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}
