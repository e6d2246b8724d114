import type { LawEnforcementRequest, LawEnforcementResume, LawEnforcementTolling, Verification } from '../../rule';
import { DC_CODE_SOURCE } from './dc';
import { HI_TEXT_SOURCE } from './hi';
import type { StateCode } from './state-rule';

/**
 * Each US jurisdiction's law-enforcement delay of the notice to residents: which requests pause it, and what the
 * deadline is once law enforcement says notice no longer impedes the investigation. Most clauses read "may be
 * delayed if a law enforcement agency determines that the notification will impede a criminal investigation ...
 * shall be made after [it] determines that it will not compromise the investigation": paused until lifted, then
 * at once or by the statute's own deadline if later (`at_end`). A few give a fixed period after the lift (Maine,
 * Maryland, South Dakota, Tennessee) or need the request in writing.
 *
 * Sources: statute text as mirrored in github:Ansvar-Systems/US-law-mcp data/seed/states/<st>.json (read in this
 * session: V), and the Foley & Lardner chart mirrored in github:AlexNetCC/USDataBreachApp raw-laws/<state>.md (S).
 * Where they disagree, or the text could not be read, the reading that ends the delay earliest is encoded.
 */

const seed = (st: string, what: string): string =>
  `github:Ansvar-Systems/US-law-mcp data/seed/states/${st}.json (${what})`;
const chart = (state: string): string =>
  `github:AlexNetCC/USDataBreachApp raw-laws/${state}.md (provision_law_enforcement_delay_description)`;

const AT_END: LawEnforcementResume = { kind: 'at_end' };

const UNTIL_LIFTED =
  "resumes when law enforcement says notice no longer impedes the investigation; then at once, or by the statute's own deadline if later";

interface Spec {
  citation: string;
  request?: LawEnforcementRequest;
  resume?: LawEnforcementResume;
  /** Overrides the usual words for a fixed period after the lift. */
  afterLift?: string;
  verification: Verification;
}

function entry(spec: Spec): { individuals: LawEnforcementTolling } {
  const request = spec.request ?? 'any';
  const asked =
    request === 'written'
      ? ' (only on a written request)'
      : request === 'written_or_documented'
        ? " (on a written request, or an oral one documented at once in writing with the officer's name and agency)"
        : '';
  const words = spec.afterLift ?? UNTIL_LIFTED;
  return {
    individuals: {
      kind: 'tolls',
      citation: spec.citation,
      verification: spec.verification,
      request,
      resume: spec.resume ?? AT_END,
      resumes: `${words}${asked} (${spec.citation})`,
    },
  };
}

const V = (st: string, what = 'delay clause read'): Verification => ({ confidence: 'V', sources: [seed(st, what)] });
const S = (state: string, unverified: string, extra: string[] = []): Verification => ({
  confidence: 'S',
  sources: [chart(state), ...extra],
  unverified,
});

/**
 * A delay clause read only in a hand-written seed copy (statute-copies.ts lists them): words someone typed from
 * memory or a summary are not the statute's text, so the reading stays S until the text itself is read.
 */
const HAND_WRITTEN = (st: string, what = 'delay clause read'): Verification => ({
  confidence: 'S',
  sources: [seed(st, what)],
  unverified: `Read only in a hand-written copy (data/seed/states/${st}.json), not in the statute's own text; to be re-read.`,
});

const NOT_READ = 'Statute text of the delay clause not read in this session (the mirror omits it).';

