import type { App } from '@slack/bolt';
import { z } from 'zod';
import { SENSITIVE_KIND_LABELS, sensitiveKinds } from '../../../domain/privacy/sensitive-numbers';
import type { BotServices } from '../../bot-services';
import { errorName } from '../../error-name';
import { drillMessage } from '../../messages/incident-header';

const messageSchema = z.object({
  type: z.literal('message'),
  subtype: z.enum(['thread_broadcast', 'file_share']).optional(),
  channel: z.string().regex(/^[CG][A-Z0-9]+$/),
  user: z.string().regex(/^[UW][A-Z0-9]+$/),
  text: z.string(),
  ts: z.string().regex(/^\d+\.\d+$/),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
});

/** How long a warned-about message is remembered, so a re-delivered event does not warn twice. */
const WARNED_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Warns in the incident channel when someone posts what looks like an SSN, a card or a bank account number:
 * the channel is kept for years and often exported, and responders paste evidence without thinking. The
 * warning names the kind of number only, never the number, and the message text is never logged.
 */
export function registerSensitiveNumberWarning(app: App, services: BotServices): void {
  app.event('message', async ({ event, client }) => {
    const parsed = messageSchema.safeParse(event);
    if (!parsed.success || parsed.data.bot_id) return;
    const message = parsed.data;
    const kinds = sensitiveKinds(message.text);
    if (kinds.length === 0) return;
    await services.inFlight.track(
      (async () => {
        try {
          const incident = await services.incidents.store.getByChannel(message.channel);
          if (!incident) return;
          const first = await services.redis.set(services.keys.seen(`warned:${message.channel}:${message.ts}`), '1', 'EX', WARNED_TTL_SECONDS, 'NX');
          if (first !== 'OK') return;
          const what = kinds.map((k) => SENSITIVE_KIND_LABELS[k]);
          await client.chat.postMessage({
            channel: message.channel,
            thread_ts: message.thread_ts ?? message.ts,
            ...drillMessage(incident, {
              text:
                `:warning: <@${message.user}>, this message seems to contain ${joinWords(what)}. ` +
                'Personal data should not sit in the incident channel: please delete the message and refer to the record by its last four digits or a ticket number. ' +
                'breachbot masks such numbers in decisions and summaries.',
            }),
          });
          services.log.info('sensitive_number_warned', { incident: incident.id, kinds: kinds.join(',') });
        } catch (error) {
          services.log.error('sensitive_number_warning_failed', { error: errorName(error) });
        }
      })(),
    );
  });
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
