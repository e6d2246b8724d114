import type { BusinessDayCalendar, Condition, DataScope, Deadline, Rule, Verification } from '../rule';
import { STATE_HOLIDAY_CALENDARS, type StateCalendarName } from '../time/state-holidays';

/**
 * State insurance data-security laws on the NAIC Insurance Data Security Model Law (MDL-668, October 2017). Model
 * § 6(A): a licensee notifies the Commissioner "as promptly as possible but in no event later than 72 hours from a
 * determination that a Cybersecurity Event has occurred" when (1) the state is its state of domicile (insurer) or
 * home state (producer), or (2) it reasonably believes the nonpublic information of 250 or more consumers residing
 * in the state is involved and either notice to another government body is required or there is a reasonable
 * likelihood of material harm. Prong (1) needs no count and no residents, so these rules have no `residentsOf`.
 *
 * Encoded: the 18 states of Faegre Drinker's 2021 adoption chart, with its effective dates, and six later
 * adoptions (Alaska, Illinois, Kentucky, Maryland, Oklahoma, Pennsylvania) each with its own source. Adoptions not
 * read (Nebraska, Arkansas, Colorado) are listed in `NAIC_ADOPTIONS_NOT_ENCODED`, not guessed here; Vermont's sets no
 * notice of its own (`NAIC_ADOPTIONS_WITHOUT_NOTICE`).
 *
 * A state period in business days is encoded on the state's own holiday calendar where one exists
 * (time/state-holidays.ts); where none does, as the same number of calendar days, which never ends later.
 */

const FAEGRE_2021 =
  'https://www.faegredrinker.com/en/insights/publications/2021/8/naic-insurance-data-security-model-law-mdl668-update (effective dates of 18 adopting states; "usually three business days in most states ... 72 hours in South Carolina, five business days in Minnesota and 10 business days in Michigan")';
const FAEGRE_2020 =
  'https://faegredrinker.com/zh/insights/publications/2020/10/catching-up-on-the-naic-data-security-model-law-part-2 (Model: 72 hours; Alabama three business days; Michigan "within 10 days")';
/** Where the state holiday statutes behind a business-day period were read (time/state-holidays.ts). */
const CALENDAR_SOURCES: Record<string, string> = {
  AL: 'https://law.uslawyerdatabase.com/section-1-3-8-holidays-enumerated-personal-leave-days-state-holidays-observed-by-closing-of-state-offices-compensatory-leave-days (Ala. Code § 1-3-8(a): holidays, Saturday to the preceding day, Sunday to the following); http://www.archives.alabama.gov/intro/holidays.html (observed dates)',
  MN: 'https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_15a-22 (Minn. Stat. § 645.44, subd. 5, current text with Juneteenth and Indigenous Peoples Day); https://www.revisor.mn.gov/bills/text.php?number=HF3910&version=0&session=ls92&session_year=2022&session_number=0 (executive-branch proviso); https://www.lmc.org/news-publications/news/all/juneteenth-legislation/ (Juneteenth effective 2023)',
};
const MODEL_TEXT =
  'NAIC Model Law 668 text, §§ 1-6 (copy read at bons-plans-amazando.com/act-content-document-data-pdf-1145, excerpt through § 3)';

/** Model § 3(K)(2)-(3): consumer information identifiable "because of name, number, personal mark, or other identifier". */
const CONSUMER_NONPUBLIC_INFORMATION: DataScope = {
  identifiers: ['name', 'email', 'phone'],
  withName: [
    'ssn',
    'drivers_license',
    'state_id',
    'financial_account',
    'financial_account_with_access_code',
    'payment_card',
    'credentials',
    'biometric',
  ],
  standalone: ['health', 'health_insurance'],
};

const NOTICE_CONDITIONS: Condition[] = [
  { domicile: { words: "the licensee's state of domicile (an insurer) or home state (a producer)" } },
  {
    thresholds: [{ op: '>=', count: 250, scope: 'jurisdiction' }],
    data: CONSUMER_NONPUBLIC_INFORMATION,
    judgment: {
      key: 'insuranceEventReportable',
      words:
        "notice of the cybersecurity event must be given to another government body, or it has a reasonable likelihood of materially harming a consumer in the state or a material part of the licensee's normal operations",
    },
  },
];

const SEVENTY_TWO_HOURS: Deadline = {
  kind: 'period',
  from: 'determinedAt',
  period: { unit: 'hours', n: 72 },
  words:
    'as promptly as possible but in no event later than 72 hours from a determination that a cybersecurity event has occurred',
};

