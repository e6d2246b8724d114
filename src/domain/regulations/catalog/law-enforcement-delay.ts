import type { LawEnforcementTolling, Rule, Verification } from '../rule';
import { STATE_LAW_ENFORCEMENT_DELAY } from './us-states/law-enforcement-delay';

/**
 * How a law-enforcement request to delay pauses each notice, by regime (and, where one notice of a regime differs,
 * by obligation id). Kept in one table rather than in every regime file, so that each rule carries an explicit
 * answer with its citation while the regime files stay as they are. `withLawEnforcementDelay` joins the table to
 * the catalog; the catalog tests hold every rule to an answer and every entry to a rule.
 */

const none = (citation: string, words: string, verification: Verification): LawEnforcementTolling => ({
  kind: 'none',
  citation,
  words,
  verification,
});

const MEMORY = (sources: string[], unverified: string): Verification => ({ confidence: 'M', sources, unverified });

/** Sector and non-US regimes whose text has no law-enforcement delay for the notice: it runs regardless. */
const NO_DELAY_CLAUSE = (
  citation: string,
  words = 'the rule has no law-enforcement delay; the notice runs regardless',
): LawEnforcementTolling =>
  none(
    citation,
    words,
    MEMORY(
      [`${citation} (from memory)`],
      'The absence of a delay clause is from memory; text not re-read in this pass.',
    ),
  );

/** 45 CFR 164.412, read in this session. */
const HIPAA_412_TEXT =
  'https://law.lawstack.com/laws/45-cfr_s_164-412_law-enforcement-delay-349bde36-11c8-4eec-849e-7bbcc0fb8746';

const HIPAA: LawEnforcementTolling = {
  kind: 'tolls',
  citation: '45 CFR 164.412',
  verification: {
    confidence: 'V',
    sources: [
      `${HIPAA_412_TEXT} (164.412(a) written statement: the period it specifies; (b) oral: document it, no longer than 30 days from the oral statement unless a written statement follows)`,
    ],
  },
  request: 'any',
  // 164.412(a) needs a written statement that "specifies the time"; one naming no end is read as (b), at most 30
  // days, the conservative reading.
  oralLimit: { unit: 'calendar_days', n: 30 },
  // "Delay ... for the time period specified" is read as deferring the notice, not adding the paused days to the
  // 60: once the delay ends the 60 days still bind, or the notice is due at once if they have run (conservative).
  resume: { kind: 'at_end' },
  resumes:
    'resumes at the end of the period a written statement specifies, or 30 days after an oral statement unless a written one follows (document the oral statement and the official); then at once, or by the 60-day limit if later (45 CFR 164.412)',
};

/** FTC Health Breach Notification Rule: 16 CFR 318.4(c) applies the HIPAA delay (45 CFR 164.528(a)(2) manner). */
const FTC_HBNR: LawEnforcementTolling = {
  ...HIPAA,
  citation: '16 CFR 318.4(c)',
  verification: MEMORY(
    ['16 CFR 318.4(c) (from memory: delay "in the same manner as provided under 45 CFR 164.528(a)(2)")'],
    '318.4(c) text not read in this session; encoded as HIPAA 164.412 (written: stated period; oral: at most 30 days).',
  ),
  resumes:
    'resumes at the end of the period a written statement specifies, or 30 days after an oral statement unless a written one follows; then at once, or by the 60-day limit if later (16 CFR 318.4(c))',
};

const AG_PATTERN = String.raw`attorney general|\bDOJ\b|department of justice`;

/** SEC Item 1.05(c): only the Attorney General's written determination, notified to the Commission. */
const SEC_8K: LawEnforcementTolling = {
  kind: 'tolls',
  citation: 'Form 8-K Item 1.05(c)',
  verification: {
    confidence: 'S',
    sources: [
      'https://wsgr.com/en/insights/fbi-doj-and-sec-provide-guidance-and-requirements-for-requests-to-delay-form-8-k-disclosures-for-material-cybersecurity-incidents.html (AG determination notified to the SEC in writing; 30 days, extensions)',
      'https://www.venable.com/insights/publications/2023/12/navigating-sec-cybersecurity-disclosure-guidance (C&DI 104B.01: a request alone does not delay the 4 business days)',
    ],
    unverified: 'Item 1.05(c) text itself not read in this session.',
  },
  request: 'written',
  authority: {
    pattern: AG_PATTERN,
    words: 'the US Attorney General (DOJ), by a written determination notified to the SEC',
  },
  // Up to 30 days after the filing was otherwise due; a further 30 days, then 60 in extraordinary circumstances, each
  // needs a new written AG determination. Conservative reading: the first 30 days only; record an extension by
  // recording a new request.
  limitAfterDue: { unit: 'calendar_days', n: 30 },
  resume: { kind: 'at_end' },
  resumes:
    "resumes at the end of the period the Attorney General's written determination specifies, at most 30 days after the filing was otherwise due (extensions need a further written determination, 30 then 60 days); a request to DOJ/FBI alone does not delay the 4 business days (Form 8-K Item 1.05(c); C&DI 104B.01)",
};

