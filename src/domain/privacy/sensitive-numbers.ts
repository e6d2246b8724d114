/**
 * Finds numbers in free text that identify a person or give access to their money: US Social Security
 * numbers, payment card numbers and bank account numbers. Used to keep them out of the incident record
 * (masked, last four digits kept so people can still tell which one was meant) and to warn in the channel
 * when someone pastes one. Pure: no Slack, no I/O.
 *
 * Each kind needs its own evidence, so that the warning (which asks for a message to be deleted) is believed when
 * it comes: an SSN its hyphenated shape or the word; a card a known issuer prefix and Luhn; an account number
 * banking words near it, and never a cloud provider's account ("AWS account 123456789012").
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

/** AAA-GG-SSSS: the hyphenated SSN shape is recognisable without context. */
const HYPHENATED_SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;
/**
 * Nine digits, bare or grouped 3 2 4 by spaces, are an SSN only when the words around say so ("SSN 123456789",
 * "social security no. 123 45 6789"): a bare nine-digit number is as often a ticket, an order or a routing number.
 */
const UNHYPHENATED_SSN = /(?<![\d-])(\d{3}) ?(\d{2}) ?(\d{4})(?![\d-])/g;
const SSN_CONTEXT = /\b(ssn|ss#|ss no|social security|soc\.? sec\.?|tin|taxpayer id)/i;
/** 13–19 digits, optionally grouped by single spaces or hyphens, as cards are printed and pasted. */
const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** IBAN: country, check digits, 11–30 alphanumerics, optionally in groups of four. */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** A number of 6–17 digits (single spaces or hyphens between): an account number only with banking words near it. */
const ACCOUNT_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){5,16}(?![\d-])/g;
/** Numbers near banking words that are not accounts: dates, US phone numbers, amounts. */
const NOT_AN_ACCOUNT = /^(?:\d{4}-\d{2}-\d{2}|\d{3}[- ]\d{3}[- ]\d{4}|\d{3}-\d{2}-\d{4})$/;
const AMOUNT_BEFORE = /[$€£¥]\s*$/;
const AMOUNT_AFTER = /^\s*(?:usd|eur|gbp|dollars|euros|cents)\b/i;
/** Words that make a nearby number a bank account or routing number. */
const BANKING_CONTEXT =
  /\b(?:account|acct|a\/c|routing|rtn|aba|iban|bank|banking|checking|chequing|savings|sort code|wire|kontonummer)\b/i;
/** A routing number needs its own words: "routing", "ABA", "RTN", or a bank around it. */
const ROUTING_CONTEXT = /\b(?:routing|rtn|aba|bank|wire|ach)\b/i;
/**
 * A cloud provider's or SaaS account ("AWS account 123456789012", "Azure subscription", "GCP project"): an
 * infrastructure identifier, not money. Named near the number, it overrides the banking words.
 */
const CLOUD_CONTEXT =
  /\b(?:aws|amazon web services|arn:aws|gcp|google cloud|azure|microsoft entra|subscription id|tenant id|oci|oracle cloud|digitalocean|linode|alibaba cloud|ibm cloud|cloudflare|heroku|snowflake|datadog|github|gitlab|okta|salesforce|slack)\b/i;
/** How far before a bare number a context word may stand ("SSN of the customer is 123456789"); 20 characters after ("123456789 (SSN)"). */
const CONTEXT_WINDOW = 40;
const CONTEXT_AFTER = 20;

/**
 * What every pattern above needs at the least: six digits with at most one space or hyphen between them (SSN,
 * card, account), or two capitals and two digits (IBAN). Text without it is answered by one scan instead of
 * five; a summary runs this over every timeline line.
 */
const MAY_HOLD_A_NUMBER = /\d(?:[ -]?\d){5}|[A-Z]{2}\d{2}/;

export function findSensitiveNumbers(text: string): SensitiveFinding[] {
  if (!MAY_HOLD_A_NUMBER.test(text)) return [];
  const found: SensitiveFinding[] = [];
  const around = (start: number, end: number) =>
    `${text.slice(Math.max(0, start - CONTEXT_WINDOW), start)} ${text.slice(end, end + CONTEXT_AFTER)}`;
  for (const m of text.matchAll(HYPHENATED_SSN)) {
    if (plausibleSsn(m[1] ?? '', m[2] ?? '', m[3] ?? ''))
      found.push({ kind: 'ssn', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(UNHYPHENATED_SSN)) {
    const end = m.index + m[0].length;
    if (SSN_CONTEXT.test(around(m.index, end)) && plausibleSsn(m[1] ?? '', m[2] ?? '', m[3] ?? '')) {
      found.push({ kind: 'ssn', start: m.index, end });
    }
  }
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '');
    if (luhnValid(digits) && knownCardIssuer(digits) && !/^(\d)\1+$/.test(digits)) {
      found.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    if (ibanValid(m[0].replace(/ /g, '')))
      found.push({ kind: 'bank_account', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ACCOUNT_CANDIDATE)) {
    const end = m.index + m[0].length;
    const context = around(m.index, end);
    if (CLOUD_CONTEXT.test(context) || NOT_AN_ACCOUNT.test(m[0])) continue;
    if (AMOUNT_BEFORE.test(text.slice(0, m.index)) || AMOUNT_AFTER.test(text.slice(end))) continue;
    const digits = m[0].replace(/\D/g, '');
    const routing = digits.length === 9 && abaRoutingValid(digits) && ROUTING_CONTEXT.test(context);
    if (routing || BANKING_CONTEXT.test(context)) found.push({ kind: 'bank_account', start: m.index, end });
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

/**
 * The issuer prefixes and lengths of the card networks a breach statute's "payment card" covers: Visa 4 (13, 16
 * or 19 digits), Mastercard 51–55 and 2221–2720 (16), American Express 34 and 37 (15), Discover 6011, 644–649 and
 * 65 (16–19). A Luhn-valid number outside them is an order or tracking number one time in ten.
 */
export function knownCardIssuer(digits: string): boolean {
  const n = digits.length;
  const prefix = (k: number) => Number(digits.slice(0, k));
  if (digits.startsWith('4')) return n === 13 || n === 16 || n === 19;
  if ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720)) return n === 16;
  if (prefix(2) === 34 || prefix(2) === 37) return n === 15;
  if (prefix(4) === 6011 || prefix(2) === 65 || (prefix(3) >= 644 && prefix(3) <= 649)) return n >= 16 && n <= 19;
  return false;
}

/** ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  const d = [...digits].map(Number);
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return d.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 10 === 0;
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