/** Business days on the adopting state's own holiday calendar (time/state-holidays.ts). */
const businessDays = (n: number, calendar: BusinessDayCalendar, timeZone: string): Deadline => ({
  kind: 'period',
  from: 'determinedAt',
  period: { unit: 'business_days', n, calendar, timeZone, dueLocalTime: '17:00' },
  words: `as promptly as possible but in no event later than ${n} business days from a determination that a cybersecurity event has occurred (by 5 p.m. local time)`,
});

/** Which holidays a business-day period skips, for the rule's notes. */
function calendarNote(deadline: Deadline): string {
  if (deadline.kind !== 'period' || deadline.period.unit !== 'business_days') return '';
  const calendar = deadline.period.calendar;
  const citation =
    calendar in STATE_HOLIDAY_CALENDARS ? STATE_HOLIDAY_CALENDARS[calendar as StateCalendarName].citation : calendar;
  return (
    ` Business days skip the state's own holidays (${citation});` +
    ' whether the act defines "business day" otherwise was not read.'
  );
}

const UNREAD_PERIOD =
  "This state's own period was not read: Faegre Drinker says most adopting states allow three business days; the model's 72 hours, never later than three business days, is shown.";

interface Adoption {
  code: string;
  name: string;
  citation: string;
  inForceFrom: string;
  deadline: Deadline;
  /** The state's own period was read in a secondary source (else: the model's 72 hours, as the earlier reading). */
  periodRead: boolean;
  /** The adoption's own sources, where it was read on its own (later adoptions); else Faegre Drinker's chart. */
  verification?: Verification;
}

const A = (
  code: string,
  name: string,
  citation: string,
  inForceFrom: string,
  deadline: Deadline = SEVENTY_TWO_HOURS,
  periodRead = false,
  verification?: Verification,
): Adoption => ({
  code,
  name,
  citation,
  inForceFrom,
  deadline,
  periodRead,
  ...(verification ? { verification } : {}),
});

/**
 * "Not later than N business days" where the state's holiday calendar is not encoded: N calendar days, which end
 * no later than N business days would on any calendar (the earlier reading).
 */
const businessDaysAsCalendarDays = (n: number, citation: string): Deadline => ({
  kind: 'period',
  from: 'determinedAt',
  period: { unit: 'calendar_days', n },
  words: `as promptly as possible but not later than ${n} business days after a determination that a cybersecurity event has occurred (${citation}); shown as ${n} calendar days, never later, as this state's holiday calendar is not encoded`,
});

