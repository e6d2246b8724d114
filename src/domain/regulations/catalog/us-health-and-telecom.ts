import { US_JURISDICTIONS } from '../jurisdictions';
import type { Deadline, Rule, Verification } from '../rule';

/**
 * Health and telecom breach rules outside HIPAA: the FTC Health Breach Notification Rule (16 CFR Part 318) for
 * vendors of personal health records, California's licensed-facility rule (Health & Safety Code § 1280.15), and
 * the FCC's CPNI breach rule for telecommunications carriers (47 CFR 64.2011).
 */

// ---- FTC Health Breach Notification Rule ----

const HBNR_VERIFICATION: Verification = {
  confidence: 'M',
  sources: [
    '16 CFR 318.3-318.6 (74 FR 42962, 25 Aug 2009; amended 89 FR 47028, 30 May 2024): memory',
    'https://github.com/mjmirza/app-store-compliance/discussions/1079 (2024 final rule, "mandatory 60-day notice"; gives 2024-06-25 as its date)',
    '/work/shared/research/breach-deadlines.md §2 us-ftc-hbnr (M)',
  ],
  unverified:
    'Part 318 was not read. The 2024 amendments took effect 2024-07-29 (FR Doc. 2024-10855 metadata; one secondary gives 2024-06-25): the pre-2024 10-business-day FTC notice is the stricter, so the later date keeps it longer.',
};

/**
 * The individual notice and the FTC notice for 500 or more, with their periods and the 2024 effective date, are
 * confirmed in secondary sources (the FTC's own regulatory-agenda abstract among them); Part 318's text was still
 * not read, so S, not V. The media and annual-log rules keep `HBNR_VERIFICATION` (M): no source read states them.
 */
const HBNR_SECONDARY: Verification = {
  confidence: 'S',
  sources: [
    'https://www.reginfo.gov/public/do/eAgendaViewRule?RIN=3084-AB56&operation=OPERATION_EXPORT_XML&pubId=202310 (FTC, Unified Agenda abstract: "PHR vendors and PHR-related entities must notify both the FTC and affected consumers "without unreasonable delay and in no case later than 60 calendar days" after discovery of the breach")',
    'https://www.businessinsurance.com/article/20200511/NEWS06/912334498?template=printart (2020, the rule before the amendment: "notifications within 60 days after the discovery of the breach and, if more than 500 individuals are affected, notify the FTC within 10 business days")',
    'https://frtracker.app/fr/2024-10855 and https://api.ai-analytics.org/indep-rule/2024-10855.md (FR Doc. 2024-10855, 89 FR 47028, final rule "Published 2024-05-30 · Effective 2024-07-29")',
    'https://ecfr.io/Title-16/Section-318.5 (16 CFR 318.5(a) text: individual notice "promptly, as described in § 318.4"; (b), (c) not reached)',
    'https://regulations.justia.com/regulations/fedreg/2024/05/30/2024-10855.html (89 FR 47028, the final rule\'s own words: "DATES: The amendments are effective July 29, 2024"; the amendments "(7) alter the Rule\'s timing requirement for notifying the FTC of a breach of security")',
  ],
  unverified:
    "Part 318's own text for the periods (318.4, 318.5(c)) was not read: the periods are from the FTC's abstract and a news report. Issue 13, sixth pass: the stored copies of 318.5 (ecfr.io, federal.elaws.us, checkoutapi.com) end before (b) and (c), no code copy holds them, and the final rule's regulatory text is past the part stored; only its effective date and the fact that it changed the FTC timing were read in its own words. Seventh pass: searched again for 318.3-318.6 and the final rule's regulatory text (exact phrases in the code index; ecfr.io, federal.elaws.us, self-law.org, checkoutapi.com, govinfo and Federal Register copies in the page store); every copy found stops before 318.5(b), and no FR XML or eCFR dump of Part 318 was found in a public repository.",
};

