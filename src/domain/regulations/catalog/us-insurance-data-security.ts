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
 * Encoded: the 18 states of Faegre Drinker's 2021 adoption chart, with its effective dates. Adoptions after
 * mid-2021 (e.g. Kentucky, Maryland, Vermont, Alaska, Pennsylvania, Oklahoma, Nebraska, Illinois) were not read
 * and are listed in the report, not here.
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
}

const A = (
  code: string,
  name: string,
  citation: string,
  inForceFrom: string,
  deadline: Deadline = SEVENTY_TWO_HOURS,
  periodRead = false,
): Adoption => ({
  code,
  name,
  citation,
  inForceFrom,
  deadline,
  periodRead,
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
];

/** States whose adoption was not read (named in the report), for tests that check nothing is silently claimed. */
export const NAIC_ADOPTIONS_NOT_ENCODED: readonly string[] = [
  'US-AK',
  'US-KY',
  'US-MD',
  'US-VT',
  'US-PA',
  'US-OK',
  'US-NE',
  'US-IL',
  'US-AR',
  'US-CO',
];

export const US_INSURANCE_DATA_SECURITY_RULES: Rule[] = ADOPTIONS.map((a): Rule => {
  const verification: Verification = {
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
