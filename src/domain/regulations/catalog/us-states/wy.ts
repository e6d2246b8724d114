import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, EXPEDIENT, GOVERNMENT_IDS, HEALTH, harmJudgment, noFixedPeriod, stateRule } from './state-rule';

/** Wyoming, Wyo. Stat. §§ 40-12-501, -502 (effective 2007-07-01). Residents only. */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://law.counselstack.com/statute/wy/12/40-12-502 (text of Wyo. Stat. § 40-12-502): (a) "An individual or commercial entity that conducts business in Wyoming and that owns or licenses computerized data that includes personal identifying information about a resident of Wyoming shall, when it becomes aware of a breach of the security of the system, conduct in good faith a reasonable and prompt investigation to determine the likelihood that personal identifying information has been or will be misused. If the investigation determines that the misuse of personal identifying information about a Wyoming resident has occurred or is reasonably likely to occur, the individual or the commercial entity shall give notice as soon as possible to the affected Wyoming resident. Notice shall be made in the most expedient time possible and without unreasonable delay"; (b) a delay only if "a law enforcement agency determines in writing"',
    'shared/research/breach-deadlines.md §5 us-wy (V: § 40-12-502 text; S: DWT; Perkins)',
  ],
  unverified:
    'Read in (a) and the start of (b) only; the element list (2015 amendments, § 40-12-501 and § 6-3-901) and the 2007-07-01 in-force date (Perkins Coie) are not read in the text.',
};

export const WY_RULES: Rule[] = [
  stateRule('wy', 'individuals', {
    recipientName: 'each affected Wyoming resident',
    citation: 'Wyo. Stat. § 40-12-502(a)',
    versions: [
      {
        inForceFrom: '2007-07-01',
        applies: {
          // § 40-12-501(a)(vii) / § 6-3-901(b): name plus SSN, licence, account/card with code, TIN, passwords,
          // credentials, birth or marriage certificate, shared secrets, biometric data, medical and
          // health-insurance information, passport and military ID numbers.
          data: { withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'credentials', 'biometric'] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            'the investigation determines that misuse of personal identifying information about a Wyoming resident has occurred or is reasonably likely to occur (Wyo. Stat. § 40-12-502(a))',
          ),
        },
        deadline: noFixedPeriod(EXPEDIENT),
      },
    ],
    verification: VERIFICATION,
  }),
];