/**
 * The media notice and the service provider's notice, read in the statute the rule implements: 42 U.S.C. 17937(c)
 * applies 42 U.S.C. 17932(c)-(f) to PHR vendors and their third-party service providers "in a manner specified by
 * the Federal Trade Commission". 17932(d)(1): "without unreasonable delay and in no case later than 60 calendar days
 * after the discovery of a breach"; 17932(e)(2): media "if the unsecured protected health information of more than
 * 500 residents of such State or jurisdiction" is affected. 16 CFR 318.5(b) itself was not read; it is recalled as
 * "500 or more residents", so the two texts are taken to differ and the lower threshold (500 or more) is encoded,
 * the conservative reading: a media notice is never missed at exactly 500.
 */
const HBNR_STATUTE: Verification = {
  confidence: 'S',
  sources: [
    'GitHub codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-42/chunck-22921.md (42 U.S.C. 17932(e)(2): "Notice shall be provided to prominent media outlets serving a State or jurisdiction, following the discovery of a breach described in subsection (a), if the unsecured protected health information of more than 500 residents of such State or jurisdiction is, or is reasonably believed to have been, accessed, acquired, or disclosed during such breach")',
    'GitHub codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-42/chunck-22920.md (42 U.S.C. 17932(d)(1): "without unreasonable delay and in no case later than 60 calendar days after the discovery of a breach")',
    'GitHub codexstanford/markdonw-chunck-of-the-usa-code, chuncks/title-42/chunck-22942.md and chunck-22941.md (42 U.S.C. 17937(b), (c): the third party service provider "shall, following the discovery of a breach of security of such information, notify such vendor or entity"; 17932(c)-(f) apply to it and to the vendor "in a manner specified by the Federal Trade Commission")',
    ...HBNR_VERIFICATION.sources,
  ],
  unverified:
    '16 CFR 318.3(b) and 318.5(b) were not read (issue 13, seventh pass: still no copy reaching 318.5(b) was found): the statute is read, the rule that specifies its manner is not; the rule\'s "500 or more" is from memory and is the threshold encoded (the lower one), so a media notice is never missed at exactly 500 whichever text governs.',
};

const HBNR_IN_FORCE = '2009-09-24';
const HBNR_2024 = '2024-07-29';
const PHR_DATA = { standalone: ['health' as const, 'health_insurance' as const, 'genetic' as const] };
const PHR = { entityTypes: ['phr_vendor' as const], data: PHR_DATA };

const SIXTY_DAYS: Deadline = {
  kind: 'period',
  from: 'discoveredAt',
  period: { unit: 'calendar_days', n: 60 },
  words:
    'without unreasonable delay and in no case later than 60 calendar days after the discovery of a breach of security',
};

const HBNR_MEDIA: Rule[] = US_JURISDICTIONS.map((code) => ({
  id: `ftc-hbnr/media/${code.toLowerCase()}`,
  regime: 'ftc-hbnr',
  jurisdiction: code,
  recipient: 'media' as const,
  recipientName: `prominent media outlets serving ${code}`,
  citation: '16 CFR 318.5(b)',
  versions: [
    {
      inForceFrom: HBNR_IN_FORCE,
      applies: {
        ...PHR,
        residentsOf: code,
        // 16 CFR 318.5(b) "500 or more" (memory) against 42 U.S.C. 17932(e)(2) "more than 500": the lower threshold.
        thresholds: [{ op: '>=' as const, count: 500, scope: 'jurisdiction' as const }],
      },
      deadline: SIXTY_DAYS,
    },
  ],
  verification: HBNR_STATUTE,
}));

// ---- California Health & Safety Code § 1280.15 ----

/**
 * Issue 13, seventh pass: the periods read in California's own publications. SB 541 (Stats. 2008, ch. 605) added
 * § 1280.15 with "five days"; SB 337 (2009) made them "five business days" from 1 January 2010 (CDPH's All
 * Facilities Letter 09-38 states (b) and (c)(1) as amended); AB 1755 (Stats. 2014, ch. 412, a majority-vote bill, so
 * in force 1 January 2015) made them 15 business days.
 */