/** Regulation S-P (2024): the same Attorney General mechanism for the customer notice, 17 CFR 248.30(a)(4)(iii). */
const REG_SP: LawEnforcementTolling = {
  ...SEC_8K,
  citation: '17 CFR 248.30(a)(4)(iii)',
  verification: MEMORY(
    ['17 CFR 248.30(a)(4)(iii) (Regulation S-P as amended 2024; from memory)'],
    'Text not read in this session: encoded like Form 8-K Item 1.05(c) (AG written determination, 30 days).',
  ),
  resumes:
    "resumes at the end of the period the Attorney General's written determination specifies, at most 30 days after the notice was otherwise due (extensions need a further written determination) (17 CFR 248.30(a)(4)(iii))",
};

/** Interagency Guidance / NCUA Appendix B: written request; then as soon as it no longer interferes. */
const bankGuidance = (citation: string): LawEnforcementTolling => ({
  kind: 'tolls',
  citation,
  verification: MEMORY(
    [
      `${citation} (from memory: delay if an appropriate law enforcement agency determines notice will interfere with a criminal investigation and provides a written request)`,
    ],
    'Guidance text not read in this session.',
  ),
  request: 'written',
  resume: { kind: 'at_end' },
  resumes: `resumes when law enforcement says notice no longer interferes with the investigation; then as soon as possible (${citation})`,
});

const GDPR_NONE = none(
  'Regulation (EU) 2016/679 Arts 33-34',
  'the GDPR has no law-enforcement delay: the 72 hours and the notice to data subjects run regardless (a member-state restriction under Art 23 is not modelled)',
  MEMORY(['Regulation (EU) 2016/679 Arts 33, 34 and 23 (from memory)'], 'Arts 33-34 not re-read in this session.'),
);
const UK_GDPR_NONE = none(
  'UK GDPR Arts 33-34; Data Protection Act 2018 Sch 2 para 2 (crime exemption not modelled)',
  'the UK GDPR has no law-enforcement delay for the report to the ICO; the crime-and-taxation exemption from telling data subjects is a judgment for counsel, not a delay, and is not modelled',
  MEMORY(['UK GDPR Arts 33-34; DPA 2018 Sch 2 para 2 (from memory)'], 'Text not re-read in this session.'),
);

