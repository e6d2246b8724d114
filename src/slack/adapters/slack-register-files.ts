import type { WebClient } from '@slack/web-api';
import type { RegisterFilesPort } from '../../flows/ports/register-files';
import type { UserNameStore } from '../../store/user-names';

/**
 * Names from users.info, cached in Redis (`UserNameStore`, which `breachbot register` reads too), so a person
 * is looked up once, not once per export; files through files.uploadV2 (getUploadURLExternal → upload →
 * completeUploadExternal).
 */
export class SlackRegisterFiles implements RegisterFilesPort {
  constructor(
    private readonly client: WebClient,
    private readonly cache: UserNameStore,
  ) {}

  async userNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const names = await this.cache.get(userIds);
    const missing = [...new Set(userIds)].filter((id) => !names.has(id));
    const fetched = new Map<string, string>();
    for (const id of missing) {
      // A deactivated or external user without a name is shown by id: the export goes out either way.
      const info = await this.client.users.info({ user: id }).catch(() => null);
      const name = info?.user?.profile?.display_name || info?.user?.real_name || info?.user?.name;
      if (name) fetched.set(id, name);
    }
    await this.cache.set(fetched);
    return new Map([...names, ...fetched]);
  }

  async uploadFile(
    channelId: string,
    file: { name: string; content: string; title: string; comment: string },
  ): Promise<string | null> {
    const upload = await this.client.files.uploadV2({
      channel_id: channelId,
      file: Buffer.from(file.content, 'utf8'),
      filename: file.name,
      title: file.title,
      initial_comment: file.comment,
    });
    const files = (upload as { files?: { id?: string; files?: { id?: string }[] }[] }).files ?? [];
    return files[0]?.files?.[0]?.id ?? files[0]?.id ?? null;
  }
}