const CA_1280_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'http://www.leginfo.ca.gov/pub/07-08/bill/sen/sb_0501-0550/sb_541_bill_20080930_chaptered.html (SB 541 as chaptered, ch. 605, 30 Sep 2008: adds § 1280.15; penalties "for incidents on and after January 1, 2009")',
    'https://cdph.ca.gov/Programs/CHCQ/LCP/Pages/AFL-09-38.aspx (CDPH All Facilities Letter 09-38: "SB 337 clarifies the existing reporting requirements of "five days" to mean "five business days" ... Effective January 1, 2010, HSC Section 1280.15 (b) requires a clinic, health facility, home health agency, or hospice to report ... to the department and to the patient or patient\'s representative, no later than five business days after the unlawful or unauthorized access, use, or disclosure has been detected")',
    'http://www.leginfo.ca.gov/pub/13-14/bill/asm/ab_1751-1800/ab_1755_bill_20140804_amended_sen_v96.htm (AB 1755 as amended 4 Aug 2014, the text passed; Legislative Counsel\'s digest: existing law "no later than 5 business days after the unlawful or unauthorized access, use, or disclosure has been detected"; "This bill would instead require those entities to make those reports no later than 15 business days after the unlawful or unauthorized access, use, or disclosure has been detected"; "Vote: majority")',
    'http://www.leginfo.ca.gov/pub/13-14/bill/asm/ab_1751-1800/ab_1755_cfa_20140808_165544_asm_floor.html (Assembly floor analysis of the 4 Aug 2014 text: "extending the deadline ... from five to 15 business days after unlawful or unauthorized access, use, or disclosure has been detected")',
    'https://legiscan.com/CA/text/AB1755/id/1041487 ("Chaptered by Secretary of State - Chapter 412, Statutes of 2014", 2014-09-18)',
    'Cal. Civ. Code § 7; Gov. Code §§ 6700, 6701 (http://law.onecle.com/california/government/6700.html, https://www.legalfina.com/en/laws/ca/government/general/miscellaneous/holidays); § 19853 (https://casetext.com/statute/california-codes/government-code-gov/title-2-government-of-the-state-of-california-8000-22980/division-5-personnel-18000-22980/part-26-personnel-administration-19815-199997/chapter-25-days-and-hours-of-work-19851-1999114/article-1-workweek-19851-19855/19853)',
  ],
  unverified:
    "The periods are read in the Legislative Counsel's digest of the bill as passed and in CDPH's statement of (b) as amended, not in a codified copy of § 1280.15. The 2009 text's \"five days\" is shown as calendar days. Business days skip California's own holidays where Gov. Code §§ 6700 and 19853 agree (time/state-holidays.ts `us-ca`): Cesar Chavez Day is skipped; Juneteenth, Columbus Day, Native American Day and the day after Thanksgiving are counted (the earlier reading).",
};

const CA_MEDICAL = {
  entityTypes: ['ca_health_facility' as const],
  residentsOf: 'US-CA',
  data: { standalone: ['health' as const, 'health_insurance' as const, 'genetic' as const] },
};

const caBusinessDays: Deadline = {
  kind: 'period',
  from: 'discoveredAt',
  period: { unit: 'business_days', n: 15, calendar: 'us-ca', timeZone: 'America/Los_Angeles', dueLocalTime: '17:00' },
  words:
    'no later than 15 business days after the unlawful or unauthorized access, use, or disclosure has been detected',
};

const caFiveDays: Deadline = {
  kind: 'period',
  from: 'discoveredAt',
  period: { unit: 'calendar_days', n: 5 },
  words: 'no later than five days after the unlawful or unauthorized access, use, or disclosure has been detected',
};

/** SB 337 (2009), from 1 January 2010: "five days" became "five business days" (CDPH AFL 09-38). */
const caFiveBusinessDays: Deadline = {
  kind: 'period',
  from: 'discoveredAt',
  period: { unit: 'business_days', n: 5, calendar: 'us-ca', timeZone: 'America/Los_Angeles', dueLocalTime: '17:00' },
  words:
    'no later than five business days after the unlawful or unauthorized access, use, or disclosure has been detected',
};

/** § 1280.15(b) sets one period for the report to the Department and the notice to the patient. */
const CA_1280_VERSIONS: Rule['versions'] = [
  { inForceFrom: '2009-01-01', applies: CA_MEDICAL, deadline: caFiveDays },
  {
    inForceFrom: '2010-01-01',
    citation: 'Cal. Health & Safety Code § 1280.15(b) (as amended by SB 337, 2009)',
    applies: CA_MEDICAL,
    deadline: caFiveBusinessDays,
  },
  {
    inForceFrom: '2015-01-01',
    citation: 'Cal. Health & Safety Code § 1280.15(b) (as amended by AB 1755, Stats. 2014 ch. 412)',
    applies: CA_MEDICAL,
    deadline: caBusinessDays,
  },
];

