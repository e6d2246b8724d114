import type { Rule, Verification } from '../rule';

/**
 * New York DFS Cybersecurity Regulation, 23 NYCRR Part 500, s.500.17. The extortion-payment notices exist only
 * once a payment is made, so they are listed only when the facts record `ransomPaidAt`: listing them for every
 * incident would announce a payment that may never happen, and falling back to discovery would be meaningless.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17 (current 500.17(a)(1): 72 hours after determining a cybersecurity incident has occurred at the covered entity, its affiliates, or a third-party service provider)',
    'https://www.corsolegal.com/allarticles/new-york-law/navigating-ny-dfs-part-500-17-notice-to-superintendent/ (original 2017 text: 72 hours from a cybersecurity event)',
    'https://www.securit360.com/blog/tag/cyber-regulation/ (2022 proposal: extortion payment notice within 24 hours, written description within 30 days)',
  ],
  unverified:
    'The 500.17(c) extortion-payment text was read only in secondary sources (issue 13, sixth pass: the stored copies of 500.17 end before (c), and no code copy holds it; project registers quote "within 24 hours" and "within 30 days" of the payment). The Second Amendment (adopted 1 Nov 2023) is taken to govern notices from 1 Dec 2023 (30 days for 500.17 under 500.22), a date not confirmed from the Notice of Adoption.',
};
const VERIFIED_INCIDENT_NOTICE: Verification = {
  confidence: 'V',
  sources: [
    'https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17 (text of current 500.17(a): "(1) Each covered entity shall notify the superintendent electronically ... as promptly as possible but in no event later than 72 hours after determining that a cybersecurity incident has occurred at the covered entity, its affiliates, or a third-party service provider"; "(2) ... a continuing obligation to update the superintendent with material changes or new information")',
    ...VERIFICATION.sources.slice(1),
  ],
  unverified:
    'The 2017 text (72 hours from a determination that a reportable cybersecurity event occurred) was read only in secondary sources; the 2017-08-28 and 2023-12-01 dates were not read in the Notices of Adoption.',
};

const INCIDENT_JUDGMENT = {
  key: 'nydfsCybersecurityIncident' as const,
  words:
    'a reportable cybersecurity incident (or, before 1 Dec 2023, cybersecurity event): notice to a government or self-regulatory body is required, a material part of normal operations is reasonably likely to be materially harmed, or (from 2023) ransomware was deployed in a material part of the information systems',
};

const SECOND_AMENDMENT = '2023-12-01';

export const NYDFS_RULES: Rule[] = [
  {
    id: 'nydfs/regulator',
    regime: 'nydfs',
    jurisdiction: 'US-NY',
    recipient: 'regulator',
    recipientName: 'NY Superintendent of Financial Services (DFS portal)',
    citation: '23 NYCRR 500.17(a)(1)',
    versions: [
      {
        inForceFrom: '2017-08-28', // 500.17(a) compliance date (Part 500 effective 1 Mar 2017, 180-day transition)
        citation: '23 NYCRR 500.17(a) (2017 text: cybersecurity events)',
        applies: { entityTypes: ['nydfs_covered_entity'], judgment: INCIDENT_JUDGMENT },
        deadline: {
          kind: 'period',
          from: 'determinedAt',
          period: { unit: 'hours', n: 72 },
          words:
            'as promptly as possible but in no event later than 72 hours after determining that a reportable cybersecurity event occurred',
        },
      },
      {
        inForceFrom: SECOND_AMENDMENT,
        applies: { entityTypes: ['nydfs_covered_entity'], judgment: INCIDENT_JUDGMENT },
        deadline: {
          kind: 'period',
          from: 'determinedAt',
          period: { unit: 'hours', n: 72 },
          words:
            'as promptly as possible but in no event later than 72 hours after determining that a cybersecurity incident occurred at the covered entity, its affiliates, or a third-party service provider',
        },
        notes: [
          'Continuing duty to update the Superintendent with material changes or new information (500.17(a)(2)).',
        ],
      },
    ],
    verification: VERIFIED_INCIDENT_NOTICE,
  },
  {
    id: 'nydfs/regulator/extortion-payment',
    regime: 'nydfs',
    jurisdiction: 'US-NY',
    recipient: 'regulator',
    recipientName: 'NY Superintendent of Financial Services (DFS portal)',
    citation: '23 NYCRR 500.17(c)(1)',
    versions: [
      {
        inForceFrom: SECOND_AMENDMENT,
        applies: { entityTypes: ['nydfs_covered_entity'], requiresFacts: ['ransomPaidAt'] },
        deadline: {
          kind: 'period',
          from: 'ransomPaidAt',
          period: { unit: 'hours', n: 24 },
          words: 'within 24 hours of making an extortion payment',
        },
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'nydfs/regulator/extortion-explanation',
    regime: 'nydfs',
    jurisdiction: 'US-NY',
    recipient: 'regulator',
    recipientName: 'NY Superintendent of Financial Services (DFS portal)',
    citation: '23 NYCRR 500.17(c)(2)',
    versions: [
      {
        inForceFrom: SECOND_AMENDMENT,
        applies: { entityTypes: ['nydfs_covered_entity'], requiresFacts: ['ransomPaidAt'] },
        deadline: {
          kind: 'period',
          from: 'ransomPaidAt',
          period: { unit: 'calendar_days', n: 30 },
          words:
            'within 30 days of the extortion payment: a written description of why payment was necessary, alternatives considered, diligence performed and sanctions compliance',
        },
      },
    ],
    verification: VERIFICATION,
  },
];
