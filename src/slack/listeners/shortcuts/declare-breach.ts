import type { App, GlobalShortcut } from '@slack/bolt';
import { z } from 'zod';
import { slackUserIdSchema } from '../../../domain/ids';
import { openDeclareModal } from '../../adapters/declare-view';
import type { ListenerDeps } from '../../listener-deps';
import { DECLARE_SHORTCUT_CALLBACK_ID } from '../../messages/declare-modal';
import { afterAck } from '../../middleware/after-ack';

/** The parts of Slack's global `shortcut` payload the bot relies on. */
const shortcutSchema = z.object({
  type: z.literal('shortcut'),
  callback_id: z.literal(DECLARE_SHORTCUT_CALLBACK_ID),
  trigger_id: z.string().min(1),
  user: z.object({ id: slackUserIdSchema }),
});

/**
 * Global shortcut "Declare breach" (from the composer's shortcuts or the search bar, in any channel or none):
 * acknowledged, then the declare modal opens on the trigger at once. There is no channel to answer in, so a
 * modal that did not open is said by direct message.
 */
export function registerDeclareBreachShortcut(app: App, deps: ListenerDeps): void {
  app.shortcut<GlobalShortcut>(
    { callback_id: DECLARE_SHORTCUT_CALLBACK_ID, type: 'shortcut' },
    async ({ ack, shortcut, client }) => {
      await ack();
      const parsed = shortcutSchema.safeParse(shortcut);
      if (!parsed.success) {
        deps.ctx.log.warn('shortcut_rejected', { callback: DECLARE_SHORTCUT_CALLBACK_ID });
        return;
      }
      const userId = parsed.data.user.id;
      const tell = (text: string) => client.chat.postMessage({ channel: userId, text });
      await afterAck(
        deps,
        'declare_modal',
        async () => {
          const refused = await openDeclareModal(deps, client, {
            triggerId: parsed.data.trigger_id,
            userId,
            metadata: {},
          });
          if (refused) {
            await tell(
              `The declare form could not be opened (Slack: ${refused}). Try the shortcut again, or type ` +
                '`/incident open <title>` in any channel.',
            );
          }
        },
        tell,
      );
    },
  );
}
