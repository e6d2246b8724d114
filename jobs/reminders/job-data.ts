import { z } from 'zod';
import { incidentIdSchema, instantSchema } from '../../src/domain/ids';
import { digestOf, type PlannedDigest, parseDigestId } from '../../src/domain/reminders/reminder-digest';

/**
 * The data of a `digest` job on the `reminders` queue: which incident, which kind (reminders or escalations)
 * and which wall-clock instant. Which reminders it holds, and their text, are read from Redis when it fires, so
 * a job can never post something that stopped being true.
 */
export const digestJobDataSchema = z.strictObject({
  /** Equal to the job id (`<incident>|digest-<kind>|<fire epoch ms>`) and to the first message's metadata reminder_id. */
  digestId: z
    .string()
    .min(1)
    .max(200)
    .refine((s) => parseDigestId(s) !== null, { message: 'must be a digest id' }),
  incidentId: incidentIdSchema,
  kind: z.enum(['reminders', 'escalations']),
  fireAt: instantSchema,
});
export type DigestJobData = z.infer<typeof digestJobDataSchema>;

/**
 * A `reminder` job as builds before digests queued them (one per reminder). One still waiting in Redis after an
 * upgrade is delivered as the digest of its incident and instant, so it is neither lost nor posted twice.
 */
export const legacyReminderJobDataSchema = z.object({
  reminderId: z.string().min(1),
  incidentId: incidentIdSchema,
  obligationId: z.string().min(1),
  kind: z.enum(['before', 'due', 'overdue']),
  dueAt: instantSchema,
  fireAt: instantSchema,
});

export type ReminderJobData = DigestJobData | z.infer<typeof legacyReminderJobDataSchema>;

export function jobDataOf(d: PlannedDigest): DigestJobData {
  return digestJobDataSchema.parse({ digestId: d.id, incidentId: d.incidentId, kind: d.kind, fireAt: d.fireAt });
}

/** The digest a job delivers, from either shape of job data; null when the data matches neither. */
export function digestOfJob(data: unknown): PlannedDigest | null {
  const digest = digestJobDataSchema.safeParse(data);
  if (digest.success) {
    const d = digest.data;
    return { id: d.digestId, incidentId: d.incidentId, kind: d.kind, fireAt: d.fireAt };
  }
  const legacy = legacyReminderJobDataSchema.safeParse(data);
  return legacy.success ? digestOf(legacy.data) : null;
}

/**
 * The data of a `drill-auto-close` job (same queue): which drill to close, and in which of its lives: `reopens`
 * is the record's reopen count when the job was scheduled (absent in jobs queued before reopen existed: 0).
 * The job closes the drill only while the record's count is still that, so a timer of a life the drill has
 * left (it closed itself, was reopened) never closes the reopened drill. Its job id is
 * `<incident>|drill-auto-close` (first life) or `<incident>|drill-auto-close|reopen-<n>`, so scheduling it
 * again (resume, `/incident deadlines`) is a no-op, and a reopen gets a timer of its own.
 */
export const drillCloseJobDataSchema = z.strictObject({
  incidentId: incidentIdSchema,
  reopens: z.number().int().min(0).optional(),
});
export type DrillCloseJobData = z.infer<typeof drillCloseJobDataSchema>;

export function drillCloseJobId(incidentId: string, reopens = 0): string {
  return reopens > 0 ? `${incidentId}|drill-auto-close|reopen-${reopens}` : `${incidentId}|drill-auto-close`;
}

/** What the worker's job returns: kept with the completed job for inspection. */
export type { DeliveryOutcome as ReminderOutcome } from '../../src/flows/deliver-reminder';
