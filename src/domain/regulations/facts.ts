import { z } from 'zod';
import { dataTypeSchema, entityTypeSchema, judgmentSchema, TRIGGERS, type Trigger } from './vocabulary';
import { jurisdictionCodeSchema } from './jurisdiction-code';

/** An ISO 8601 instant with an explicit offset or Z: a bare local time would be read in whatever zone the server has. */
export const instantSchema = z.iso.datetime({ offset: true });

const optionalInstants = Object.fromEntries(
  TRIGGERS.filter((t) => t !== 'discoveredAt').map((t) => [t, instantSchema.optional()]),
) as Record<Exclude<Trigger, 'discoveredAt'>, z.ZodOptional<typeof instantSchema>>;

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
});
export type Facts = z.infer<typeof factsSchema>;
export type FactsInput = z.input<typeof factsSchema>;
