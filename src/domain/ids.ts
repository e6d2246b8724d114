import { z } from 'zod';

/** Identifiers shared by records, payloads and job data: declared once, parsed everywhere. */
export const incidentIdSchema = z.string().regex(/^INC-\d+$/);
/** A person (U…, or W… on Enterprise Grid). */
export const slackUserIdSchema = z.string().regex(/^[UW][A-Z0-9]+$/);
/** A public or private channel the bot can run an incident in. */
export const slackChannelIdSchema = z.string().regex(/^[CG][A-Z0-9]+$/);
/** Any conversation a command can be typed in, direct messages (D…) included. */
export const conversationIdSchema = z.string().regex(/^[CGD][A-Z0-9]+$/);
/** A message timestamp, Slack's message id within a channel. */
export const messageTsSchema = z.string().regex(/^\d+\.\d+$/);
/** An ISO 8601 instant with its offset (what every stored time is). */
export const instantSchema = z.iso.datetime({ offset: true });
