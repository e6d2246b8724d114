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
        notes: ['Smaller reporting companies did not have to comply until 15 June 2024.'],
      },
      {
        inForceFrom: '2024-06-15',
        applies: registrant({ entityTypes: ['sec_registrant', 'sec_smaller_reporting_company'] }),
        deadline: FOUR_BUSINESS_DAYS,
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'https://www.americanbar.org/groups/litigation/resources/newsletters/corporate-counsel/sec-adopts-new-rules-cybersecurity-disclosures-public-companies/ (four business days after the materiality determination; compliance 18 Dec 2023, SRCs 15 June 2024)',
        'https://www.thecorporatecounsel.net/blog/?p=48192 (SRCs subject from 15 June 2024)',
        'https://lawserver.com/?p=28166419 (17 CFR 232.13(a)(2): 5:30 p.m. Eastern cut-off)',
        'https://schedule13d.com/index.php/rules-13a4-and-201a-of-regulation-s-t (Rule 13(a)(4) exceptions; filings Monday-Friday except federal holidays)',
      ],
      unverified:
        'Form 8-K instruction text not read directly. An Attorney General delay under Item 1.05(c) is not modelled; a pending request does not stop the clock.',
    },
  },
];
