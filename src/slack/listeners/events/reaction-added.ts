import type { App } from '@slack/bolt';
import { z } from 'zod';
import { pinnedMessageEntry } from '../../../domain/timeline/decision-entry';
import type { BotServices } from '../../bot-services';
import { incidentForMember } from '../../incident-access';
import { fetchMessage } from '../../message-source';
import { errorName } from '../../error-name';

/** The reaction that adds a message to the timeline. */
export const PIN_REACTION = 'pushpin';

const reactionSchema = z.object({
  type: z.literal('reaction_added'),
  user: z.string().regex(/^[UW][A-Z0-9]+$/),
  reaction: z.string(),
  item: z.object({ type: z.string(), channel: z.string().regex(/^[CG][A-Z0-9]+$/).optional(), ts: z.string().regex(/^\d+\.\d+$/).optional() }),
});

/**
 * :pushpin: on a message in an incident channel adds that message to the timeline (as context, not a
 * decision). Keyed on the message: the Events API re-delivers an event it thinks was not received (with
 * x-slack-retry-num), and a second pushpin by someone else is the same message, so both append nothing.
 * Reactions elsewhere are ignored without a word: the bot is in other channels too.
 */
export function registerReactionAdded(app: App, services: BotServices): void {
  app.event('reaction_added', async ({ event, client, context }) => {
    const parsed = reactionSchema.safeParse(event);
    if (!parsed.success || parsed.data.reaction !== PIN_REACTION || parsed.data.item.type !== 'message') return;
    const { user, item } = parsed.data;
    if (!item.channel || !item.ts) return;
    const channel = item.channel;
    const ts = item.ts;
    const retry = typeof context.retryNum === 'number' && context.retryNum > 0;
    await services.inFlight.track(
      (async () => {
        try {
          if (!(await services.incidents.store.getByChannel(channel))) return;
          const tell = (text: string) => client.chat.postEphemeral({ channel, user, text }).then(() => undefined);
          const access = await incidentForMember(services, client, channel, user);
          if (!access.ok) {
            services.log.info('pin_refused', { channel, reason: 'not_member' });
            return;
          }
          if (access.incident.status === 'closed') {
            if (!retry) await tell(`${access.incident.id} is closed; the message was not added to its timeline.`);
            return;
          }
          const message = await fetchMessage(client, channel, ts);
          if (!message) {
            services.log.warn('pin_message_unreadable', { incident: access.incident.id });
            if (!retry) await tell('breachbot could not read that message, so it was not added to the timeline.');
            return;
          }
          const result = await services.timeline.append(access.incident.id, pinnedMessageEntry({ pinnedBy: user, at: services.now(), message }));
          services.log.info('message_pinned', { incident: access.incident.id, appended: result.appended, retry });
          if (result.appended) await tell(`Added to the ${access.incident.id} timeline (#${result.entry.seq}).`);
        } catch (error) {
          services.log.error('pin_failed', { error: errorName(error) });
        }
      })(),
    );
  });
}
