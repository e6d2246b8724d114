import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { BotServices } from './bot-services';

/** Everything a subcommand handler gets, after the command was parsed and acknowledged. */
export interface SubcommandRequest<C> {
  command: C;
  userId: string;
  channelId: string;
  teamId?: string;
  client: WebClient;
  respond: RespondFn;
  services: BotServices;
}

export async function answerEphemeral(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text });
}
