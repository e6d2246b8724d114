import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, HEALTH, calendarDays, noFixedPeriod, residentsOver, stateRule, type StateVersion } from './state-rule';

/**
 * New York, Gen. Bus. Law § 899-aa. S2659B (signed and effective 2024-12-21) capped notice at 30 days after
 * discovery, keeping only the law-enforcement delay; S2376B (effective 2025-03-21) added medical and
 * health-insurance information. The only excuse from notice is a narrow inadvertent-disclosure-by-authorised-
 * persons determination (§ 899-aa(2)(a)), so no harm judgment is attached.
 */

const S2659B = '2024-12-21';
const S2376B = '2025-03-21';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://www.shrm.org/topics-tools/employment-law-compliance/new-york-state-enacts-immediate-update-to-breach-notification (S2659B quoted: "within thirty days after the breach has been discovered"; effective 2024-12-21)',
    'https://www.covingtonblogs.com/2025/01/07/new-york-adopts-amendment-to-the-state-data-breach-notification-law/ (30 days; DFS added as a recipient)',
    'https://www.workplaceprivacyreport.com/2025/01/articles/data-breach-notification/new-york-enacts-immediate-updates-to-breach-notification-law/',
    'shared/research/breach-deadlines.md §5 us-ny (V: NY DOS page for CRA > 5,000) and §5.2 (S2376B 2025-03-21; SB 804)',
    'N.Y. Gen. Bus. Law § 899-aa(1)(b), current text at https://lexace.ai/us/statute/new-york/gbs-899-AA: private information includes "(6) medical information" and "(7) health insurance information" (the S2376B elements), besides SSN, licence/non-driver ID, account/card with code or usable without one, and biometric information',
  ],
  unverified:
    'The current text of § 899-aa(2) (30 days) and (8) (AG, DOS, State Police; CRAs over 5,000) was not read in a code mirror this pass (only law-firm quotations of S2659B); the 2025-03-21 date and the 2005-12-07 original date are from secondary sources or memory.',
};

const BASE_DATA: StateVersion['applies']['data'] = {
  // § 899-aa(1)(b): name plus SSN, licence/non-driver ID, account/card number with code (or without one where
  // usable), biometric data; credentials alone (SHIELD Act, 2019).
  withName: [...CORE_ELEMENTS, 'biometric'],
  standalone: ['credentials'],
};
const APPLIES: StateVersion['applies'] = { data: BASE_DATA, encryptionSafeHarbor: true };
const APPLIES_WITH_HEALTH: StateVersion['applies'] = {
  data: { ...BASE_DATA, withName: [...(BASE_DATA.withName ?? []), ...HEALTH] },
  encryptionSafeHarbor: true,
};

const DFS_NOTE = 'DFS-covered entities also notify the Department of Financial Services (see the nydfs obligation, 23 NYCRR 500.17).';

const THIRTY_DAYS = calendarDays(30, 'discoveredAt', `${EXPEDIENT}, provided that notification is made within 30 days after the breach has been discovered`);

export const NY_RULES: Rule[] = [
  stateRule('ny', 'individuals', {
    recipientName: 'each affected New York resident',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(2)',
    versions: [
      { inForceFrom: '2005-12-07', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) },
      { inForceFrom: S2659B, citation: 'N.Y. Gen. Bus. Law § 899-aa(2) (L. 2024, S2659B)', applies: APPLIES, deadline: THIRTY_DAYS },
      { inForceFrom: S2376B, citation: 'N.Y. Gen. Bus. Law § 899-aa(2) (L. 2025, S2376B)', applies: APPLIES_WITH_HEALTH, deadline: THIRTY_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ny', 'regulator', {
    recipientName: 'New York Attorney General, Department of State and Division of State Police',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(a)',
    versions: [
      {
        inForceFrom: '2005-12-07',
        applies: APPLIES,
        deadline: noFixedPeriod('as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period'),
      },
      // S2659B added the Department of Financial Services to the recipients (Covington, 2025-01-07); whether
      // from 2024-12-21 or only with S2376B is unverified, so the earlier date is used (conservative).
      {
        inForceFrom: S2659B,
        applies: APPLIES,
        deadline: noFixedPeriod('as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period'),
        notes: [DFS_NOTE],
      },
      {
        inForceFrom: S2376B,
        applies: APPLIES_WITH_HEALTH,
        deadline: noFixedPeriod('as to the timing, content and distribution of the notices and approximate number of affected persons; no separate period'),
        notes: [DFS_NOTE],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('ny', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(8)(b)',
    versions: [
      {
        inForceFrom: '2005-12-07',
        applies: { ...APPLIES, thresholds: residentsOver(5000) },
        deadline: noFixedPeriod('as to the timing, content and distribution of the notices and approximate number of affected persons'),
      },
      {
        inForceFrom: S2376B,
        applies: { ...APPLIES_WITH_HEALTH, thresholds: residentsOver(5000) },
        deadline: noFixedPeriod('as to the timing, content and distribution of the notices and approximate number of affected persons'),
      },
    ],
    verification: VERIFICATION,
  }),
];
