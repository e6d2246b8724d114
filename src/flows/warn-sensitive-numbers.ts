import { sensitiveKinds } from '../domain/privacy/sensitive-numbers';
import type { FlowContext } from './context';

/** How long a warned-about message is remembered, so a re-delivered event does not warn twice. */
const WARNED_TTL_SECONDS = 7 * 24 * 3600;

/**
 * A message in an incident channel that looks like it holds an SSN, a card or a bank account number gets a
 * warning in its thread, once: the channel is kept for years and often exported. The warning names the kind
 * of number only; the text is never logged or stored.
 */
export async function warnSensitiveNumbers(
  ctx: FlowContext,
  message: { channelId: string; userId: string; ts: string; threadTs?: string; text: string },
): Promise<boolean> {
  const kinds = sensitiveKinds(message.text);
  if (kinds.length === 0) return false;
  const incident = await ctx.incidents.getByChannel(message.channelId);
  if (!incident) return false;
  if (!(await ctx.incidents.firstTime(`warned:${message.channelId}:${message.ts}`, WARNED_TTL_SECONDS))) return false;
  await ctx.chat.announce(incident, {
    kind: 'sensitive_numbers',
    userId: message.userId,
    threadTs: message.threadTs ?? message.ts,
    kinds,
  });
  ctx.log.info('sensitive_number_warned', { incident: incident.id, kinds: kinds.join(',') });
  return true;
}