// ---- FCC CPNI ----

/**
 * Issue 13, seventh pass: 47 CFR 64.2011 read in the CFR itself, and the 2023 amendments' effective date in the
 * Federal Register. FCC 23-111 (89 FR 9968, 12 Feb 2024) took effect 13 March 2024 "except for the amendments codified
 * at 47 CFR 64.2011 and 64.5111 ... which are delayed indefinitely"; no notice announcing their effective date was
 * found, so the 2007 text still governs: USSS and FBI within seven business days of reasonable determination, and no
 * customer notice until seven full business days after that.
 */
const CPNI_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://www.ecfr.gov/cgi-bin/text-idx?mc=true&node=se47.3.64_12011&rgn=div8 (eCFR, data current as of 25 Feb 2021, 47 CFR 64.2011(b): "As soon as practicable, and in no event later than seven (7) business days, after reasonable determination of the breach, the telecommunications carrier shall electronically notify the United States Secret Service (USSS) and the Federal Bureau of Investigation (FBI) through a central reporting facility"; (b)(1): "the carrier shall not notify customers or disclose the breach to the public until 7 full business days have passed after notification to the USSS and the FBI")',
    'http://hallikainen.org/org/FCC/FccRules/2007/64/2011 and https://hallikainen.org/org/FCC/FccRules/2020/64/2011 (the CFR annual editions revised as of 1 Oct 2007 and 1 Oct 2020: the same words)',
    'https://casetext.com/federal-register/data-breach-reporting-requirements-1 and https://regulations.justia.com/regulations/fedreg/2024/02/12/2024-01667.html (89 FR 9968, FCC 23-111, DATES: "This rule is effective March 13, 2024, except for the amendments codified at 47 CFR 64.2011 and 64.5111, instructions 3 and 4, respectively, which are delayed indefinitely. The Commission will publish a document in the Federal Register announcing the effective dates")',
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-47-telecommunication/chapter-i-federal-communications-commission/subchapter-b-common-carrier-services/part-64-miscellaneous-rules-relating-to-common-carriers/subpart-u-privacy-of-customer-information/section-642011-effective-on-an-indefinitely-delayed-date-notification-of-security-breaches (current through 30 Nov 2024: "Section 64.2011 - [Effective on an indefinitely delayed date] Notification of security breaches"; the amended (a): "as soon as practicable, but no later than seven business days, after reasonable determination of a breach ... notify the Commission, the United States Secret Service (Secret Service), and the Federal Bureau of Investigation (FBI)")',
  ],
  unverified:
    "No Federal Register notice announcing the amended 64.2011's effective date was found (two compliance write-ups in public repositories, dated October 2026, say none had been published). When one is, add a version from its date: the FCC joins the recipients, the customer notice is due within 30 days of reasonable determination, and breaches of other customer PII count. CPNI covers call detail (numbers called, location of use), so `precise_geolocation` and `phone` stand for it.",
};

const CPNI = {
  entityTypes: ['us_telecom_carrier' as const],
  data: { standalone: ['precise_geolocation' as const, 'phone' as const] },
};

const sevenBusinessDays: Deadline = {
  kind: 'period',
  from: 'determinedAt',
  period: { unit: 'business_days', n: 7, calendar: 'us-federal', timeZone: 'America/New_York', dueLocalTime: '17:00' },
  words:
    'as soon as practicable, and in no event later than seven business days, after reasonable determination of the breach',
};

