import type { Incident } from '../domain/incidents/incident';
import { errorName } from '../runtime/log';
import type { FlowContext } from './context';
import { type ActPost, type Announcement, ChatPostFailure } from './ports/chat';

/** Whether the channel was told of a change that is already stored. */
export type Announced = { posted: true } | { posted: false; code: string };

/**
 * The last step of an act that changed the record: telling the channel. The change is stored whatever
 * happens here, so a failed post (a limit, a 5xx, a rate limit) must not read as "nothing was done": it is
 * logged and returned, and the act's answer tells the person what was stored and that the channel was not told.
 */
export async function announceStored(
  ctx: FlowContext,
  incident: Incident,
  announcement: Announcement,
  post?: ActPost,
): Promise<Announced> {
  try {
    await ctx.chat.announce(incident, announcement, post);
    return { posted: true };
  } catch (error) {
    const code = error instanceof ChatPostFailure ? error.code : errorName(error);
    ctx.log.error('announce_failed', { incident: incident.id, announcement: announcement.kind, code });
    return { posted: false, code };
  }
}
