import { z } from 'zod';
import { incidentIdSchema, instantSchema } from '../../src/domain/ids';
import type { PlannedReminder } from '../../src/domain/reminders/reminder-plan';

/**
 * The data of a `reminder` job on the `reminders` queue. It says which reminder it is and which due time it
 * was planned for; everything else (is the incident still open, is the obligation still due then, the text)
 * is read from Redis when it fires, so a job can never post something that stopped being true.
 */
export const reminderJobDataSchema = z.strictObject({
  /** Equal to the job id (`<incident>|<obligation>|<kind>|<due epoch ms>`) and to the message metadata's reminder_id. */
  reminderId: z
    .string()
    .min(1)
    .max(400)
    .refine((s) => !s.includes(':'), { message: 'must not contain ":"' }),
  incidentId: incidentIdSchema,
  obligationId: z.string().min(1),
  kind: z.enum(['before', 'due', 'overdue']),
  leadMs: z.number().int().positive().optional(),
  n: z.number().int().positive().optional(),
  /** Legal due time the reminder was planned for; a job whose obligation no longer has it is dropped. */
  dueAt: instantSchema,
  /** Wall-clock instantSchema it was planned to post at (the lateness measure). */
  fireAt: instantSchema,
});
export type ReminderJobData = z.infer<typeof reminderJobDataSchema>;

export function jobDataOf(r: PlannedReminder): ReminderJobData {
  return reminderJobDataSchema.parse({
    reminderId: r.id,
    incidentId: r.incidentId,
    obligationId: r.obligationId,
    kind: r.kind,
    ...(r.leadMs !== undefined ? { leadMs: r.leadMs } : {}),
    ...(r.n !== undefined ? { n: r.n } : {}),
    dueAt: r.dueAt,
    fireAt: r.fireAt,
  });
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
