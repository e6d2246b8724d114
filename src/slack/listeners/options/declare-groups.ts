import type { App } from '@slack/bolt';
import { UserGroupDirectory } from '../../adapters/user-group-directory';
import type { ListenerDeps } from '../../listener-deps';
import { plain } from '../../messages/block-kit';
import { DECLARE_BLOCKS, DECLARE_GROUPS_ACTION_ID, MODAL_LIMITS } from '../../messages/declare-modal';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The declare modal's "Bring in user groups" asks for its options as the person types (`block_suggestion`):
 * the workspace's groups whose handle or name contains the text, as "@legal (Legal team)". Answered within
 * Slack's 3 s from a list read at most once a minute; when Slack cannot list them, an empty list (the person
 * can still name people one by one).
 */
export function registerDeclareGroupOptions(app: App, deps: ListenerDeps): void {
  let directory: UserGroupDirectory | null = null;
  app.options<'block_suggestion'>(
    { type: 'block_suggestion', block_id: DECLARE_BLOCKS.groups, action_id: DECLARE_GROUPS_ACTION_ID },
    async ({ ack, payload, client }) => {
      directory ??= new UserGroupDirectory(client);
      const query = typeof payload.value === 'string' ? payload.value : '';
      const groups = await directory.search(query).catch((error: unknown) => {
        deps.ctx.log.warn('usergroups_unlisted', { err: error });
        return [];
      });
      await ack({
        options: groups.map((g) => ({
          text: plain(clip(`@${g.handle} (${g.name})`, MODAL_LIMITS.optionText)),
          value: g.id,
        })),
      });
    },
  );
}
