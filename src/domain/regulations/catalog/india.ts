import type { Applicability, Rule, Verification } from '../rule';

/**
 * India: CERT-In Directions of 28 April 2022 (IT Act s.70B(6)) and the Digital Personal Data Protection Rules
 * 2025 r.7, which come into force 18 months after their notification (13 Nov 2025), i.e. about 13 May 2027.
 */

const CERTIN_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'CERT-In Directions No. 20(3)/2022-CERT-In of 28 April 2022 (https://www.cert-in.org.in/PDF/CERT-In_Directions_70B_28.04.2022.pdf), direction (ii) quoted verbatim in public repositories (find_string "within 6 hours of noticing such incidents"): "Any service provider, intermediary, data centre, body corporate and Government organisation shall mandatorily report cyber incidents as mentioned in Annexure I to CERT-In within 6 hours of noticing such incidents or being brought to notice about such incidents"; Annexure I items (xi) Data Breach, (xii) Data Leak',
    'Effective date paragraph as quoted from the same PDF in a repository that checked it: "This direction will become effective after 60 days from the date on which it is issued" (27 June 2022)',
  ],
  unverified:
    'Read in quotations of the PDF. Whether "after 60 days" means 27 or 28 June 2022 is unclear; the earlier is used.',
};

const DPDP_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'Digital Personal Data Protection Rules 2025 (https://egazette.gov.in/WriteReadData/2025/267650.pdf) r.7(2)(b), quoted verbatim in public repositories (find_string "within seventy-two hours of becoming aware"): "within seventy-two hours of becoming aware of the breach, or within such longer period as the Board may allow on a request made in writing in this behalf"; r.7(1) and r.7(2)(a): intimation to each affected Data Principal and to the Board "without delay"',
    'Rule 1 as checked in the same repositories: rules 3 and 5-16 (so rule 7) come into force eighteen months after publication; publication of 13 Nov 2025 gives 13 May 2027',
  ],
  unverified:
    'Read in quotations of the Gazette PDF. The Press Information Bureau dates the notification 14 Nov 2025, which would put the start on 14 May 2027; the earlier date is used.',
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
