import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, harmJudgment, noFixedPeriod, stateRule } from './state-rule';

/** Idaho, Idaho Code §§ 28-51-104 to -107 (effective 2006-07-01). Private entities tell only the residents. */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/idaho/content/title-title-28/chapter-chapter-51.json (Justia mirror, https://law.justia.com/codes/idaho/title-28/chapter-51/section-28-51-105/): § 28-51-105(1) "If the investigation determines that the misuse of information about an Idaho resident has occurred or is reasonably likely to occur, the agency, individual or the commercial entity shall give notice as soon as possible to the affected Idaho resident. Notice must be made in the most expedient time possible and without unreasonable delay"; the 24-hour notice to the Attorney General binds only "an agency"; § 28-51-104(5) personal information is name plus SSN, "Driver\'s license number or Idaho identification card number", or account/card number "in combination with any required security code, access code, or password"; "[28-51-105, added 2006, ch. 258, sec. 1, p. 797; am. 2014, ch. 97, sec. 13, p. 275.]"',
    'shared/research/breach-deadlines.md §5 us-id (S: DWT; wordsbywit)',
  ],
  unverified: 'The 2006-07-01 in-force date is the usual Idaho date, not read in 2006 ch. 258.',
};

export const ID_RULES: Rule[] = [
  stateRule('id', 'individuals', {
    recipientName: 'each affected Idaho resident',
    citation: 'Idaho Code § 28-51-105(1)',
    versions: [
      {
        inForceFrom: '2006-07-01',
        applies: {
          // § 28-51-104(5): name plus SSN, licence/ID, account/card with code.
          data: { withName: [...CORE_ELEMENTS] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'the investigation determines that misuse of information about an Idaho resident has occurred or is reasonably likely to occur (Idaho Code § 28-51-105(1))',
          ),
        },
        deadline: noFixedPeriod(EXPEDIENT),
      },
    ],
    verification: VERIFICATION,
  }),
];
