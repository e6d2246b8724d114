import { z } from 'zod';
import type { NoticeTarget } from '../../src/domain/obligations/notice-target';
import type { SentAtInput } from '../../src/domain/obligations/notice-time';
import { RECIPIENTS, recipientSchema } from '../../src/domain/regulations/vocabulary';
import { UsageError } from './tokenize';

/** An instant with its zone: `--at` never guesses a zone for a time of day (a date alone has its own reading). */
const typedInstant = z.iso.datetime({ offset: true, local: false });

const TARGET_EXAMPLES =
  '`dora/regulator/initial` (one notice, as the register shows it), `gdpr` (a regime), `us-ca/regulator` (a regime to one recipient) or `*/credit_bureaus` (a recipient across every regime)';

function recipientOf(word: string) {
  const parsed = recipientSchema.safeParse(word);
  if (!parsed.success) throw new UsageError(`Recipient must be one of ${RECIPIENTS.join(', ')}; got \`${word}\`.`);
  return parsed.data;
}

/** `dora/regulator/initial`, `gdpr`, `us-ca/regulator`, `*\/credit_bureaus` → what it names. */
export function parseNoticeTarget(word: string | undefined): NoticeTarget {
  const text = (word ?? '').trim().toLowerCase();
  if (text === '') throw new UsageError(`\`notified\` needs a notice: ${TARGET_EXAMPLES}.`);
  const across = /^\*\/([a-z_]+)$/.exec(text);
  if (across?.[1]) return { kind: 'recipient', recipient: recipientOf(across[1]) };
  const match = /^([a-z0-9-]+)(?:\/([a-z_]+)(\/[a-z0-9-]+(?:\/[a-z0-9-]+)*)?)?$/.exec(text);
  if (!match?.[1]) throw new UsageError(`\`${word}\` is not a notice. Name one as ${TARGET_EXAMPLES}.`);
  const [, regime, recipient, stage] = match;
  if (recipient === undefined) return { kind: 'regime', regime };
  const kind = recipientOf(recipient);
  if (stage !== undefined) return { kind: 'id', id: text };
  return { kind: 'regime', regime, recipient: kind };
}

/** `--at 2023-11-20` (a date, read in the incident's zone) or `--at 2023-11-20T15:30:00-05:00` (an instant). */
export function parseSentAt(value: string): SentAtInput {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: 'date', date: text };
  if (typedInstant.safeParse(text).success) return { kind: 'instant', at: text };
  throw new UsageError(
    `\`--at\` must be a date such as 2023-11-20 (read in the incident's time zone) or an instant with its zone such as 2023-11-20T15:30:00Z; got \`${value}\`.`,
  );
}
