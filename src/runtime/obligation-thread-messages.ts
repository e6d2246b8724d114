import { z } from 'zod';
import { factsSchema } from '../domain/regulations/facts';
import { obligationSchema } from '../domain/regulations/obligation';

/** What the bot asks a thread (obligation-thread.ts): the engine's inputs, plain data. */
export const obligationsRequestSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  facts: factsSchema,
  regimes: z.array(z.string()),
});
export type ObligationsRequest = z.infer<typeof obligationsRequestSchema>;

/** What a thread answers: the engine's obligations, or the error it threw (name and message, no facts). */
export const obligationsReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ id: z.number().int().nonnegative(), ok: z.literal(true), obligations: z.array(obligationSchema) }),
  z.strictObject({
    id: z.number().int().nonnegative(),
    ok: z.literal(false),
    error: z.strictObject({ name: z.string(), message: z.string() }),
  }),
]);
export type ObligationsReply = z.infer<typeof obligationsReplySchema>;
