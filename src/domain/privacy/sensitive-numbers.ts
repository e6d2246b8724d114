/**
 * Finds numbers in free text that identify a person or give access to their money: US Social Security
 * numbers, payment card numbers and bank account numbers. Used to keep them out of the incident record
 * (masked, last four digits kept so people can still tell which one was meant) and to warn in the channel
 * when someone pastes one. Pure: no Slack, no I/O.
 *
 * The patterns favour catching a real number over sparing a harmless one: a masked order number costs a
 * reader a moment, an SSN left in a report sent to a regulator is itself a disclosure.
 */

export type SensitiveKind = 'ssn' | 'card' | 'bank_account';

export interface SensitiveFinding {
  kind: SensitiveKind;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

export const SENSITIVE_KIND_LABELS: Record<SensitiveKind, string> = {
  ssn: 'a Social Security number',
  card: 'a payment card number',
  bank_account: 'a bank account number',
};

/** 123-45-6789 or 123 45 6789: the formatted SSN is recognisable without context. */
const FORMATTED_SSN = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
/** Nine bare digits are an SSN only when the words around say so ("SSN 123456789", "social security no."). */
const BARE_NINE = /(?<!\d)\d{9}(?!\d)/g;
const SSN_CONTEXT = /\b(ssn|ss#|ss no|social security|soc\.? sec\.?|tin|taxpayer id)/i;
/** 13–19 digits, optionally grouped by single spaces or hyphens, as cards are printed and pasted. */
const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** IBAN: country, check digits, 11–30 alphanumerics, optionally in groups of four. */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** An account number needs its context word: 6–17 digits alone could be anything. */
const ACCOUNT_CONTEXT =
  /\b(?:account|acct|a\/c|bank ?account|routing|aba|sort code|checking|savings|kontonummer|iban)\b(?:\s*(?:no\.?|number|num|#|nr\.?))?\s*[:#]?\s*((?:\d[ -]?){5,16}\d)(?![\d-])/gi;
/** How far before a bare number a context word may stand ("SSN of the customer is 123456789"); 20 characters after ("123456789 (SSN)"). */
const CONTEXT_WINDOW = 40;

export function findSensitiveNumbers(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  for (const m of text.matchAll(FORMATTED_SSN)) {
    if (plausibleSsn(m[1] ?? '', m[3] ?? '', m[4] ?? ''))
      found.push({ kind: 'ssn', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(BARE_NINE)) {
    const around = `${text.slice(Math.max(0, m.index - CONTEXT_WINDOW), m.index)} ${text.slice(m.index + 9, m.index + 9 + 20)}`;
    const digits = m[0];
    if (SSN_CONTEXT.test(around) && plausibleSsn(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))) {
      found.push({ kind: 'ssn', start: m.index, end: m.index + digits.length });
    }
  }
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && !/^(\d)\1+$/.test(digits)) {
      found.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    if (ibanValid(m[0].replace(/ /g, '')))
      found.push({ kind: 'bank_account', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ACCOUNT_CONTEXT)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].length - number.length;
    found.push({ kind: 'bank_account', start, end: start + number.length });
  }
  return dropOverlaps(found);
}

/** The text with every finding's digits replaced by `X`, except the last four; separators stay. */
export function maskSensitiveNumbers(text: string): string {
  const findings = findSensitiveNumbers(text);
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + maskKeepingLastFour(text.slice(f.start, f.end));
    at = f.end;
  }
  return out + text.slice(at);
}

/** The kinds found, once each, in a stable order: what a warning names without repeating the number. */
export function sensitiveKinds(text: string): SensitiveKind[] {
  const kinds = new Set(findSensitiveNumbers(text).map((f) => f.kind));
  return (['ssn', 'card', 'bank_account'] as const).filter((k) => kinds.has(k));
}

function maskKeepingLastFour(value: string): string {
  let keep = 4;
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    const c = chars[i] ?? '';
    if (!/[A-Za-z0-9]/.test(c)) continue;
    if (keep > 0) keep -= 1;
    else chars[i] = 'X';
  }
  return chars.join('');
}

/** The SSA never issues area 000, 666 or 900–999, group 00 or serial 0000: those are test or made-up numbers. */
function plausibleSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 mod-97 check: keeps "DE44…"-looking words that are not IBANs out of the findings. */
function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const c of rearranged) {
    const value = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of value) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/** Overlapping findings (a 16-digit account number that is also Luhn-valid) become one, the earliest and longest. */
function dropOverlaps(findings: SensitiveFinding[]): SensitiveFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SensitiveFinding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      continue;
    }
    kept.push({ ...f });
  }
  return kept;
}
