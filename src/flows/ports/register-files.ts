/** What the register export needs of the chat platform: people's names, and a file in the channel. */
export interface RegisterFilesPort {
  /** Display names of these users by id (cached); an id the platform cannot name is left out. */
  userNames(userIds: readonly string[]): Promise<Map<string, string>>;
  /** Uploads a text file to the channel with a comment; returns the file's id, or null when none was given. */
  uploadFile(
    channelId: string,
    file: { name: string; content: string; title: string; comment: string },
  ): Promise<string | null>;
}
