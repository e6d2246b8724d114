import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  GOVERNMENT_IDS,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * Vermont Security Breach Notice Act, 9 V.S.A. §§ 2430, 2435. Consumers within 45 days after discovery or
 * notification; a preliminary notice to the AG (or the Department of Financial Regulation for regulated
 * persons) within 14 business days of discovery, or when consumers are notified, whichever is sooner. Both
 * date from Act 109 of 2012 (effective 2012-05-08): the AG's September 2014 guidance already explains the
 * 14-day preliminary notice, although the research notes attribute it to Act 89 of 2020.
 */

const ACT_109_2012 = '2012-05-08';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://klinedinstlaw.com/practice/privacy-data-security/vermont (AG "within 14 business days of the date the entity discovers the breach or the date provided to consumers, whichever is sooner")',
    'https://www.wordsbywit.com/vermont (quotes § 2435(b)(1): "not later than 45 days after the discovery or notification")',
    'https://docslib.org/doc/4178575/vermont-attorney-general-security-breach-notification-guidance-updated-september-2014 (table of contents: "19. Explain the 14-day Preliminary Notice")',
    'https://csrps.com/privacy-regulations/vermont/ (CRAs if more than 1,000)',
  ],
  unverified: [
    'Statute text not read directly; the Act 109 of 2012 effective date is from memory (the 2014 guidance proves only that the rule predates 2020). Before 2012-05-08 this catalog lists no Vermont rule.',
    SIXTH_PASS_UNREAD,
    SEVENTH_PASS_UNREAD,
  ].join(' '),
};
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    'https://legislature.vermont.gov/statutes/section/09/062/02435 (official text of 9 V.S.A. § 2435(b)(1): "in the most expedient time possible and without unreasonable delay, but not later than 45 days after the discovery or notification"; (b)(3)(A) notice to the Department of Financial Regulation for entities it regulates, the Attorney General for all others)',
    ...VERIFICATION.sources,
  ],
  unverified:
    'The Act 109 of 2012 in-force date is from memory; the page read stops before the 14-business-day preliminary notice of (b)(3)(B).',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 2430(10): name plus SSN, licence/state ID/passport/military or other government ID, account/card number
    // (with a code, or without one if usable), account passwords/PINs, unique biometric data, genetic
    // information, health records; login credentials alone (§ 2430(8)).
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'financial_account', 'biometric', 'genetic'],
    standalone: ['credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'misuse of the personal information is reasonably possible (9 V.S.A. § 2435(d)); a no-misuse determination must be sent to the Attorney General or Department of Financial Regulation',
  ),
};

export const VT_RULES: Rule[] = [
  stateRule('vt', 'individuals', {
    recipientName: 'each affected Vermont consumer',
    citation: '9 V.S.A. § 2435(b)(1)',
    versions: [
      {
        inForceFrom: ACT_109_2012,
        applies: APPLIES,
        deadline: calendarDays(
          45,
          'discoveredAt',
          'in the most expedient time possible and without unreasonable delay, but not later than 45 days after the discovery or notification',
        ),
      },
    ],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('vt', 'regulator', {
    recipientName:
      'Vermont Attorney General, or the Department of Financial Regulation for a DFR-regulated person (preliminary notice)',
    citation: '9 V.S.A. § 2435(b)(3)',
    versions: [
      {
        inForceFrom: ACT_109_2012,
        applies: APPLIES,
        deadline: {
          kind: 'earliest_of',
          words:
            'within 14 business days of discovering the breach or when notice is provided to consumers, whichever is sooner',
          deadlines: [
            {
              kind: 'period',
              from: 'discoveredAt',
              // Montpelier time; due at 16:30, the close of Vermont state offices (7:45–4:30), because the statute
              // names no hour and the earlier reading is the safe one. Vermont's own holidays (1 V.S.A. § 371):
              // Town Meeting Day and Bennington Battle Day are skipped, Juneteenth is a working day.
              period: {
                unit: 'business_days',
                n: 14,
                calendar: 'us-vt',
                timeZone: 'America/New_York',
                dueLocalTime: '16:30',
              },
              words: 'within 14 business days of the discovery of the breach',
            },
            tiedToIndividualNotice('vt', 'concurrent', 'when notice is provided to consumers'),
          ],
        },
        notes: [
          'A person that swore to the AG before the breach that it keeps written breach-response policies must notify the AG before notifying consumers (§ 2435(b)(3)(B)(ii)).',
        ],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('vt', 'regulator', {
    suffix: 'no-harm-determination',
    recipientName:
      'Vermont Attorney General, or the Department of Financial Regulation for a DFR-regulated person (determination that misuse is not reasonably possible)',
    citation: '9 V.S.A. § 2435(d)(1)',
    versions: [
      {
        inForceFrom: ACT_109_2012,
        applies: {
          data: APPLIES.data,
          encryptionSafeHarbor: true,
          judgment: {
            key: 'riskOfHarm',
            when: false,
            words:
              'the organisation establishes that misuse of the personal information is not reasonably possible and relies on § 2435(d) instead of the notices of § 2435(b)',
          },
        },
        // § 2435(d)(1) excuses the notices of subsection (b) (consumers and the AG's preliminary notice) only once
        // the determination and its detailed explanation are sent; the statute sets no period for it. Sent any later
        // than the preliminary notice it replaces, that notice would already be late, so it carries that limit.
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: {
            unit: 'business_days',
            n: 14,
            calendar: 'us-vt',
            timeZone: 'America/New_York',
            dueLocalTime: '16:30',
          },
          words:
            'the determination with a detailed explanation, before relying on it; no later than the 14 business days the preliminary notice it replaces would have',
        },
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'https://legislature.vermont.gov/statutes/section/09/062/02435 ((b)(1) "Except as otherwise provided in subsection (d)"; (b)(3) notice to the AG or DFR)',
        'Issue 13 (9 V.S.A. § 2435(d): a no-misuse determination is routed through the AG)',
      ],
      unverified: `The text of § 2435(d)(1) was not read this pass (its wording is from memory); the statute sets no period for the determination, the 14-business-day limit shown is derived. ${SIXTH_PASS_UNREAD} ${SEVENTH_PASS_UNREAD}`,
    },
  }),
  stateRule('vt', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: '9 V.S.A. § 2435(c)',
    versions: [
      {
        inForceFrom: ACT_109_2012,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
