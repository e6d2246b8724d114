import { z } from 'zod';

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
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

const slackUserId = z.string().regex(/^[UW][A-Z0-9]+$/);
const slackChannelId = z.string().regex(/^[CG][A-Z0-9]+$/);
const instant = z.iso.datetime({ offset: true });

export const incidentIdSchema = z.string().regex(/^INC-\d+$/);

/** The stored incident record. Parsed on every read, so a record written by an older or broken build is caught. */
export const incidentSchema = z.strictObject({
  id: incidentIdSchema,
  title: z.string().min(1).max(200),
  severity: severitySchema,
  status: z.enum(['open', 'closed']),
  drill: z.boolean(),
  /** Clock multiplier for drills only: 60 turns a 72-hour clock into 72 minutes. */
  drillSpeed: z.number().positive().max(10_000).default(1),
  channelId: slackChannelId,
  channelName: z.string().min(1).max(80),
  teamId: z.string().optional(),
  openedBy: slackUserId,
  openedAt: instant,
  discoveredAt: instant,
  closedAt: instant.optional(),
  roles: z.partialRecord(roleSchema, slackUserId),
  /** Regimes named with --regimes at open; facts given later add to them. */
  regimes: z.array(z.string()),
  checklistTemplate: z.string(),
  headerMessageTs: z.string().optional(),
  checklistMessageTs: z.string().optional(),
  /** Invitations that failed (deactivated users, external users): shown so nobody assumes they are in. */
  inviteFailures: z.array(z.strictObject({ user: z.string(), error: z.string() })).default([]),
});
export type Incident = z.infer<typeof incidentSchema>;
