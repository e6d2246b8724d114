import type { Incident } from '../domain/incidents/incident';
import { errorName } from '../runtime/log';
import type { FlowContext } from './context';
import { ChatPostFailure } from './ports/chat';

/** A Slack post that did not go out after the change it shows was stored: what it was, and Slack's reason. */
export interface NotPosted {
  what: 'header' | 'checklist' | 'summary' | 'register' | 'announcement' | 'topic';
  code: string;
}

/**
 * Runs one post that follows a stored change. A failure (a limit, a 5xx, a rate limit that outlasted the
 * client's retries) is logged and returned for the person's answer, never thrown: the change is stored, and
 * "nothing was done" would be false.
 */
export async function postAfterStore(
  ctx: FlowContext,
  incident: Pick<Incident, 'id'>,
  what: NotPosted['what'],
  post: () => Promise<unknown>,
): Promise<NotPosted | null> {
  try {
    await post();
    return null;
  } catch (error) {
    const code = failureCode(error);
    ctx.log.error('post_after_store_failed', { incident: incident.id, what, code });
    return { what, code };
  }
}

/**
 * A post's failure as a code: the adapter's (ChatPostFailure), Slack's when the Web API gave one (`data.error`),
 * else the error's name. Codes only, never text.
 */
export function failureCode(error: unknown): string {
  if (error instanceof ChatPostFailure) return error.code;
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : errorName(error);
}
