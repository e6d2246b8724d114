import type { NoticeTarget } from '../../src/domain/obligations/notice-target';
import type { SentAtInput } from '../../src/domain/obligations/notice-time';
import { NOTICE_NOTE_MAX } from '../../src/domain/obligations/obligation-record';
import { parseNoticeTarget, parseSentAt } from './notice-target';
import { splitFlags, UsageError } from './tokenize';

export type NotifiedCommand =
  | { name: 'notified'; action: 'mark'; target: NoticeTarget; at?: SentAtInput; note?: string }
  | { name: 'notified'; action: 'undo'; target: NoticeTarget; note?: string };

/**
 * `notified <notice> [--at <date|instant>] [note]` marks notices given (when they went out, with `--at`);
 * `notified --undo <notice> [note]` reopens them. A notice is an obligation id, a regime, a regime/recipient
 * or `*\/<recipient>` (notice-target.ts).
 */
export function parseNotified(tokens: string[]): NotifiedCommand {
  const { words, flags } = splitFlags(tokens, { at: 'value', undo: 'value' }, 'notified');
  const undo = flags.get('undo');
  const at = flags.get('at');
  if (typeof undo === 'string') {
    if (at !== undefined) throw new UsageError('`--undo` reopens a notice; it takes no `--at`.');
    const note = noteOf(words);
    return { name: 'notified', action: 'undo', target: parseNoticeTarget(undo), ...(note ? { note } : {}) };
  }
  const [target, ...noteWords] = words;
  const note = noteOf(noteWords);
  return {
    name: 'notified',
    action: 'mark',
    target: parseNoticeTarget(target),
    ...(typeof at === 'string' ? { at: parseSentAt(at) } : {}),
    ...(note ? { note } : {}),
  };
}

/** The words after the notice: a reference or the portal used, kept with it within what is stored. */
function noteOf(words: string[]): string {
  const note = words.join(' ').trim();
  if (note.length > NOTICE_NOTE_MAX) {
    throw new UsageError(
      `The note is ${note.length} characters; keep it within ${NOTICE_NOTE_MAX} (a reference number or the portal used); nothing changed.`,
    );
  }
  return note;
}
