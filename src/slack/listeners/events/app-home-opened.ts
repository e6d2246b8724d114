import type { App } from '@slack/bolt';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { publishHome } from '../../../flows/home-tab';
import type { ListenerDeps } from '../../listener-deps';
import { afterAck } from '../../middleware/after-ack';

const homeOpenedSchema = z.object({
  type: z.literal('app_home_opened'),
  user: slackUserIdSchema,
  tab: z.literal('home'),
});

/**
 * The person opened the bot's Home tab: it is published afresh for them (their open incidents, or every one
 * for the legal group), and kept up to date for a while. The Messages and About tabs publish nothing. Bolt
 * acknowledges the event before this runs; a re-delivered event only publishes the same Home again.
 */
export function registerAppHomeOpened(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event }) => {
    const home = deps.home;
    const parsed = homeOpenedSchema.safeParse(event);
    if (!home || !parsed.success) return;
    await afterAck(deps, 'home_opened', async () => {
      await publishHome(home, parsed.data.user, { opened: true });
    });
  });
}
