import type { Rule } from '../rule';

/** FTC Standards for Safeguarding Customer Information (GLBA), notification-event amendment. */
export const FTC_SAFEGUARDS_RULES: Rule[] = [
  {
    id: 'ftc-safeguards/regulator',
    regime: 'ftc-safeguards',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'Federal Trade Commission (online form)',
    citation: '16 CFR 314.4(j)(1); 88 FR 77499 (13 Nov 2023)',
    versions: [
      {
        // "DATES: The amendments are effective May 13, 2024." (88 FR 77499)
        inForceFrom: '2024-05-13',
        applies: {
          entityTypes: ['ftc_financial_institution'],
          data: { any: true },
          // A notification event is acquisition of *unencrypted* customer information; encrypted data counts as
          // unencrypted if the key was also taken, which the `encrypted` fact already excludes.
          encryptionSafeHarbor: true,
          thresholds: [{ op: '>=', count: 500, scope: 'total' }],
        },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'calendar_days', n: 30 },
          words: 'as soon as possible, and no later than 30 days after discovery of the notification event',
        },
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://www.govinfo.gov/content/pkg/FR-2023-11-13/html/2023-24412.htm (88 FR 77499: 500 or more consumers; effective May 13, 2024)',
        'https://cornerstonelicensing.com/?p=8592 (quotes "as soon as possible, but no later than 30 days after discovery of the event")',
      ],
      unverified: 'The 30-day wording of 314.4(j)(1) was read in a secondary quotation, not the CFR text itself.',
    },
  },
];
