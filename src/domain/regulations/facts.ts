import { z } from 'zod';
import { jurisdictionCodeSchema } from './jurisdiction-code';
import { dataTypeSchema, entityTypeSchema, judgmentSchema, TRIGGERS, type Trigger } from './vocabulary';

/** An ISO 8601 instant with an explicit offset or Z: a bare local time would be read in whatever zone the server has. */
export const instantSchema = z.iso.datetime({ offset: true });

const optionalInstants = Object.fromEntries(
  TRIGGERS.filter((t) => t !== 'discoveredAt').map((t) => [t, instantSchema.optional()]),
) as Record<Exclude<Trigger, 'discoveredAt'>, z.ZodOptional<typeof instantSchema>>;

/**
 * Law enforcement's request to delay notices (HIPAA 45 CFR 164.412, SEC Item 1.05(c), each state's delay clause).
 * `agency` names the agency, never the officer: it is stored and shown in the channel.
 */
export const lawEnforcementDelaySchema = z.strictObject({
  agency: z.string().trim().min(1).max(120),
  requestedAt: instantSchema,
  form: z.enum(['written', 'oral']),
  /** 'all', or the regime ids (`hipaa`, `us-me`) and obligation ids (`hipaa/individuals`) the request names. */
  notices: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]),
  /** The end the request states; absent: until law enforcement says notice no longer impedes the investigation. */
  until: instantSchema.optional(),
  /** When law enforcement said notice no longer impedes the investigation (or withdrew the request). */
  liftedAt: instantSchema.optional(),
});
export type LawEnforcementDelay = z.infer<typeof lawEnforcementDelaySchema>;

/**
 * What is known about an incident: the engine's only input. Unknown keys, jurisdictions, data and entity
 * types are refused so that a typo never silently drops a law.
 */
export const factsSchema = z.strictObject({
  discoveredAt: instantSchema,
  ...optionalInstants,
  entityTypes: z.array(entityTypeSchema).default([]),
  dataTypes: z.array(dataTypeSchema).default([]),
  /** True when all the data taken was encrypted and the key was not taken: most statutes exempt it. */
  encrypted: z.boolean().default(false),
  affected: z.partialRecord(jurisdictionCodeSchema, z.number().int().nonnegative()).default({}),
  /** Judgments the team has made; absent ones are shown as open conditions. */
  judgments: z.partialRecord(judgmentSchema, z.boolean()).default({}),
  /**
   * Where the organisation is domiciled or holds its home-state licence (insurance laws on the NAIC model notify
   * the domicile commissioner whatever the count). Absent: not recorded, and such notices are listed as open.
   */
  domicile: z.array(jurisdictionCodeSchema).optional(),
  /** Optional, so that facts stored before it existed still parse. */
  lawEnforcementDelay: lawEnforcementDelaySchema.optional(),
  /**
   * When each notice went out, by obligation id, as recorded with `/incident notified` (its `--at`). A notice
   * counted from another (a state's regulator notice 15 days after its individual notice, DORA's intermediate
   * report after the initial one) counts from this one's entry before the incident-wide trigger.
   */
  noticesSentAt: z.record(z.string(), instantSchema).optional(),
});
export type Facts = z.infer<typeof factsSchema>;
export type FactsInput = z.input<typeof factsSchema>;
