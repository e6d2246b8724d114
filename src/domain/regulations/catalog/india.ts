import type { Applicability, Rule, Verification } from '../rule';

/**
 * India: CERT-In Directions of 28 April 2022 (IT Act s.70B(6)) and the Digital Personal Data Protection Rules
 * 2025 r.7, which come into force 18 months after their notification (13 Nov 2025), i.e. about 13 May 2027.
 */

const CERTIN_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'CERT-In Directions No. 20(3)/2022-CERT-In, para (ii), as summarised in shared/research/breach-deadlines.md §4',
  ],
  unverified:
    'Directions not read in this pass. Effective date given as 27 or 28 June 2022 by different sources; the earlier is used.',
};

const DPDP_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'DPDP Rules 2025 r.7(1)-(2) as read and summarised in shared/research/breach-deadlines.md §4 (text V, commencement S)',
  ],
  unverified: 'Commencement date of r.7 (18 months after 13 Nov 2025) computed, not read in a notification.',
};

const DPDP_IN_FORCE = '2027-05-13';

const DPDP: Applicability = { residentsOf: 'IN', data: { any: true } };

export const INDIA_RULES: Rule[] = [
  {
    id: 'in-certin/regulator',
    regime: 'in-certin',
    jurisdiction: 'IN',
    recipient: 'regulator',
    recipientName: 'CERT-In (Indian Computer Emergency Response Team)',
    citation: 'CERT-In Directions of 28 Apr 2022 under IT Act 2000 s.70B(6), para (ii)',
    versions: [
      {
        inForceFrom: '2022-06-27',
        applies: { entityTypes: ['in_certin_reporting_entity'] },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 6 },
          words: 'within 6 hours of noticing the incident or its being brought to notice',
        },
        notes: [
          'Only incident types listed in Annex I of the Directions (data breaches and leaks and unauthorised access are listed).',
        ],
      },
    ],
    verification: CERTIN_VERIFICATION,
  },
  {
    id: 'in-dpdp/individuals',
    regime: 'in-dpdp',
    jurisdiction: 'IN',
    recipient: 'individuals',
    recipientName: 'each affected Data Principal',
    citation: 'DPDP Act 2023 s.8(6); DPDP Rules 2025 r.7(1)',
    versions: [
      {
        inForceFrom: DPDP_IN_FORCE,
        applies: DPDP,
        deadline: {
          kind: 'no_fixed_period',
          from: 'awareAt',
          words: 'without delay after becoming aware of the breach',
        },
      },
    ],
    verification: DPDP_VERIFICATION,
  },
  {
    id: 'in-dpdp/regulator/intimation',
    regime: 'in-dpdp',
    jurisdiction: 'IN',
    recipient: 'regulator',
    recipientName: 'Data Protection Board of India',
    citation: 'DPDP Rules 2025 r.7(2)(a)',
    versions: [
      {
        inForceFrom: DPDP_IN_FORCE,
        applies: DPDP,
        deadline: {
          kind: 'no_fixed_period',
          from: 'awareAt',
          words: 'initial intimation without delay after becoming aware of the breach',
        },
      },
    ],
    verification: DPDP_VERIFICATION,
  },
  {
    id: 'in-dpdp/regulator/report',
    regime: 'in-dpdp',
    jurisdiction: 'IN',
    recipient: 'regulator',
    recipientName: 'Data Protection Board of India',
    citation: 'DPDP Rules 2025 r.7(2)(b)',
    versions: [
      {
        inForceFrom: DPDP_IN_FORCE,
        applies: DPDP,
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'hours', n: 72 },
          words:
            'detailed report within 72 hours of becoming aware of the breach (or longer if the Board allows on written request)',
        },
      },
    ],
    verification: DPDP_VERIFICATION,
  },
];
