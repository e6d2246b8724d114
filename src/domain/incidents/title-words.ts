import { stripBidiControls } from '../text/bidi';

/**
 * A title as the record will keep it (bidirectional controls dropped, spaces collapsed), and whether it has a
 * word in it. A repeated open is recognised by its title with punctuation aside (`openDedupeKey`), so titles
 * without a letter or digit ("!!!", "“”", controls alone) would all be one open: a second, different incident
 * declared that way would be answered as the first. Such titles are refused where a title is typed.
 */
export function titleAsStored(typed: string): string {
  return stripBidiControls(typed).replace(/\s+/g, ' ').trim();
}

export function titleHasWord(title: string): boolean {
  return /[\p{L}\p{N}]/u.test(title);
}

export const TITLE_NEEDS_A_WORD = 'A title needs a word (a letter or a digit), e.g. "Customer database exfiltration".';