export const US_HEALTH_AND_TELECOM_RULES: Rule[] = [
  {
    id: 'ftc-hbnr/individuals',
    regime: 'ftc-hbnr',
    jurisdiction: 'US',
    recipient: 'individuals',
    recipientName: 'each affected individual (US citizen or resident)',
    citation: '16 CFR 318.3(a), 318.4(a)',
    versions: [{ inForceFrom: HBNR_IN_FORCE, applies: PHR, deadline: SIXTY_DAYS }],
    verification: HBNR_SECONDARY,
  },
  {
    id: 'ftc-hbnr/regulator/500-or-more',
    regime: 'ftc-hbnr',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'Federal Trade Commission (online form)',
    citation: '16 CFR 318.5(c)',
    versions: [
      {
        inForceFrom: HBNR_IN_FORCE,
        applies: { ...PHR, thresholds: [{ op: '>=', count: 500, scope: 'total' }] },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: {
            unit: 'business_days',
            n: 10,
            calendar: 'us-federal',
            timeZone: 'America/New_York',
            dueLocalTime: '17:00',
          },
          words:
            'as soon as possible and in no case later than ten business days following the date of discovery of the breach',
        },
      },
      {
        inForceFrom: HBNR_2024,
        citation: '16 CFR 318.5(c) (as amended, 89 FR 47028)',
        applies: { ...PHR, thresholds: [{ op: '>=', count: 500, scope: 'total' }] },
        deadline: {
          kind: 'relative_to_individual_notice',
          individualRuleId: 'ftc-hbnr/individuals',
          relation: 'concurrent',
          words:
            'contemporaneously with the notice to affected individuals, and in no case later than 60 calendar days after discovery',
        },
      },
    ],
    verification: HBNR_SECONDARY,
  },
  {
    id: 'ftc-hbnr/regulator/annual-log',
    regime: 'ftc-hbnr',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'Federal Trade Commission (annual log of breaches under 500)',
    citation: '16 CFR 318.5(c)',
    versions: [
      {
        inForceFrom: HBNR_IN_FORCE,
        applies: { ...PHR, thresholds: [{ op: '<', count: 500, scope: 'total' }] },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'days_after_year_end', n: 60, timeZone: 'America/New_York' },
          words: 'within 60 calendar days following the end of the calendar year in which the breach was discovered',
        },
      },
    ],
    verification: HBNR_VERIFICATION,
  },
  ...HBNR_MEDIA,
  {
    id: 'ftc-hbnr/data_owner/service-provider',
    regime: 'ftc-hbnr',
    jurisdiction: 'US',
    recipient: 'data_owner',
    recipientName:
      'the PHR vendor or PHR related entity the service provider works for (a senior official, with acknowledgment)',
    citation: '16 CFR 318.3(b)',
    versions: [
      {
        inForceFrom: HBNR_IN_FORCE,
        applies: { entityTypes: ['phr_service_provider'], data: PHR_DATA },
        deadline: SIXTY_DAYS,
      },
    ],
    verification: HBNR_STATUTE,
  },
  {
    id: 'ca-hsc-1280/regulator',
    regime: 'ca-hsc-1280',
    jurisdiction: 'US-CA',
    recipient: 'regulator',
    recipientName: 'California Department of Public Health',
    citation: 'Cal. Health & Safety Code § 1280.15(b)',
    versions: CA_1280_VERSIONS,
    verification: CA_1280_VERIFICATION,
  },
  {
    id: 'ca-hsc-1280/individuals',
    regime: 'ca-hsc-1280',
    jurisdiction: 'US-CA',
    recipient: 'individuals',
    recipientName: "each affected patient or the patient's representative (last known address)",
    citation: 'Cal. Health & Safety Code § 1280.15(b)',
    versions: CA_1280_VERSIONS,
    verification: CA_1280_VERIFICATION,
  },
  {
    id: 'fcc-cpni/law_enforcement',
    regime: 'fcc-cpni',
    jurisdiction: 'US',
    recipient: 'law_enforcement',
    recipientName: 'US Secret Service and FBI (through the FCC central reporting facility)',
    citation: '47 CFR 64.2011(b)',
    versions: [
      {
        inForceFrom: '2007-12-08',
        applies: CPNI,
        deadline: sevenBusinessDays,
        notes: [
          'Customers may not be told, nor the breach disclosed publicly, until 7 full business days after this notice, unless the investigating agency is consulted or directs otherwise (47 CFR 64.2011(b)(1)-(3)). The 2023 amendments (FCC 23-111) that add the FCC as a recipient and drop this wait are not in force: their effective date is "delayed indefinitely" (89 FR 9968).',
        ],
      },
    ],
    verification: CPNI_VERIFICATION,
  },
];
