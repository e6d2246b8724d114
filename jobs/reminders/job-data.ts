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
 * The data of a `drill-auto-close` job (same queue): which drill to close. Its job id is
 * `<incident>|drill-auto-close`, so scheduling it again (resume, `/incident deadlines`) is a no-op.
 */
export const drillCloseJobDataSchema = z.strictObject({ incidentId: incidentIdSchema });
export type DrillCloseJobData = z.infer<typeof drillCloseJobDataSchema>;

export function drillCloseJobId(incidentId: string): string {
  return `${incidentId}|drill-auto-close`;
}

/** What the worker's job returns: kept with the completed job for inspection. */
export type { DeliveryOutcome as ReminderOutcome } from '../../src/flows/deliver-reminder';
