/**
 * Characters pasted text brings that show as nothing: zero-width space, word joiner, byte-order mark, soft hyphen.
 * Left in, "Pay\u200Broll" reads "Payroll" but is another word to search and slugs to `pay-roll`. The zero-width
 * joiner and non-joiner are kept: emoji sequences and several scripts need them.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * What phones and word processors do to typed commands, undone before anything is parsed: macOS and iOS turn
 * `--` into an em or en dash, and quotes into curly ones; some keyboards type a non-breaking hyphen or a minus
 * sign; pasted text brings non-breaking and thin spaces, and invisible characters. A dash is turned back into `--`
 * only in front of a word (`—severity`), so a dash standing alone in a title ("Vendor — payroll") stays as typed.
 */
export function normaliseCommandText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/(^|\s)[—–‑−]{1,2}(?=\p{L})/gu, '$1--');
}
