import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  GLBA_FINANCIAL_INSTITUTIONS,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Michigan Identity Theft Protection Act, MCL § 445.72 (effective 2007-07-02). No regulator notice (insurance
 * licensees have their own regime, MCL 500.559 et seq.). The bureau notice does not apply when notice goes to
 * "1,000 or fewer residents" (§ 445.72(8)(a)), i.e. more than 1,000; csrps reads it "1,000 or more"
 * (shared/research/breach-deadlines.md §8 item 8). Where sources conflict the catalog takes the broader reading
 * (issue 14): 1,000 residents get the bureau notice. Nor does it apply to a person subject to the GLBA,
 * 15 USC 6801-6809 (§ 445.72(8)(b)): dropped for the entity types surely under it (GLBA_FINANCIAL_INSTITUTIONS)
 * and stated in a note for the rest.
 */

const IN_FORCE = '2007-07-02';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/michigan/content/title-chapter-445-trade-and-commerce/chapter-act-452-of-2004-identity-theft-protection-act-44561-44579d.json (Justia mirror of MCL 445.72, https://law.justia.com/codes/michigan/chapter-445/statute-act-452-of-2004/section-445-72/): (1) notice unless the breach "has not or is not likely to cause substantial loss or injury to, or result in identity theft"; (4) "without unreasonable delay"; (8) bureaus told "without unreasonable delay" after the resident notices, not applicable if "(a) ... notice ... to 1,000 or fewer residents of this state" or "(b) The person or agency is subject to 15 USC 6801 to 6809"',
    'shared/research/breach-deadlines.md §5 us-mi (S: Klinedinst; DWT; csrps) and §8 item 8 (CRA threshold conflict)',
  ],
  unverified: 'The 2007-07-02 in-force date is from memory; the § 445.63 element list was not re-read.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has caused or is likely to cause substantial loss or injury to, or identity theft with respect to, one or more Michigan residents (MCL § 445.72(1))',
  ),
};

export const MI_RULES: Rule[] = [
  stateRule('mi', 'individuals', {
    recipientName: 'each affected Michigan resident',
    citation: 'MCL § 445.72(1)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('mi', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'MCL § 445.72(8)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        // Broader reading: csrps's "1,000 or more" over § 445.72(8)(a)'s "1,000 or fewer" exemption.
        // § 445.72(8)(b): "does not apply if ... The person or agency is subject to 15 USC 6801 to 6809".
        applies: { ...APPLIES, thresholds: residentsAtLeast(1000), excludedEntityTypes: GLBA_FINANCIAL_INSTITUTIONS },
        deadline: noFixedPeriod('without unreasonable delay'),
        notes: [
          'Not required of a person subject to the Gramm-Leach-Bliley Act, 15 USC 6801 to 6809 (MCL § 445.72(8)(b)): dropped for a bank, credit union or FTC-regulated financial institution; another organisation under the Act (an insurer, a broker-dealer) may also be exempt.',
        ],
      },
    ],
    verification: VERIFICATION,
  }),
];