const ADOPTIONS: Adoption[] = [
  A(
    'AL',
    'Alabama Commissioner of Insurance',
    'Alabama Insurance Data Security Act, Ala. Code Title 27, Chapter 62',
    '2019-05-01',
    businessDays(3, 'us-al', 'America/Chicago'),
    true,
  ),
  A(
    'CT',
    'Connecticut Insurance Commissioner',
    'Conn. Gen. Stat. § 38a-38 (Insurance Data Security Law)',
    '2019-10-01',
  ),
  A('DE', 'Delaware Insurance Commissioner', '18 Del. C. Chapter 86 (Insurance Data Security Act)', '2019-07-31'),
  A(
    'HI',
    'Hawaii Insurance Commissioner',
    'Haw. Rev. Stat. Chapter 431, Article 3B (Insurance Data Security)',
    '2021-07-01',
  ),
  A('IN', 'Indiana Commissioner of Insurance', 'Ind. Code Article 27-2-27 (Insurance Data Security)', '2021-06-30'),
  A('IA', 'Iowa Insurance Commissioner', 'Iowa Code Chapter 507F (Insurance Data Security)', '2022-01-01'),
  A(
    'LA',
    'Louisiana Commissioner of Insurance',
    'La. R.S. 22:2501 et seq. (Insurance Data Security Law)',
    '2020-08-01',
  ),
  A(
    'ME',
    'Maine Superintendent of Insurance',
    '24-A M.R.S. Chapter 24-B (Maine Insurance Data Security Act)',
    '2022-01-01',
  ),
  A(
    'MI',
    'Michigan Director of Insurance and Financial Services',
    'Mich. Comp. Laws § 500.559 et seq. (Data Security, Insurance Code Chapter 5A)',
    '2021-01-20',
    {
      kind: 'period',
      from: 'determinedAt',
      period: { unit: 'calendar_days', n: 10 },
      // Faegre 2021 says 10 business days, Faegre 2020 "within 10 days": the shorter (calendar) reading.
      words:
        'as promptly as possible but not later than 10 days after a determination that a cybersecurity event has occurred (10 calendar days, the earlier of the two readings)',
    },
    true,
  ),
  A(
    'MN',
    'Minnesota Commissioner of Commerce',
    'Minn. Stat. §§ 60A.985-60A.9857 (Insurance Data Security)',
    '2021-08-01',
    businessDays(5, 'us-mn', 'America/Chicago'),
    true,
  ),
  A(
    'MS',
    'Mississippi Commissioner of Insurance',
    'Miss. Code Title 83, Chapter 5, Article 19 (Insurance Data Security Law)',
    '2019-07-01',
  ),
  A(
    'NH',
    'New Hampshire Insurance Commissioner',
    'N.H. Rev. Stat. Chapter 420-P (Insurance Data Security Law)',
    '2020-01-01',
  ),
  A(
    'ND',
    'North Dakota Insurance Commissioner',
    'N.D. Cent. Code Chapter 26.1-02.2 (Insurance Data Security)',
    '2021-03-23',
  ),
  A('OH', 'Ohio Superintendent of Insurance', 'Ohio Rev. Code Chapter 3965 (Cybersecurity Program)', '2019-03-20'),
  A(
    'SC',
    'South Carolina Director of Insurance',
    'S.C. Code Title 38, Chapter 99 (Insurance Data Security Act)',
    '2019-01-01',
    SEVENTY_TWO_HOURS,
    true,
  ),
  A(
    'TN',
    'Tennessee Commissioner of Commerce and Insurance',
    'Tenn. Code Title 56, Chapter 2, Part 10 (Insurance Data Security)',
    '2021-07-01',
  ),
  A(
    'VA',
    'Virginia State Corporation Commission, Bureau of Insurance',
    'Va. Code § 38.2-621 et seq. (Insurance Data Security Act)',
    '2020-07-01',
  ),
  A('WI', 'Wisconsin Commissioner of Insurance', 'Wis. Stat. § 601.95 et seq. (Insurance Data Security)', '2021-11-01'),
  // ---- adoptions after Faegre Drinker's 2021 chart, each read on its own ----
  A(
    'AK',
    'Alaska Director of Insurance',
    'AS 21.23.280 (Insurance Data Security, SLA 2024 ch. 39)',
    // casetext heads § 21.23.280 "[Effective 1/1/2025]"; § 21.23.270 "Added by SLA 2024, ch. 39, sec. 1, eff. 1/1/2025".
    '2025-01-01',
    businessDaysAsCalendarDays(3, 'AS 21.23.280(a)'),
    true,
    {
      confidence: 'V',
      sources: [
        'https://casetext.com/statute/alaska-statutes/title-21-insurance/chapter-2123-risk-management-own-risk-and-solvency-assessment/article-2-insurance-data-security/section-2123280-effective-112025-notification-of-cybersecurity-event (AS 21.23.280, "[Effective 1/1/2025]"): (a) "a licensee shall notify the director as soon as possible and not later than three business days after the licensee determines that a cybersecurity event has occurred, if (1) the licensee is an insurer and domiciled in this state; (2) ... an insurance producer and this state is the licensee\'s home state ...; or (3) ... the nonpublic information of 250 or more consumers residing in this state"',
        'https://d1tvxue8o4w0fl.cloudfront.net/statute/alaska-statutes/title-21-insurance/chapter-2123-risk-management-own-risk-and-solvency-assessment/article-2-insurance-data-security/section-2123270-investigation-of-cybersecurity-event (AS 21.23.270: "Added by SLA 2024, ch. 39, sec. 1, eff. 1/1/2025")',
      ],
      unverified:
        'Alaska\'s holiday calendar is not encoded: the three business days are shown as three calendar days (never later). § 21.23.280(a) opens "Unless a federal law enforcement official instructs the licensee not to distribute information" (not modelled as a pause).',
    },
  ),
  A(
    'IL',
    'Illinois Director of Insurance',
    '215 ILCS 215/20 (Insurance Data Security Law, P.A. 103-142)',
    '2024-01-01',
    businessDays(3, 'us-il', 'America/Chicago'),
    true,
    {
      confidence: 'V',
      sources: [
        'https://casetext.com/statute/illinois-compiled-statutes/regulation/chapter-215-insurance/act-215-insurance-data-security-law/section-215-ilcs-21520-notification-of-a-cybersecurity-event (215 ILCS 215/20, current through P.A. 103-1052): (a) "A licensee shall notify the Director as promptly as possible but no later than 3 business days after a determination that a cybersecurity event has occurred when either of the following criteria has been met: (1) this State is the licensee\'s state of domicile ... or home state ...; or (2) ... 250 or more consumers residing in this State"',
        'https://reg-track.com/Calendar/D?r=MgAwADUANQA1ADYA0&q=1f46681bc69a41d09343d5fd0e942122&t=-2014958045205556 (Department Bulletin CB-2024-10: "Act 103-0142 creating the Law, effective Jan. 1, 2024"; notice "within 3 business days")',
      ],
      unverified:
        'The in-force date (2024-01-01) is from a summary of the Department\'s bulletin, not read in P.A. 103-142. Business days skip Illinois\'s own holidays (time/state-holidays.ts `us-il`); whether the Law defines "business day" otherwise was not read.',
    },
  ),
  A(
    'KY',
    'Kentucky Commissioner of Insurance',
    'KRS 304.3-760 (2022 Ky. Acts ch. 149, HB 474)',
    // KRS 304.3-758 history: "Created 2022 Ky. Acts ch. 149, sec. 5, effective January 1, 2023".
    '2023-01-01',
    SEVENTY_TWO_HOURS,
    false,
    {
      confidence: 'S',
      sources: [
        'https://lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_304-3-758 (KRS 304.3-758, history: "Created 2022 Ky. Acts ch. 149, sec. 5, effective January 1, 2023")',
        'https://www.dataprivacyandsecurityinsider.com/2022/04/kentucky-is-the-latest-state-to-adopt-the-naic-insurance-data-security-model-law/ (HB 474: "reporting cybersecurity events to the insurance commissioner within three days"; licensees with fewer than 50 employees exempt)',
        'https://insurance.ky.gov/ppc/newstatic_Info.aspx?static_ID=674 (Department: notice under KRS 304.3-760; KRS 304.3-752 exempts licensees with fewer than 50 employees)',
        MODEL_TEXT,
      ],
      unverified:
        'KRS 304.3-760 itself was not read: a summary says "within three days"; the model\'s 72 hours is shown (never later than three days or three business days). The exemption of licensees with fewer than 50 employees (KRS 304.3-752) is not modelled: the notice is still listed.',
    },
  ),
  A(
    'MD',
    'Maryland Insurance Commissioner',
    'Md. Code, Ins. § 33-105 (SB 207, 2022)',
    // Whiteford client alert: "Effective October 1, 2022, Maryland has adopted Senate Bill 207".
    '2022-10-01',
    businessDaysAsCalendarDays(3, 'Md. Code, Ins. § 33-105(a)'),
    true,
    {
      confidence: 'V',
      sources: [
        'https://codes.findlaw.com/md/insurance/md-code-insurance-sect-33-105/ (Md. Code, Ins. § 33-105, current as of 2025-01-01): (a) "A carrier shall notify the Commissioner as promptly as possible but in no event later than 3 business days from a determination that a cybersecurity event has occurred when either of the following criteria has been met: (1)(i) the State is the carrier\'s state of domicile ...; or (2) the carrier reasonably believes that the nonpublic information involved is of 250 or more consumers residing in the State"',
        'http://www.wtplaw.com/news-events/client-alert-maryland-adopts-cybersecurity-and-incident-reporting-requirements ("Effective October 1, 2022, Maryland has adopted Senate Bill 207"; "carrier" includes third-party administrators and HMOs)',
      ],
      unverified:
        'Maryland\'s prong (1) reads "a reasonable likelihood of harming a consumer ... or any material part of the normal operations" (the model says "materially harming"): the domicile prong is kept open, as elsewhere. The in-force date (2022-10-01) is from a law firm\'s alert, not read in the Act. Maryland\'s holiday calendar is not encoded: the three business days are shown as three calendar days (never later).',
    },
  ),
  A(
    'OK',
    'Oklahoma Insurance Commissioner',
    '36 O.S. § 675 (Insurance Data Security Act, SB 543, 2024)',
    '2024-07-01',
    businessDaysAsCalendarDays(3, '36 O.S. § 675(A)'),
    true,
    {
      confidence: 'V',
      sources: [
        'https://casetext.com/statute/oklahoma-statutes/title-36-insurance/chapter-1-insurance-code/article-6a-multiple-employer-welfare-arrangement/section-675-effective-712024 (Okla. Stat. tit. 36 § 675, "[Effective 7/1/2024]"): (A) "Every licensee shall notify the Insurance Commissioner without unreasonable delay, but not later than three business days, from a determination that a cybersecurity event involving nonpublic information that is in the possession of a licensee has occurred when either of the following criteria has been met: 1. This state is the state of domicile ... or ... the home state ...; or 2. ... two hundred fifty (250) or more consumers residing in this state"',
        'https://www.oid.ok.gov/regulated-entities/financial/market-conduct-regulation/insurance-data-security-act/ (Department: 36 O.S. §§ 670-679, enacted 2024; licensees with less than $5 million gross annual revenue exempt)',
      ],
      unverified:
        "Oklahoma's holiday calendar is not encoded: the three business days are shown as three calendar days (never later). The exemptions of 36 O.S. §§ 672(9), 678 (licensees under $5 million revenue, captives and others) are not modelled: the notice is still listed.",
    },
  ),
  A(
    'PA',
    'Pennsylvania Insurance Commissioner',
    '40 Pa.C.S. § 4501 et seq. (Insurance Data Security Act, Act 2 of 2023)',
    '2023-12-11',
    businessDaysAsCalendarDays(5, '40 Pa.C.S. ch. 45'),
    true,
    {
      confidence: 'S',
      sources: [
        'https://www.insurance.pa.gov/Licensees/data-security/Pages/default.aspx (Insurance Department: Act 2 of 2023 (HB 739), signed 2023-06-14, "becomes effective December 11, 2023"; a licensee must "notify the Commissioner as promptly as possible, but in no event later than five business days after determining that a cybersecurity event has occurred when certain criteria are met")',
        'https://www.mondaq.com:443/unitedstates/security/1423506/pennsylvanias-new-cybersecurity-law-for-insurance-licensees-goes-into-effect ("40 Pa. C.S.A. § 4501 et seq., went into effect" 2023-12-11)',
        MODEL_TEXT,
      ],
      unverified:
        "The Act's notice section was not read, only the Department's paraphrase; its criteria are taken to be the model's. Pennsylvania's holiday calendar is not encoded: the five business days are shown as five calendar days (never later).",
    },
  ),
];

