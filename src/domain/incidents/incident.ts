import { z } from 'zod';
import { incidentIdSchema, instantSchema, slackChannelIdSchema, slackUserIdSchema } from '../ids';
import { stripBidiControls } from '../text/bidi';

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
/** The longest title an incident keeps: the record's schema, the command and the declare modal's input. */
export const INCIDENT_TITLE_MAX = 200;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const ROLES = ['commander', 'comms', 'legal', 'scribe', 'forensics'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** How each role is shown: in the header, the role announcement, the summary and its Markdown file. */
export const ROLE_LABELS: Record<Role, string> = {
  commander: 'Commander',
  comms: 'Comms',
  legal: 'Legal',
  scribe: 'Scribe',
  forensics: 'Forensics',
};

/**
 * Where an open incident stands (`/incident status set …`, the header's "Set status"). `closed` is not one of
 * them: closing is its own act (`status: 'closed'`, with its confirmation), so every check of
 * `status === 'closed'` keeps its meaning. A record stored before phases existed reads as `investigating`.
 */
export const INCIDENT_PHASES = ['investigating', 'contained', 'notifying', 'monitoring'] as const;
export const incidentPhaseSchema = z.enum(INCIDENT_PHASES);
export type IncidentPhase = z.infer<typeof incidentPhaseSchema>;

/** How each phase is shown (header, status, summary), with what it means for the team. */
export const PHASE_LABELS: Record<IncidentPhase, { label: string; means: string }> = {
  investigating: { label: 'Investigating', means: 'finding out what happened and what was taken' },
  contained: { label: 'Contained', means: 'the intrusion or exposure is stopped' },
  notifying: { label: 'Notifying', means: 'giving the notices to regulators and people' },
  monitoring: { label: 'Monitoring', means: 'watching for misuse and follow-up' },
};

/** Longest close or reopen reason kept (it shows in the header, the timeline and the summary). */
export const REASON_MAX = 500;

/** Where the incident stands; `investigating` until someone sets it. */
export function phaseOf(incident: Pick<Incident, 'phase'>): IncidentPhase {
  return incident.phase ?? 'investigating';
}

/** The stored incident record. Parsed on every read, so a record written by an older or broken build is caught. */
export const incidentSchema = z.strictObject({
  id: incidentIdSchema,
  title: z.string().min(1).max(INCIDENT_TITLE_MAX),
  severity: severitySchema,
  status: z.enum(['open', 'closed']),
  drill: z.boolean(),
  /** Clock multiplier for drills only: 60 turns a 72-hour clock into 72 minutes. */
  drillSpeed: z.number().positive().max(10_000).default(1),
  channelId: slackChannelIdSchema,
  channelName: z.string().min(1).max(80),
  teamId: z.string().optional(),
  openedBy: slackUserIdSchema,
  openedAt: instantSchema,
  discoveredAt: instantSchema,
  closedAt: instantSchema.optional(),
  /**
   * Lifecycle (issue 12): where the open incident stands; absent (older records, fresh opens) reads as
   * `investigating` (phaseOf). Optional rather than defaulted so records built in code need not name it.
   */
  phase: incidentPhaseSchema.optional(),
  /** Why it was closed (`/incident close <reason>`); cleared on reopen, kept on the timeline. */
  closeReason: z.string().min(1).max(REASON_MAX).optional(),
  /** How many times it was reopened: a close confirmation asked before a reopen is stale. */
  reopens: z.number().int().min(0).optional(),
  reopenedAt: instantSchema.optional(),
  /** Who reopened it last, and why: what a reopen interrupted after its record was stored finishes with. */
  reopenedBy: z.string().min(1).optional(),
  reopenReason: z.string().min(1).max(REASON_MAX).optional(),
  roles: z.partialRecord(roleSchema, slackUserIdSchema),
  /** Regimes named with --regimes at open; facts given later add to them. */
  regimes: z.array(z.string()),
  checklistTemplate: z.string(),
  headerMessageTs: z.string().optional(),
  checklistMessageTs: z.string().optional(),
  /** The pinned notification register, updated in place whenever an obligation changes. */
  registerMessageTs: z.string().optional(),
  /**
   * IANA zone bare dates are read in (`notified --at 2023-11-20`): the opener's Slack zone, set at open. UTC
   * when not set (records from before, or Slack could not say), and said so when a date is read back.
   */
  timeZone: z.string().optional(),
  /** Invitations that failed (deactivated users, external users): shown so nobody assumes they are in. */
  inviteFailures: z.array(z.strictObject({ user: z.string(), error: z.string() })).default([]),
});
export type Incident = z.infer<typeof incidentSchema>;

/** What `/incident open` asks for, with who and when. */
export interface OpenRequest {
  title: string;
  severity: Severity;
  discoveredAt?: string;
  regimes: string[];
  drill: boolean;
  speed: number;
  openedBy: string;
  teamId?: string;
  openedAt: Date;
  /** Brought in besides the opener and INCIDENT_RESPONDERS: user ids (`U…`) and user-group ids (`S…`). */
  responders?: string[];
  /** The opener's zone (Slack's users.info `tz`): the incident reads bare dates in it. */
  timeZone?: string;
}

/** The record of a new incident in its channel; the opener is its first commander. */
export function newIncident(
  id: string,
  request: OpenRequest,
  channel: { id: string; name: string },
  checklistTemplate: string,
): Incident {
  return incidentSchema.parse({
    id,
    // Bidirectional controls only disguise a title ("invoice" + U+202E + "gpj.exe"); they are never stored.
    title: stripBidiControls(request.title).trim() || '(untitled)',
    severity: request.severity,
    status: 'open',
    drill: request.drill,
    drillSpeed: request.drill ? request.speed : 1,
    channelId: channel.id,
    channelName: channel.name,
    ...(request.teamId ? { teamId: request.teamId } : {}),
    openedBy: request.openedBy,
    openedAt: request.openedAt.toISOString(),
    discoveredAt: request.discoveredAt ?? request.openedAt.toISOString(),
    roles: { commander: request.openedBy },
    regimes: request.regimes,
    checklistTemplate,
    ...(request.timeZone ? { timeZone: request.timeZone } : {}),
    inviteFailures: [],
  });
}

/** The clock its deadlines run on: the wall clock, or a drill's sped-up one. */
export function incidentClock(incident: Pick<Incident, 'openedAt' | 'drillSpeed'>): {
  openedAt: string;
  speed: number;
} {
  return { openedAt: incident.openedAt, speed: incident.drillSpeed };
}
