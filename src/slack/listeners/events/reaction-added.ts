import type { App } from '@slack/bolt';
import { z } from 'zod';
import { messageTsSchema, slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { pinMessage } from '../../../flows/pin-message';
import type { ListenerDeps } from '../../listener-deps';
import { afterAck } from '../../middleware/after-ack';

/** The reaction that adds a message to the timeline. */
export const PIN_REACTION = 'pushpin';

const reactionSchema = z.object({
  type: z.literal('reaction_added'),
  user: slackUserIdSchema,
  reaction: z.literal(PIN_REACTION),
  item: z.object({ type: z.literal('message'), channel: slackChannelIdSchema, ts: messageTsSchema }),
});

/**
 * :pushpin: on a message in an incident channel adds it to the timeline. Reactions elsewhere, by
 * non-members, or re-delivered by the Events API (x-slack-retry-num) are answered with nothing: the person
 * hears back once, about a pin that mattered.
 */
export function registerReactionAdded(app: App, deps: ListenerDeps): void {
  app.event('reaction_added', async ({ event, client, context }) => {
    const parsed = reactionSchema.safeParse(event);
    if (!parsed.success) return;
    const { user, item } = parsed.data;
    const retry = typeof context.retryNum === 'number' && context.retryNum > 0;
    const tell = (text: string) => client.chat.postEphemeral({ channel: item.channel, user, text });
    await afterAck(
      deps,
      'pin',
      async () => {
        const outcome = await pinMessage(deps.ctx, { userId: user, channelId: item.channel }, item.ts);
        if (outcome.kind === 'pinned' && outcome.appended) {
          await tell(`Added to the ${outcome.incident.id} timeline (#${outcome.seq}).`);
        } else if (outcome.kind === 'unreadable' && !retry) {
          await tell('breachbot could not read that message, so it was not added to the timeline.');
        }
      },
      // Refusals: a closed incident is said once (not on a retry); a non-member hears nothing in a channel
      // they cannot see.
      async (text, code) => {
        if (!retry && code !== 'not_member') await tell(text);
      },
    );
  });
}
