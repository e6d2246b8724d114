import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { lawserverCopy } from './statute-copies';

/** Kansas, K.S.A. §§ 50-7a01, 50-7a02 (effective 2006-07-01). No regulator notice. */

const IN_FORCE = '2006-07-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-ks (V: § 50-7a02 text; S: Perkins; Snell & Wilmer)',
    'Secondary state table quoting "in the most expedient time possible and without unreasonable delay" (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not re-read; in-force date from memory.',
};
const VERIFIED_INDIVIDUALS: Verification = {
  confidence: 'V',
  sources: [
    'https://getpocketlaw.com/law/state_kansas/section-50-7a02-security-breach-requirements_a658ec5e22be (text of K.S.A. 50-7a02(a): investigation; "If the investigation determines that the misuse of information has occurred or is reasonably likely to occur ... Notice must be made in the most expedient time possible and without unreasonable delay")',
    ...VERIFICATION.sources,
  ],
  unverified:
    'In force 2006-07-01 here; the AICPA summary gives SB 196 an effective date of 2007-01-01 (the earlier is kept). The bureau subsection (f) was read later, in a second copy (see VERIFIED_BUREAUS).',
};

export const KS_TEXT_SOURCE = lawserverCopy(
  'ks',
  'K.S.A. 50-7a01 and 50-7a02 (2023 Supp.)',
  'https://www.ksrevisor.org/statutes/chapters/ch50/050_007a_0001.html',
);

/** § 50-7a02(f) read in the text: "more than 1,000 consumers at one time". */
const VERIFIED_BUREAUS: Verification = {
  confidence: 'V',
  sources: [
    `${KS_TEXT_SOURCE}: 50-7a02(f) "In the event that a person discovers circumstances requiring notification pursuant to this section of more than 1,000 consumers at one time, the person shall also notify, without unreasonable delay, all consumer reporting agencies"`,
    ...VERIFICATION.sources,
  ],
  unverified: 'In force 2006-07-01 here (see the individual notice).',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation determines that misuse of information about a Kansas resident has occurred or is reasonably likely to occur (K.S.A. § 50-7a02(a))',
  ),
};

export const KS_RULES: Rule[] = [
  stateRule('ks', 'individuals', {
    recipientName: 'each affected Kansas resident',
    citation: 'K.S.A. § 50-7a02(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: VERIFIED_INDIVIDUALS,
  }),
  stateRule('ks', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'K.S.A. § 50-7a02(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFIED_BUREAUS,
  }),
];