export const STATE_LAW_ENFORCEMENT_DELAY: Record<StateCode, { individuals: LawEnforcementTolling }> = {
  // Ala. Code § 8-38-5(c) is recalled as Florida's wording (delay "upon the receipt of written request"); the chart
  // omits the writing. Conservative reading: only a written request pauses the notice.
  al: entry({
    citation: 'Ala. Code § 8-38-5(c)',
    request: 'written',
    verification: S('alabama', `${NOT_READ} Written-request requirement from memory; the chart is silent on it.`),
  }),
  // AS 45.48.010(b) makes the disclosure "except as provided in AS 45.48.020": the delay is .020, not .010(c) (the
  // no-harm determination). The seed copy cited before is hand-written (statute-copies.ts); .020 itself not read.
  ak: entry({
    citation: 'AS 45.48.020',
    verification: S(
      'alaska',
      'AS 45.48.020 was not read; AS 45.48.010(b), read, refers the delay to it ("in the most expeditious time possible and without unreasonable delay, except as provided in AS 45.48.020"). Until lifted, as the chart gives it.',
      [
        'https://law.justia.com/codes/alaska/2019/title-45/chapter-48/article-1/section-45-48-010/ (2019 AS 45.48.010(b))',
      ],
    ),
  }),
  // The mirrored text says notice "shall be made after" the lift; the chart reads 45 days after it (2018 amendment).
  // Conservative reading: at once after the lift (or by the 45 days from discovery, if later).
  az: entry({
    citation: 'A.R.S. § 18-552(D)',
    verification: {
      confidence: 'S',
      sources: [seed('az', '"shall be made after the law enforcement agency determines"'), chart('arizona')],
      unverified:
        'Sources disagree: the chart gives 45 days after the lift; the mirrored text none. The earlier reading (at once) is encoded.',
    },
  }),
  // The seed copy of Arkansas is hand-written (statute-copies.ts): not a reading of the text (sixth pass).
  ar: entry({
    citation: 'Ark. Code § 4-110-105(c)',
    verification: S(
      'arkansas',
      'The delay clause was not quoted from a scraped or official copy: the seed copy cited before is hand-written. § 4-110-105(a)(2) ("consistent with the legitimate needs of law enforcement") was read in a code copy (us-states/ar.ts).',
    ),
  }),
  ca: entry({ citation: 'Cal. Civ. Code § 1798.82(c)', verification: S('california', NOT_READ) }),
  co: entry({
    citation: 'C.R.S. § 6-1-716(2)',
    verification: S(
      'colorado',
      `${NOT_READ} § 6-1-716(2) ("consistent with the legitimate needs of law enforcement") read in the mirror.`,
    ),
  }),
  ct: entry({ citation: 'Conn. Gen. Stat. § 36a-701b(d)', verification: S('connecticut', NOT_READ) }),
  de: entry({ citation: '6 Del. C. § 12B-102(c)(2)', verification: V('de') }),
  // § 501.171(4)(b): delayed "upon the written request of the law enforcement agency for a specified period".
  fl: entry({ citation: 'Fla. Stat. § 501.171(4)(b)', request: 'written', verification: S('florida', NOT_READ) }),
  ga: entry({ citation: 'O.C.G.A. § 10-1-912(c)', verification: HAND_WRITTEN('ga') }),
  hi: entry({
    citation: 'HRS § 487N-2(c)',
    request: 'written_or_documented',
    verification: {
      confidence: 'V',
      sources: [
        `${HI_TEXT_SOURCE}: (c) "The notice required by this section shall be delayed if a law enforcement agency informs the business or government agency that notification may impede a criminal investigation or jeopardize national security and requests a delay; provided that such request is made in writing, or the business or government agency documents the request contemporaneously in writing, including the name of the law enforcement officer making the request and the officer's law enforcement agency engaged in the investigation. The notice required by this section shall be provided without unreasonable delay after the law enforcement agency communicates to the business or government agency its determination that notice will no longer impede the investigation or jeopardize national security."`,
      ],
      unverified: 'The mirror is the 2016 capture of HRS § 487N-2.',
    },
  }),
  // 715C.2(3): a written request, and notice after the agency says, in writing, it no longer compromises.
  ia: entry({ citation: 'Iowa Code § 715C.2(3)', request: 'written', verification: S('iowa', NOT_READ) }),
  id: entry({ citation: 'Idaho Code § 28-51-105(3)', verification: S('idaho', NOT_READ) }),
  il: entry({
    citation: '815 ILCS 530/10(b-5)',
    request: 'written',
    verification: HAND_WRITTEN('il', '530/10: "provides the data collector with a written request for the delay"'),
  }),
  in: entry({ citation: 'Ind. Code § 24-4.9-3-3(a)', verification: S('indiana', NOT_READ) }),
  ks: entry({ citation: 'K.S.A. § 50-7a02(c)', verification: V('ks') }),
  ky: entry({ citation: 'KRS § 365.732(4)', verification: S('kentucky', NOT_READ) }),
  la: entry({ citation: 'La. R.S. 51:3074(F)', verification: V('la') }),
  // § 1348(3): "may be delayed for no longer than 7 business days after a law enforcement agency determines that
  // the notification will not compromise a criminal investigation". Counted on the federal calendar: Maine's own
  // adds Patriots' Day, so the federal one never ends later (the conservative reading).
  me: entry({
    citation: '10 M.R.S. § 1348(3)',
    resume: {
      kind: 'period',
      period: {
        unit: 'business_days',
        n: 7,
        calendar: 'us-federal',
        timeZone: 'America/New_York',
        dueLocalTime: '17:00',
      },
      whileOriginalRuns: 'earlier',
    },
    afterLift: 'resumes when law enforcement says notice no longer impedes the investigation; then 7 business days',
    // The seed copy of Maine is hand-written (statute-copies.ts HAND_WRITTEN_COPIES): the words are taken instead from
    // a 2017 bill that quotes the subsection as P.L. 2009, c. 161 left it (sixth verification pass).
    verification: {
      confidence: 'V',
      sources: [
        'https://legislature.maine.gov/legis/bills/bills_128th/billtexts/HP021701.asp (LD 284 of 2017, quoting 10 MRSA § 1348(3) "as amended by PL 2009, c. 161, §3": "If, after the completion of an investigation required by subsection 1, notification is required under this section, the notification required by this section may be delayed for no longer than 7 business days after a law enforcement agency determines that the notification will not compromise a criminal investigation"; the bill proposed 3)',
        'https://huntonak.com/privacy-and-information-security-law/maine-requires-breach-notice-within-seven-days-of-go-ahead-from-law-enforcement (L.D. 970, signed 2009-05-19: "no more than seven business days")',
        chart('maine'),
      ],
      unverified:
        'LD 284 (2017), which proposed 3 business days, is read as not enacted: the 2025 Foley chart and later summaries still give 7. Whether LD 696 (2019) reworded sub-§ 3 was not read.',
    },
  }),
  // § 14-3504(d)(2)(i): 7 days after the lift if the original 45 days have run; otherwise the end of the 45 days.
  md: entry({
    citation: 'Md. Code, Com. Law § 14-3504(d)(2)',
    resume: { kind: 'period', period: { unit: 'calendar_days', n: 7 }, whileOriginalRuns: 'original' },
    afterLift:
      'resumes when law enforcement says notice no longer impedes the investigation; then 7 days, or the end of the original 45 days if they have not run',
    verification: V('md'),
  }),
  // c. 93H § 4: delayed only if the agency "has notified the attorney general, in writing" of its determination.
  ma: entry({
    citation: 'M.G.L. c. 93H, § 4',
    request: 'written',
    verification: V('ma', 'c. 93H § 4: agency notified the AG in writing'),
  }),
  mi: entry({ citation: 'MCL § 445.72(4)', verification: S('michigan', NOT_READ) }),
  mn: entry({ citation: 'Minn. Stat. § 325E.61, subd. 1(c)', verification: V('mn') }),
  mo: entry({
    citation: 'Mo. Rev. Stat. § 407.1500.2(3)',
    request: 'written_or_documented',
    verification: S('missouri', NOT_READ),
  }),
  ms: entry({ citation: 'Miss. Code § 75-24-29(5)', verification: HAND_WRITTEN('ms') }),
  mt: entry({ citation: 'Mont. Code § 30-14-1704(3)', verification: S('montana', NOT_READ) }),
  nc: entry({ citation: 'N.C. Gen. Stat. § 75-65(c)', request: 'written_or_documented', verification: V('nc') }),
  nd: entry({ citation: 'N.D. Cent. Code § 51-30-04', verification: V('nd') }),
  ne: entry({ citation: 'Neb. Rev. Stat. § 87-803(3)', verification: S('nebraska', NOT_READ) }),
  // RSA 359-C:20, II says only that notice "may be delayed"; nothing on when it resumes: read as until lifted.
  nh: entry({
    citation: 'RSA 359-C:20, II',
    verification: HAND_WRITTEN('nh', 'RSA 359-C:20, II: no end stated, read as until lifted'),
  }),
  nj: entry({ citation: 'N.J.S.A. § 56:8-163(c)(2)', verification: V('nj') }),
  nm: entry({
    citation: 'N.M. Stat. § 57-12C-9',
    verification: V('nm', 'the delay clause (no end stated; read as until lifted)'),
  }),
  nv: entry({ citation: 'NRS § 603A.220(3)', verification: S('nevada', NOT_READ) }),
  ny: entry({ citation: 'N.Y. Gen. Bus. Law § 899-aa(4)', verification: V('ny') }),
  oh: entry({ citation: 'Ohio Rev. Code § 1349.19(D)', verification: S('ohio', NOT_READ) }),
  // The seed copy of Oklahoma is hand-written (statute-copies.ts): not a reading of the text (sixth pass).
  ok: entry({
    citation: '24 O.S. § 163(C)',
    verification: S(
      'oklahoma',
      'The delay clause was not read: the seed copy cited before is hand-written, and SB 626 (2025) amended § 163 (the enrolled text was not read in full).',
    ),
  }),
  or: entry({ citation: 'ORS § 646A.604(4)', request: 'written', verification: S('oregon', NOT_READ) }),
  // 73 P.S. § 2304: the agency "advises the entity in writing specifically referencing this section".
  pa: entry({ citation: '73 P.S. § 2304', request: 'written', verification: S('pennsylvania', NOT_READ) }),
  pr: entry({ citation: '10 L.P.R.A. § 4052(d)', verification: HAND_WRITTEN('pr') }),
  ri: entry({
    citation: 'R.I. Gen. Laws § 11-49.3-4(b)',
    verification: S(
      'rhode-island',
      'The mirror numbers the clause § 11-49.3-3(c); the current subsection is not confirmed.',
      [seed('ri', 'delay clause')],
    ),
  }),
  sc: entry({ citation: 'S.C. Code § 39-1-90(C)', verification: S('south-carolina', NOT_READ) }),
  // § 22-40-21: "not later than thirty days after the law enforcement agency determines ...". Whether the 60 days
  // from discovery still bind when the lift comes early is not said: the earlier of the two is encoded.
  sd: entry({
    citation: 'SDCL § 22-40-21',
    resume: { kind: 'period', period: { unit: 'calendar_days', n: 30 }, whileOriginalRuns: 'earlier' },
    afterLift: 'resumes when law enforcement says notice no longer impedes the investigation; then 30 days',
    verification: HAND_WRITTEN('sd'),
  }),
  tn: entry({
    citation: 'Tenn. Code § 47-18-2107(d)',
    resume: { kind: 'period', period: { unit: 'calendar_days', n: 45 }, whileOriginalRuns: 'earlier' },
    afterLift: 'resumes when law enforcement says notice no longer impedes the investigation; then 45 days',
    verification: S('tennessee', NOT_READ),
  }),
  tx: entry({ citation: 'Tex. Bus. & Com. Code § 521.053(d)', verification: S('texas', NOT_READ) }),
  ut: entry({ citation: 'Utah Code § 13-44-202(4)', verification: S('utah', NOT_READ) }),
  vt: entry({ citation: '9 V.S.A. § 2435(b)(3)', verification: S('vermont', NOT_READ) }),
  va: entry({ citation: 'Va. Code § 18.2-186.6(C)', verification: S('virginia', NOT_READ) }),
  wa: entry({ citation: 'RCW 19.255.010(3)', verification: S('washington', NOT_READ) }),
  wv: entry({ citation: 'W. Va. Code § 46A-2A-102(e)', verification: S('west-virginia', NOT_READ) }),
  wi: entry({ citation: 'Wis. Stat. § 134.98(4)', verification: S('wisconsin', NOT_READ) }),
  wy: entry({
    citation: 'Wyo. Stat. § 40-12-502(c)',
    request: 'written',
    verification: HAND_WRITTEN('wy', '§ 40-12-502(c): "has made a written request"'),
  }),
  dc: entry({
    citation: 'D.C. Code § 28-3852(d)',
    verification: {
      confidence: 'V',
      sources: [
        `${DC_CODE_SOURCE}: (d) "The notification required by this section may be delayed if a law enforcement agency determines that the notification will impede a criminal investigation but shall be made as soon as possible after the law enforcement agency determines that the notification will not compromise the investigation"`,
      ],
    },
  }),
  gu: entry({
    citation: '9 GCA § 48.30(c)',
    verification: HAND_WRITTEN('gu', "§ 48A103(c) in the mirror's numbering"),
  }),
  vi: entry({
    citation: '14 V.I.C. § 2209(c)',
    verification: {
      confidence: 'S',
      sources: [seed('vi', "§ 2208(c), the agencies' section, worded as the businesses' § 2209")],
      unverified: 'Read in § 2208 (agencies); § 2209 (businesses) assumed to match.',
    },
  }),
};
