import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * South Dakota, SDCL §§ 22-40-19 to -26 (effective 2018-07-01). 60 days from discovery or notification; AG by
 * mail or e-mail when more than 250 residents. The no-harm exception itself requires notice to the AG first.
 * The bureau notice (§ 22-40-24) has no threshold: it runs whenever residents must be told under § 22-40-20.
 */

const IN_FORCE = '2018-07-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/south-dakota/content/title-title-22-crimes/chapter-chapter-40-identity-crimes.json (Justia mirror of SDCL §§ 22-40-19 to -26, https://law.justia.com/codes/south-dakota/title-22/chapter-40/): § 22-40-19(4)-(5) personal and protected information; § 22-40-20 "not later than sixty days from the discovery or notification of the breach of system security"; no-harm exception "following an appropriate investigation and notice to the attorney general", documented and kept three years; AG "by mail or electronic mail any breach of system security that exceeds two hundred fifty residents of this state"; § 22-40-24 bureaus "without unreasonable delay" whenever notice under § 22-40-20 is required (no threshold); all SL 2018, ch 135',
    'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-20 (text of § 22-40-20)',
  ],
  unverified: 'The 2018-07-01 in-force date (SL 2018, ch 135) is the usual July 1, not read in the session law.',
};

const DETERMINATION_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://self-law.org/code/sd/title-22/chapter-22-40/22-40-20 (read this session: "not required to make a disclosure under this section if, following an appropriate investigation and notice to the attorney general, the information holder reasonably determines that the breach will not likely result in harm"; the AG is told of "any breach of system security that exceeds two hundred fifty residents")',
  ],
  unverified:
    'The statute sets no period for the notice to the AG; the 60-day limit shown is derived (the resident notice is excused only once it is given).',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 22-40-19(4): name plus SSN, licence/government ID, account/card with code, health information,
    // employer-assigned ID with code. § 22-40-19(5) "protected information", which counts without a name: online
    // credentials, and an account or card number with any required code.
    withName: [...CORE_ELEMENTS, ...HEALTH],
    standalone: ['credentials', 'financial_account_with_access_code', 'payment_card'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'following an appropriate investigation and notice to the Attorney General, the breach is likely to result in harm to the affected person (SDCL § 22-40-20); a no-harm determination must be documented and kept for three years',
  ),
};

export const SD_RULES: Rule[] = [
  stateRule('sd', 'individuals', {
    recipientName: 'each affected South Dakota resident',
    citation: 'SDCL § 22-40-20',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: calendarDays(
          60,
          'discoveredAt',
          'not later than 60 days from the discovery or notification of the breach',
        ),
        notes: ['Relying on the no-harm exception requires notice to the Attorney General first (§ 22-40-20).'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('sd', 'regulator', {
    recipientName: 'South Dakota Attorney General (by mail or e-mail)',
    citation: 'SDCL § 22-40-20',
    // The AG is told of "any breach of system security that exceeds two hundred fifty residents", whether or not
    // residents are notified: the no-harm exception excuses only the disclosure to residents (§ 22-40-20).
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { data: APPLIES.data, encryptionSafeHarbor: true, thresholds: residentsOver(250) },
        deadline: noFixedPeriod('no separate period stated'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('sd', 'regulator', {
    suffix: 'no-harm-determination',
    recipientName: 'South Dakota Attorney General (notice before relying on the no-harm exception)',
    citation: 'SDCL § 22-40-20',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: {
          data: APPLIES.data,
          encryptionSafeHarbor: true,
          judgment: {
            key: 'riskOfHarm',
            when: false,
            words:
              'the organisation relies on its determination that the breach will not likely result in harm (SDCL § 22-40-20)',
          },
        },
        // The statute sets no period: the notice precedes the determination it allows. Until it is given, the
        // 60-day resident notice is not excused, so it is due no later than that notice would be.
        deadline: calendarDays(
          60,
          'discoveredAt',
          'before relying on the no-harm determination, and so no later than the 60 days the resident notice would otherwise have',
        ),
        notes: ['Document the determination in writing and keep it for at least three years (§ 22-40-20).'],
      },
    ],
    verification: DETERMINATION_VERIFICATION,
  }),
  stateRule('sd', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'SDCL § 22-40-24',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
];
