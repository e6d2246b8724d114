import { z } from 'zod';
import { incidentIdSchema, instantSchema } from '../ids';
import { REASON_MAX } from '../incidents/incident';

/**
 * Closing an incident as a resumable act. The intent (who, when, the obligations still open) is stored
 * before the record is marked closed; each later step is idempotent or checked (the final summary is found
 * by its message metadata), so a crash after the record was closed still ends with the reminders cancelled,
 * the buttons gone and the final summary posted, once.
 */
export const CLOSE_STEPS = ['record', 'timeline', 'reminders', 'header', 'checklist', 'summary', 'register'] as const;
export type CloseStep = (typeof CLOSE_STEPS)[number];

export const closeActSchema = z.strictObject({
  kind: z.literal('close'),
  incidentId: incidentIdSchema,
  actor: z.string().min(1),
  at: instantSchema,
  openObligations: z.array(z.string()),
  /**
   * The final summary's file once Slack gave it an id, recorded before it is shared into the channel: a run
   * cut off while sharing looks for it there instead of attaching a second copy.
   */
  summaryFile: z.strictObject({ id: z.string().min(1), name: z.string().min(1), sha256: z.string() }).optional(),
  /** Why it is closed (`/incident close <reason>`), when given. */
  reason: z.string().min(1).max(REASON_MAX).optional(),
  started: z.array(z.enum(CLOSE_STEPS)).default([]),
  done: z.array(z.enum(CLOSE_STEPS)).default([]),
  /** `already_closed`: another close got there first; this one did nothing. */
  status: z.enum(['running', 'finished', 'already_closed']),
  runs: z.number().int().min(0),
  createdAt: instantSchema,
});
export type CloseAct = z.infer<typeof closeActSchema>;

export function newCloseAct(
  incidentId: string,
  actor: string,
  at: Date,
  openObligations: string[],
  reason?: string,
): CloseAct {
  return closeActSchema.parse({
    kind: 'close',
    incidentId,
    actor,
    at: at.toISOString(),
    openObligations,
    ...(reason ? { reason } : {}),
    started: [],
    done: [],
    status: 'running',
    runs: 0,
    createdAt: at.toISOString(),
  });
}

export function nextCloseStep(act: Pick<CloseAct, 'done'>): CloseStep | null {
  return CLOSE_STEPS.find((s) => !act.done.includes(s)) ?? null;
}
