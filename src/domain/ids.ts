import { z } from 'zod';

/** Identifiers shared by records, payloads and job data: declared once, parsed everywhere. */

/**
 * An incident id: `INC-<UTC date>-<5 characters>` (src/domain/incidents/incident-id.ts), e.g.
 * `INC-20261202-0KX4M`. Ids made by earlier builds from a Redis counter (`INC-7`) stay valid: their records,
 * timelines and reminder jobs are still read.
 */
export const INCIDENT_ID_PATTERN = /^INC-(?:\d+|\d{8}-[0-9A-HJKMNP-TV-Z]{5})$/;
export const incidentIdSchema = z.string().regex(INCIDENT_ID_PATTERN);
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
