import type { App } from '@slack/bolt';
import { z } from 'zod';
import { messageTsSchema, slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { warnSensitiveNumbers } from '../../../flows/warn-sensitive-numbers';
import type { ListenerDeps } from '../../listener-deps';
import { afterAck } from '../../middleware/after-ack';

const messageSchema = z.object({
  type: z.literal('message'),
  subtype: z.enum(['thread_broadcast', 'file_share']).optional(),
  channel: slackChannelIdSchema,
  user: slackUserIdSchema,
  text: z.string(),
  ts: messageTsSchema,
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
});

/** Messages people post: checked for SSN-, card- and account-like numbers (never logged, never stored). */
export function registerSensitiveNumberWarning(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event }) => {
    const parsed = messageSchema.safeParse(event);
    if (!parsed.success || parsed.data.bot_id) return;
    const m = parsed.data;
    const message = {
      channelId: m.channel,
      userId: m.user,
      ts: m.ts,
      text: m.text,
      ...(m.thread_ts ? { threadTs: m.thread_ts } : {}),
    };
    await afterAck(deps, 'sensitive_number_warning', async () => void (await warnSensitiveNumbers(deps.ctx, message)));
  });
}