/** States whose adoption was not read (named in the report), for tests that check nothing is silently claimed. */
export const NAIC_ADOPTIONS_NOT_ENCODED: readonly string[] = ['US-NE', 'US-AR', 'US-CO'];

/**
 * Adoptions read that set no commissioner notice of their own, so no `naic-` rule is listed. Vermont's H.515
 * (signed 2022-05-27) "declines to establish separate cybersecurity event notification requirements"
 * (https://proteuscyber.com/privacy-database/news/6074-vermont-enacts-insurance-data-security-law-privacy-information-security-law-blog;
 * Practical Law w-035-7700: "does not include the model's state and consumer notice requirements"): a Vermont
 * licensee's breach notice goes to the Department of Financial Regulation under 9 V.S.A. § 2435(b)(3), which the
 * `us-vt/regulator` rule already routes there (https://dfr.vermont.gov/about-us/legal-general-counsel/legal-actions/data-breach-notifications:
 * "within 14 business days"). Read in secondary sources only (S).
 */
export const NAIC_ADOPTIONS_WITHOUT_NOTICE: readonly string[] = ['US-VT'];

export const US_INSURANCE_DATA_SECURITY_RULES: Rule[] = ADOPTIONS.map((a): Rule => {
  const verification: Verification = a.verification ?? {
    confidence: 'S',
    sources: [
      ...(a.code === 'AL' || a.code === 'MI' ? [FAEGRE_2021, FAEGRE_2020, MODEL_TEXT] : [FAEGRE_2021, MODEL_TEXT]),
      ...(CALENDAR_SOURCES[a.code] ? [CALENDAR_SOURCES[a.code] as string] : []),
    ],
    unverified:
      'The state act was not read: its section numbers and any variation from the model are unconfirmed.' +
      `${a.periodRead ? '' : ` ${UNREAD_PERIOD}`}${calendarNote(a.deadline)}`,
  };
  return {
    id: `naic-${a.code.toLowerCase()}/regulator`,
    regime: `naic-${a.code.toLowerCase()}`,
    jurisdiction: `US-${a.code}`,
    recipient: 'regulator',
    recipientName: a.name,
    citation: a.citation,
    versions: [
      {
        inForceFrom: a.inForceFrom,
        applies: { entityTypes: ['insurance_licensee'], anyOf: NOTICE_CONDITIONS },
        deadline: a.deadline,
        notes: [
          'Licensees in compliance with 23 NYCRR 500 are treated as compliant in several states (model drafting note); the notice is still due.',
        ],
      },
    ],
    verification,
  };
});