/** By regime id; `BY_ID` takes precedence for single notices. */
const BY_REGIME: Record<string, LawEnforcementTolling> = {
  gdpr: GDPR_NONE,
  'uk-gdpr': UK_GDPR_NONE,
  hipaa: HIPAA,
  'sec-8k': SEC_8K,
  nydfs: NO_DELAY_CLAUSE('23 NYCRR 500.17'),
  'ftc-safeguards': NO_DELAY_CLAUSE(
    '16 CFR 314.4(j)',
    "a law-enforcement request delays only the FTC's public posting of the notice, not the 30-day notice to the FTC",
  ),
  'bank-36h': NO_DELAY_CLAUSE('12 CFR Part 53 / 225.300 / 304.21 (Computer-Security Incident Notification Rule)'),
  ncua: NO_DELAY_CLAUSE('12 CFR 748.1(c)'),
  'ga-dbf': NO_DELAY_CLAUSE(
    'Ga. Comp. R. & Regs. r. 80-1-3-.03, -.04',
    'the rules name no law-enforcement delay; the duplicate goes when the federal notice does',
  ),
  circia: NO_DELAY_CLAUSE('6 U.S.C. 681b (CIRCIA)'),
  nis2: NO_DELAY_CLAUSE('Directive (EU) 2022/2555 Art 23'),
  dora: NO_DELAY_CLAUSE('Regulation (EU) 2022/2554 Art 19'),
  pipeda: NO_DELAY_CLAUSE('PIPEDA s. 10.1'),
  'au-ndb': NO_DELAY_CLAUSE(
    'Privacy Act 1988 (Cth) s 26WN',
    "no delay at a police request; the enforcement-related-activities exception (s 26WN) applies only to an enforcement body's own activities and is not modelled",
  ),
  'sg-pdpa': NO_DELAY_CLAUSE('PDPA s 26D'),
  'br-lgpd': NO_DELAY_CLAUSE('LGPD Art 48'),
  'in-certin': NO_DELAY_CLAUSE('CERT-In Directions of 28 April 2022'),
  'in-dpdp': NO_DELAY_CLAUSE('DPDP Rules 2025, rule 7'),
  'ginnie-mae': NO_DELAY_CLAUSE('Ginnie Mae MBS Guide'),
  'fannie-mae': NO_DELAY_CLAUSE('Fannie Mae Selling/Servicing Guide'),
  'freddie-mac': NO_DELAY_CLAUSE('Freddie Mac Seller/Servicer Guide'),
  'hud-fha': NO_DELAY_CLAUSE('HUD Mortgagee Letter 2024-10'),
  'reg-sp': REG_SP,
  'glba-guidance': bankGuidance('Interagency Guidance on Response Programs, Supplement A, III.A'),
  'ncua-guidance': bankGuidance('12 CFR Part 748, Appendix B, III.A'),
  'tx-sml': NO_DELAY_CLAUSE('7 TAC §§ 56.210, 57.210'),
  'ar-fmla': NO_DELAY_CLAUSE('Ark. Admin. Code 214.00.7-001, Rule 5010-1'),
  // § 46A.06, subd. 1(b)(6) lets law enforcement delay the commissioner's public notice, not the licensee's own.
  'mn-nonbank': NO_DELAY_CLAUSE(
    'Minn. Stat. § 46A.06',
    "the law-enforcement delay of § 46A.06 postpones the commissioner's public notice; the licensee's notice runs regardless",
  ),
  'ftc-hbnr': FTC_HBNR,
  // § 1280.15(c) delays the report to the Department and the notice to the patient alike.
  'ca-hsc-1280': {
    kind: 'tolls',
    citation: 'Cal. Health & Safety Code § 1280.15(c)',
    verification: {
      confidence: 'S',
      sources: [
        'https://cdph.ca.gov/Programs/CHCQ/LCP/Pages/AFL-09-38.aspx (CDPH All Facilities Letter 09-38 on § 1280.15(c)(1) from 1 Jan 2010: delay if law enforcement gives "a written or oral statement that compliance ... would be likely to impede the law enforcement agency\'s activities" and "specifies a date upon which the delay shall end, not to exceed 60 days after a written request is made, or 30 days after an oral request is made")',
        'http://www.leginfo.ca.gov/pub/13-14/bill/asm/ab_1751-1800/ab_1755_bill_20140804_amended_sen_v96.htm (AB 1755 digest: a delayed report is due "within 15 business days" after the end of the delay)',
      ],
      unverified:
        "Read in CDPH's statement of (c) and the Legislative Counsel's digest, not in the section's text. A written request's own end date is taken as given (CDPH: at most 60 days); an oral one holds at most 30 days.",
    },
    request: 'any',
    oralLimit: { unit: 'calendar_days', n: 30 },
    resume: { kind: 'at_end' },
    resumes:
      'resumes at the end of the period a written law-enforcement statement specifies, or (conservatively) 30 days after an oral one; then at once, or by the 15 business days if later (Cal. Health & Safety Code § 1280.15(c))',
  },
  'fcc-cpni': NO_DELAY_CLAUSE(
    '47 CFR 64.2011(b)',
    'this is the notice to law enforcement itself; the agency may then ask that customers not be told (64.2011(b)(3)), which concerns a notice not modelled here',
  ),
  'apra-cps234': NO_DELAY_CLAUSE('APRA CPS 234 para 35'),
  'eu-cra': NO_DELAY_CLAUSE('Regulation (EU) 2024/2847 Art 14'),
  'qc-law25': NO_DELAY_CLAUSE(
    'Act respecting the protection of personal information in the private sector (Québec) s 3.5',
  ),
  'ab-pipa': NO_DELAY_CLAUSE('Alberta PIPA s 34.1'),
  'uk-pecr': NO_DELAY_CLAUSE('PECR reg 5A'),
  'uk-nis': NO_DELAY_CLAUSE('NIS Regulations 2018 regs 11, 12'),
  'jp-appi': NO_DELAY_CLAUSE('APPI Art 26'),
  'kr-pipa': NO_DELAY_CLAUSE('PIPA Art 34'),
};

