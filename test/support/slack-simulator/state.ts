/** The simulated workspace: users, groups, channels, messages, files, views. */
import type {
  BotIdentity,
  ChannelSeed,
  SimChannel,
  SimEphemeral,
  SimFile,
  SimMessage,
  SimUser,
  SimulatorOptions,
  SimView,
} from './types';

export const DEFAULT_BOT: BotIdentity = { userId: 'UBOT', botId: 'B0BOT', appId: 'A0TEST', name: 'breachbot' };
export const DEFAULT_TEAM_ID = 'T0TEST';
export const DEFAULT_TEAM_DOMAIN = 'example';
export const DEFAULT_BOT_TOKEN = 'xoxb-test-token';
/** App-level token (`connections:write`) accepted by `apps.connections.open`, for Socket Mode. */
export const DEFAULT_APP_TOKEN = 'xapp-1-A0TEST-1-test';
export const DEFAULT_USERS: SimUser[] = [
  { id: 'UALICE', name: 'alice', real_name: 'Alice Adams' },
  { id: 'UBOB', name: 'bob', real_name: 'Bob Brown' },
  { id: 'UCAROL', name: 'carol', real_name: 'Carol Chen' },
];
export const GENERAL_CHANNEL_ID = 'C0GENERAL';

export interface StoredFile extends SimFile {
  declaredLength: number;
  bytes?: Buffer;
  completed: boolean;
  /** files.delete took it: completing, uploading or reading it again fails, and its shares are tombstones. */
  deleted?: boolean;
}

export class SlackState {
  readonly bot: BotIdentity;
  readonly teamId: string;
  readonly teamDomain: string;
  readonly chatWritePublic: boolean;
  readonly defaultMembersPageSize: number;

  users = new Map<string, SimUser>();
  userGroups = new Map<string, string[]>();
  /** Handle and name of a group, for usergroups.list; absent: derived from the id. */
  userGroupInfo = new Map<string, { handle: string; name: string }>();
  channels = new Map<string, SimChannel>();
  /** Channel id → messages in ts order (top-level and replies). */
  messages = new Map<string, SimMessage[]>();
  ephemerals: SimEphemeral[] = [];
  files = new Map<string, StoredFile>();
  views = new Map<string, SimView>();

  private idCounter = 0;
  private lastTsMicros = 0;

  constructor(private readonly options: SimulatorOptions) {
    this.bot = { ...DEFAULT_BOT, ...options.bot };
    this.teamId = options.teamId ?? DEFAULT_TEAM_ID;
    this.teamDomain = options.teamDomain ?? DEFAULT_TEAM_DOMAIN;
    this.chatWritePublic = options.chatWritePublic ?? false;
    this.defaultMembersPageSize = options.defaultMembersPageSize ?? 100;
    this.seed();
  }

  /** Back to the seeded state (everything created during a test is dropped). */
  seed(): void {
    this.users.clear();
    this.userGroups.clear();
    this.userGroupInfo.clear();
    this.channels.clear();
    this.messages.clear();
    this.ephemerals = [];
    this.files.clear();
    this.views.clear();
    this.addUser({ id: this.bot.userId, name: this.bot.name, real_name: this.bot.name, is_bot: true });
    for (const user of this.options.users ?? DEFAULT_USERS) this.addUser(user);
    for (const [id, members] of Object.entries(this.options.userGroups ?? {})) this.userGroups.set(id, [...members]);
    const channels = this.options.channels ?? [
      { id: GENERAL_CHANNEL_ID, name: 'general', members: (this.options.users ?? DEFAULT_USERS).map((u) => u.id) },
    ];
    for (const channel of channels) this.addChannel(channel);
  }

  addUser(user: SimUser): SimUser {
    const stored = { ...user };
    this.users.set(user.id, stored);
    return stored;
  }

  addChannel(seed: ChannelSeed & { creator?: string }): SimChannel {
    const now = Math.floor(Date.now() / 1000);
    const channel: SimChannel = {
      id: seed.id ?? this.newId('C'),
      name: seed.name,
      is_private: seed.is_private ?? false,
      is_im: false,
      is_archived: seed.is_archived ?? false,
      created: now,
      creator: seed.creator ?? seed.members?.[0] ?? this.bot.userId,
      members: [...new Set(seed.members ?? [])],
      topic: {
        value: seed.topic ?? '',
        creator: seed.topic ? (seed.members?.[0] ?? '') : '',
        last_set: seed.topic ? now : 0,
      },
      purpose: { value: '', creator: '', last_set: 0 },
    };
    this.channels.set(channel.id, channel);
    this.messages.set(channel.id, []);
    return channel;
  }

  /** The bot's DM channel with a user (created on first use, as posting to a user id does). */
  imWith(userId: string): SimChannel {
    for (const channel of this.channels.values()) {
      if (channel.is_im && channel.members.includes(userId)) return channel;
    }
    const channel = this.addChannel({
      id: this.newId('D'),
      name: userId,
      is_private: true,
      members: [this.bot.userId, userId],
    });
    channel.is_im = true;
    return channel;
  }

  newId(prefix: string): string {
    this.idCounter += 1;
    return prefix + this.idCounter.toString(36).toUpperCase().padStart(10, '0');
  }

  /** A message ts: unique and strictly increasing, `<seconds>.<6 digits>` like Slack's. */
  newTs(): string {
    const micros = Math.max(Date.now() * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  channelMessages(channelId: string): SimMessage[] {
    let list = this.messages.get(channelId);
    if (!list) {
      list = [];
      this.messages.set(channelId, list);
    }
    return list;
  }

  findMessage(channelId: string, ts: string): SimMessage | undefined {
    return this.messages.get(channelId)?.find((m) => m.ts === ts);
  }

  permalink(channelId: string, ts: string, threadTs?: string): string {
    const base = `https://${this.teamDomain}.slack.com/archives/${channelId}/p${ts.replace('.', '')}`;
    return threadTs && threadTs !== ts ? `${base}?thread_ts=${threadTs}&cid=${channelId}` : base;
  }

  /** The channel object as the Web API returns it. */
  channelJson(channel: SimChannel, options: { includeNumMembers?: boolean } = {}): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: channel.id,
      name: channel.name,
      name_normalized: channel.name,
      is_channel: !channel.is_im,
      is_group: false,
      is_im: channel.is_im,
      is_mpim: false,
      is_private: channel.is_private,
      is_archived: channel.is_archived,
      is_general: channel.id === GENERAL_CHANNEL_ID,
      is_member: channel.members.includes(this.bot.userId),
      created: channel.created,
      creator: channel.creator,
      context_team_id: this.teamId,
      topic: { ...channel.topic },
      purpose: { ...channel.purpose },
    };
    if (channel.is_im) json.user = channel.members.find((m) => m !== this.bot.userId);
    if (options.includeNumMembers) json.num_members = channel.members.length;
    return json;
  }

  userJson(user: SimUser): Record<string, unknown> {
    return {
      id: user.id,
      team_id: this.teamId,
      name: user.name,
      real_name: user.real_name ?? user.name,
      deleted: user.deleted ?? false,
      is_bot: user.is_bot ?? false,
      is_app_user: false,
      tz: user.tz ?? 'America/New_York',
      profile: {
        real_name: user.real_name ?? user.name,
        display_name: user.name,
        team: this.teamId,
        ...(user.is_bot ? { bot_id: this.bot.botId } : {}),
      },
    };
  }

  fileJson(file: StoredFile): SimFile & Record<string, unknown> {
    const { bytes: _bytes, declaredLength: _declared, completed: _completed, deleted: _deleted, ...json } = file;
    return json;
  }
}
