import { RECIPIENTS, type Recipient, recipientSchema } from '../../src/domain/regulations/vocabulary';
import { UsageError } from './tokenize';

export interface NotifiedCommand {
  name: 'notified';
  regime: string;
  recipient?: Recipient;
  note?: string;
}

/** `notified <regime>[/<recipient>] [note]`: a regime alone marks all of its open obligations. */
export function parseNotified(tokens: string[]): NotifiedCommand {
  const [target, ...noteWords] = tokens;
  const match = /^([a-z0-9-]+)(?:\/([a-z_]+))?$/.exec(target?.toLowerCase() ?? '');
  if (!match?.[1]) {
    throw new UsageError(
      '`notified` needs an obligation, e.g. `/incident notified gdpr` or `/incident notified us-ca/regulator AG portal ref 123`.',
    );
  }
  let recipient: Recipient | undefined;
  if (match[2] !== undefined) {
    const parsed = recipientSchema.safeParse(match[2]);
    if (!parsed.success)
      throw new UsageError(`Recipient must be one of ${RECIPIENTS.join(', ')}; got \`${match[2]}\`.`);
    recipient = parsed.data;
  }
  const note = noteWords.join(' ').trim();
  return { name: 'notified', regime: match[1], ...(recipient ? { recipient } : {}), ...(note ? { note } : {}) };
}
