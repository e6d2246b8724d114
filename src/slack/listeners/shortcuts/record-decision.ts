import type { App, MessageShortcut } from '@slack/bolt';
import { z } from 'zod';
import { messageDecisionEntry } from '../../../domain/timeline/decision-entry';
import { assertIncidentOpen } from '../../../domain/incidents/incident-lifecycle';
import { IncidentRefusal } from '../../../flows/incident-service';
import type { BotServices } from '../../bot-services';
import { incidentForMember } from '../../incident-access';
import { permalinkOf } from '../../message-source';
import { decisionRecordedMessage } from '../../messages/decision-message';
import { errorName } from '../../error-name';
import { drillMessage } from '../../messages/incident-header';

export const RECORD_DECISION_CALLBACK_ID = 'record_decision';

/** The parts of Slack's message_action payload the shortcut relies on. */
const shortcutSchema = z.object({
  type: z.literal('message_action'),
  callback_id: z.literal(RECORD_DECISION_CALLBACK_ID),
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]+$/) }),
  channel: z.object({ id: z.string().regex(/^[CGD][A-Z0-9]+$/) }),
  message_ts: z.string().regex(/^\d+\.\d+$/),
  message: z.object({
    ts: z.string().regex(/^\d+\.\d+$/),
    text: z.string().default(''),
    user: z.string().optional(),
    bot_id: z.string().optional(),
  }),
});

/**
 * Message shortcut "Record as decision": the message (author, time, text, link) becomes a decision on the
 * timeline, recorded by whoever used the shortcut. Keyed on the message, so using it twice on the same
 * message (or Slack delivering it twice) records it once, and the person is told it already was.
 */
export function registerRecordDecisionShortcut(app: App, services: BotServices): void {
  app.shortcut<MessageShortcut>({ callback_id: RECORD_DECISION_CALLBACK_ID, type: 'message_action' }, async ({ ack, shortcut, client, respond }) => {
    await ack();
    const tell = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const parsed = shortcutSchema.safeParse(shortcut);
    if (!parsed.success) {
      services.log.warn('shortcut_rejected', { callback: RECORD_DECISION_CALLBACK_ID });
      await tell('That message could not be read; nothing was recorded.').catch(() => undefined);
      return;
    }
    const { user, channel, message } = parsed.data;
    await services.inFlight.track(
      (async () => {
        try {
          const access = await incidentForMember(services, client, channel.id, user.id);
          if (!access.ok) return void (await tell(access.reason));
          assertIncidentOpen(access.incident, 'decisions');
          const entry = messageDecisionEntry({
            recordedBy: user.id,
            at: services.now(),
            message: {
              channelId: channel.id,
              ts: message.ts,
              author: message.user ?? message.bot_id ?? 'unknown',
              text: message.text,
              permalink: await permalinkOf(client, channel.id, message.ts),
            },
          });
          const result = await services.timeline.append(access.incident.id, entry);
          if (!result.appended) return void (await tell(`That message is already recorded as a decision (timeline #${result.seq}).`));
          services.log.info('decision_recorded', { incident: access.incident.id, seq: result.entry.seq, source: 'shortcut' });
          await client.chat.postMessage({ channel: channel.id, ...drillMessage(access.incident, decisionRecordedMessage(result.entry)) });
        } catch (error) {
          if (error instanceof IncidentRefusal) return void (await tell(error.message));
          services.log.error('record_decision_failed', { error: errorName(error) });
          await tell('The decision could not be recorded. Try again.').catch(() => undefined);
        }
      })(),
    );
  });
}
