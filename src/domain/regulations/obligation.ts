import { z } from 'zod';
import { recipientSchema, triggerSchema } from './vocabulary';

/** One notice that must be given: the engine's output, stored with the incident and shown in Slack. */
export const obligationSchema = z.strictObject({
  /** Stable across recomputations of the same incident: `<regime>/<recipient>` plus a suffix where a regime has several notices to one recipient (e.g. `nis2/regulator/early-warning`). */
  id: z.string().min(1),
  regime: z.string().regex(/^[a-z0-9-]+$/),
  jurisdiction: z.string().min(2),
  recipient: recipientSchema,
  /** Who exactly, in words: "Attorney General", "competent supervisory authority". */
  recipientName: z.string().min(1),
  /** ISO 8601 UTC instant, or null where the law sets no fixed period. */
  dueAt: z.iso.datetime().nullable(),
  /** The rule in words: "72 hours after becoming aware". */
  deadline: z.string().min(1),
  /** Statute or rule and section. */
  citation: z.string().min(1),
  /** The instant the clock counts from, and whether it was given or fell back to discoveredAt. */
  trigger: z.strictObject({ name: triggerSchema, at: z.iso.datetime(), fallback: z.boolean() }),
  /** Conditions not yet decided (judgments) and what users should know about the deadline. */
  notes: z.array(z.string()),
  /**
   * How sure the catalog is of this rule, in plain words for users ("Period from secondary sources; confirm
   * with counsel"); absent where the rule was checked against the law's text. Optional, so that obligations
   * stored before it existed still parse.
   */
  caveat: z.string().min(1).optional(),
  /**
   * Present while a law-enforcement delay pauses this notice (not yet lifted): `until` is the end the request
   * states (null: until lifted), `resumes` what resumes it, in words with its citation. Optional, so that
   * obligations stored before it existed still parse.
   */
  tolled: z.strictObject({ until: z.iso.datetime().nullable(), resumes: z.string().min(1) }).optional(),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const obligationsResultSchema = z.strictObject({ obligations: z.array(obligationSchema) });
export type ObligationsResult = z.infer<typeof obligationsResultSchema>;
