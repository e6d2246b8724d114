import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { slackChannelIdSchema, slackUserIdSchema } from '../../../domain/ids';
import { exportRegister } from '../../../flows/export-register';
import type { ListenerDeps } from '../../listener-deps';
import { REGISTER_EXPORT_ACTION } from '../../messages/register-export-button';
import { afterAck } from '../../middleware/after-ack';

const payloadSchema = z.object({
  user: z.object({ id: slackUserIdSchema }),
  channel: z.object({ id: slackChannelIdSchema }),
});

/** "Export register (CSV)": acknowledge, then build the CSV and upload it to the incident channel. */
export function registerRegisterExport(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(REGISTER_EXPORT_ACTION, async ({ ack, body, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const payload = payloadSchema.safeParse(body);
    if (!payload.success) {
      await tell('That button is not one breachbot recognises; nothing was exported.');
      return;
    }
    const actor = { userId: payload.data.user.id, channelId: payload.data.channel.id };
    await afterAck(
      deps,
      'register_export',
      async () => {
        const done = await exportRegister(deps.ctx, actor, deps.registerFiles);
        if (!done.fileId) await tell(`The register file ${done.fileName} was sent, but Slack did not confirm it.`);
      },
      tell,
      (ref) => `The register could not be exported (ref ${ref}). Try again, or use \`breachbot register --csv\`.`,
    );
  });
}