const BY_ID: Record<string, LawEnforcementTolling> = {
  // Québec s 3.5 para 3: a person must not tell those concerned while doing so could hamper an investigation by a
  // body responsible for the prevention, detection or repression of crime; the report to the CAI still goes.
  'qc-law25/individuals': {
    kind: 'tolls',
    citation: 'CQLR c P-39.1 s 3.5 para 3',
    verification: MEMORY(['s 3.5 para 3 (from memory)'], 'Text not read in this session.'),
    request: 'any',
    resume: { kind: 'at_end' },
    resumes:
      'resumes when telling people can no longer hamper the investigation; then promptly (CQLR c P-39.1 s 3.5 para 3)',
  },
  // The law-enforcement notices of the bank guidance are to law enforcement itself.
  'glba-guidance/law_enforcement': NO_DELAY_CLAUSE(
    'Interagency Guidance on Response Programs, Supplement A, II.A.1.c',
    'this is the notice to law enforcement itself',
  ),
  'ncua-guidance/law_enforcement': NO_DELAY_CLAUSE(
    '12 CFR Part 748, Appendix B, II.A.1.c',
    'this is the notice to law enforcement itself',
  ),
  'glba-guidance/regulator': NO_DELAY_CLAUSE(
    'Interagency Guidance on Response Programs, Supplement A, II.A.1.b',
    'the delay covers the customer notice only; the regulator is told regardless',
  ),
  'ncua-guidance/regulator': NO_DELAY_CLAUSE(
    '12 CFR Part 748, Appendix B, II.A.1.b',
    'the delay covers the member notice only; NCUA is told regardless',
  ),
  'reg-sp/data_owner/service-provider': NO_DELAY_CLAUSE(
    '17 CFR 248.30(a)(5)(i)',
    "the Attorney General delay covers the customer notice, not a service provider's 72 hours",
  ),
  'ftc-hbnr/data_owner/service-provider': FTC_HBNR,
  // CDPH's statement of § 1280.15(c)(1) (AFL 09-38) has the delay cover "the reporting to the affected patient";
  // whether the Department's report waits too is not in the words read, so it is not paused (the earlier reading).
  'ca-hsc-1280/regulator': none(
    'Cal. Health & Safety Code § 1280.15(c)(1)',
    "the law-enforcement delay covers the report to the patient; the Department's report is not paused (conservative reading)",
    {
      confidence: 'S',
      sources: [
        'https://cdph.ca.gov/Programs/CHCQ/LCP/Pages/AFL-09-38.aspx (CDPH AFL 09-38: "a clinic, health facility, home health agency, or hospice shall delay the reporting to the affected patient or patient\'s representative ... if a law enforcement agency or official provides ... a written or oral statement")',
      ],
      unverified:
        'The section\'s own text of (c) was not read; the AB 1755 digest speaks of delaying "the report" without saying which. The Department\'s report is kept on its 15 business days.',
    },
  ),
};

/** Insurance data-security laws on the NAIC model (§ 6): the commissioner notice has no delay clause. */
const NAIC: LawEnforcementTolling = NO_DELAY_CLAUSE(
  'NAIC Insurance Data Security Model Law (#668) § 6 as enacted',
  'the commissioner notice has no law-enforcement delay; the 72 hours run regardless',
);

/** The law-enforcement answer for one rule: by id, by regime, or (US state statutes) from the state table. */
export function lawEnforcementDelayFor(
  rule: Pick<Rule, 'id' | 'regime' | 'recipient'>,
): LawEnforcementTolling | undefined {
  const byId = BY_ID[rule.id] ?? BY_REGIME[rule.regime] ?? (/^naic-[a-z]{2}$/.test(rule.regime) ? NAIC : undefined);
  if (byId) return byId;
  const state = /^us-([a-z]{2})$/.exec(rule.regime)?.[1];
  const entry = state ? STATE_LAW_ENFORCEMENT_DELAY[state as keyof typeof STATE_LAW_ENFORCEMENT_DELAY] : undefined;
  if (!entry) return undefined;
  if (rule.recipient === 'individuals') return entry.individuals;
  return none(
    entry.individuals.citation,
    // Most clauses say "the notification required by this section"; whether that reaches the AG, regulator or
    // bureau notice is unclear, so the conservative reading keeps those clocks running.
    'the delay clause is read as covering the notice to residents only; this notice is not paused (conservative reading: most clauses say "the notification", and the regulator is itself an authority)',
    entry.individuals.verification,
  );
}

/** The catalog with each rule's law-enforcement answer filled in (a rule's own answer, if it has one, is kept). */
export function withLawEnforcementDelay(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => {
    if (rule.lawEnforcementDelay) return rule;
    const answer = lawEnforcementDelayFor(rule);
    return answer ? { ...rule, lawEnforcementDelay: answer } : rule;
  });
}

/** Table keys, for the catalog test that every entry names a rule or regime that exists. */
export const LAW_ENFORCEMENT_DELAY_KEYS = { regimes: Object.keys(BY_REGIME), ids: Object.keys(BY_ID) };
