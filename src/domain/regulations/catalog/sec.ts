import type { Applicability, Deadline, Rule } from '../rule';

/**
 * SEC Form 8-K Item 1.05, material cybersecurity incidents (Release 33-11216, adopted 26 July 2023). Compliance
 * began 18 Dec 2023, and 15 June 2024 for smaller reporting companies: two versions, the first excluding SRCs.
 */

const MATERIALITY = {
  key: 'secMaterial' as const,
  words:
    'the registrant determines the cybersecurity incident is material (made without unreasonable delay after discovery)',
};

const FOUR_BUSINESS_DAYS: Deadline = {
  kind: 'period',
  from: 'materialityDeterminedAt',
  period: {
    unit: 'business_days',
    n: 4,
    calendar: 'us-federal',
    timeZone: 'America/New_York',
    // Regulation S-T Rule 13(a)(2), 17 CFR 232.13(a)(2): a filing begun after 5:30 p.m. Eastern is filed the next
    // business day. (Rule 13(a)(4) is the 10 p.m. exception for Forms 3, 4, 5, 144 and Schedule 14N, not 8-K.)
    dueLocalTime: '17:30',
  },
  words:
    'within four business days after the registrant determines the incident is material; EDGAR must receive it by 5:30 p.m. New York time on the fourth business day',
};

const registrant = (extra: Partial<Applicability>): Applicability => ({ judgment: MATERIALITY, ...extra });

// Item 1.05(d) (read only in a summary): a registrant under the FCC's CPNI rule may delay up to seven business days
// after notifying the Secret Service and FBI. Not applied: the due time without it is the earlier one.
const CPNI_DELAY_NOTE =
  'A registrant that is also under the FCC CPNI breach rule (47 CFR 64.2011) may delay up to seven business days after notifying the Secret Service and FBI, with written notice to the SEC (Item 1.05(d)); the due time shown does not assume it.';

export const SEC_RULES: Rule[] = [
  {
    id: 'sec-8k/regulator',
    regime: 'sec-8k',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'SEC (Form 8-K, Item 1.05, filed on EDGAR)',
    citation: 'Form 8-K Item 1.05(a) and General Instruction B.1; Release 33-11216',
    versions: [
      {
        inForceFrom: '2023-12-18',
        applies: registrant({
          entityTypes: ['sec_registrant'],
          excludedEntityTypes: ['sec_smaller_reporting_company'],
        }),
        deadline: FOUR_BUSINESS_DAYS,
        notes: ['Smaller reporting companies did not have to comply until 15 June 2024.', CPNI_DELAY_NOTE],
      },
      {
        inForceFrom: '2024-06-15',
        applies: registrant({ entityTypes: ['sec_registrant', 'sec_smaller_reporting_company'] }),
        deadline: FOUR_BUSINESS_DAYS,
        notes: [CPNI_DELAY_NOTE],
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://www.formsbank.com/template/75696/current-report-8k-sec.html?page=2 (a copy of Form 8-K, General Instruction B.1, read: "Unless otherwise specified, a report is to be filed or furnished within four business days after occurrence of the event. If the event occurs on a Saturday, Sunday or holiday on which the Commission is not open for business, then the four business day period shall begin to run on, and include, the first business day thereafter.")',
        'Form 8-K General Instruction B.1 as amended by Release 33-11216, quoted by a law-firm alert found in the stored pages and by GitHub notes (find_string "determines that it has experienced a material cy"): "A report pursuant to Item 1.05 is to be filed within four business days after the registrant determines that it has experienced a material cybersecurity incident"; Instruction 1 to Item 1.05: the materiality determination "must be made without unreasonable delay after discovery of the incident"',
        'https://mktbolt.com/articles/what-is-an-8-k-filing-item-1-05-cybersecurity-explainer-2026-06-22 (Item 1.05(a) quoted: "If the registrant experiences a cybersecurity incident that is determined by the registrant to be material, describe ...")',
        'https://govinfo.gov/content/pkg/FR-2023-08-04/html/2023-16194.htm (88 FR 51896, Release 33-11216: "Effective date: The amendments are effective September 5, 2023. Compliance dates: See Section II.I")',
        'https://www.thecorporatecounsel.net/blog/2023/07/more-on-cybersecurity-current-disclosure-of-material-cybersecurity-incidents.html (Item 1.05(d) summarised: delay "up to seven business days following notification of the Secret Service and FBI pursuant to an FCC notification rule for breaches of customer proprietary network information, with written notification to the SEC")',
        'https://natlawreview.com/article/faqs-new-sec-rules-public-company-cybersecurity-disclosures (Section II.I summarised: Item 1.05 compliance from December 18, 2023; smaller reporting companies "on June 15, 2024")',
        'https://lawserver.com/?p=28166419 (17 CFR 232.13(a)(2): 5:30 p.m. Eastern cut-off)',
        'https://schedule13d.com/index.php/rules-13a4-and-201a-of-regulation-s-t (Rule 13(a)(4) exceptions; filings Monday-Friday except federal holidays)',
      ],
      unverified:
        'The general four-business-day rule and its weekend/holiday start were read in a copy of the Form (an edition before 2023); the Item 1.05 sentence the 2023 release added to B.1 and Item 1.05(a) itself were read only as quoted by law-firm pages, and the compliance dates (Section II.I of the release) only in a summary. An Attorney General delay under Item 1.05(c) is modelled in law-enforcement-delay.ts; a pending request does not stop the clock.',
    },
  },
];
