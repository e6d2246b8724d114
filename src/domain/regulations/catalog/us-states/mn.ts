import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  GLBA_FINANCIAL_INSTITUTIONS,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Minnesota, Minn. Stat. § 325E.61 (effective 2006-01-01). No harm threshold and no regulator notice; not for GLBA
 * financial institutions (subd. 4). More than
 * 500 people notified at one time: the bureaus within 48 hours. The statute does not say 48 hours after what;
 * the earliest possible start, discovery of the circumstances requiring notice, is used.
 */

const IN_FORCE = '2006-01-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-mn (S: cliclaw; csrps; wordsbywit)',
    'Secondary state table quoting § 325E.61 "in the most expedient time possible and without unreasonable delay"; CRA notice "within 48 hours" when more than 500 persons are affected at one time (public GitHub research file, read via find_string)',
  ],
  unverified: 'Statute text not read; the start of the 48 hours is an interpretation.',
};

/**
 * § 325E.61 read in the text: subd. 1(a) and (b) in the session law as enacted (Laws 2005, ch. 167), subd. 2 and 4
 * in the current text reprinted in a 2024 legal guide. Subd. 4: "This section and Minn. Stat. § 13.055, subdivision
 * 6, do not apply to any 'financial institution' as defined by United States Code, title 15, section 6809(3)." The
 * exemption is unconditional, so, as for MCL § 445.72(8)(b), every Minnesota rule of this section (the maintainer's
 * notice included) is dropped for the entity types surely under Title V of the GLBA. A mortgage servicer licensed
 * by Minnesota Commerce reports under Minn. Stat. ch. 46A instead (not encoded here).
 */
export const MN_SESSION_LAW_SOURCE =
  'https://www.revisor.mn.gov/laws/?year=2005&type=0&doctype=Chapter&id=167 (Laws 2005, ch. 167, H.F. 2121, creating § 325E.61)';
export const MN_CURRENT_TEXT_SOURCE =
  'https://online.flippingbook.com/view/272552931/106 ("A Legal Guide to PRIVACY AND DATA SECURITY 2024", reprinting Minn. Stat. § 325E.61)';
export const MN_EXEMPTION_SOURCE = `${MN_CURRENT_TEXT_SOURCE}: subd. 4 "This section and Minn. Stat. § 13.055, subdivision 6, do not apply to any 'financial institution' as defined by United States Code, title 15, section 6809(3)."`;

const READ_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${MN_SESSION_LAW_SOURCE}: subd. 1(a) "shall disclose any breach of the security of the system following discovery or notification of the breach in the security of the data to any resident of this state ... The disclosure must be made in the most expedient time possible and without unreasonable delay"`,
    `${MN_CURRENT_TEXT_SOURCE}: subd. 2 "If a person discovers circumstances requiring notification under this section and Minn. Stat. § 13.055, subdivision 6, of more than 500 persons at one time, the person shall also notify, within 48 hours, all consumer reporting agencies that compile and maintain files on consumers on a nationwide basis"`,
    MN_EXEMPTION_SOURCE,
    ...VERIFICATION.sources,
  ],
  unverified:
    'The 2006-01-01 in-force date is from the AICPA summary ("Effective Date: January 1, 2006"); the start of the 48 hours is not stated (the earliest reading, discovery, is used).',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  excludedEntityTypes: GLBA_FINANCIAL_INSTITUTIONS,
};

export const MN_RULES: Rule[] = [
  stateRule('mn', 'individuals', {
    recipientName: 'each affected Minnesota resident',
    citation: 'Minn. Stat. § 325E.61, subd. 1(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT) }],
    verification: READ_VERIFICATION,
  }),
  stateRule('mn', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Minn. Stat. § 325E.61, subd. 2',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(500) },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 48 },
          words:
            'within 48 hours (counted from discovering the circumstances requiring notice of more than 500 persons)',
        },
      },
    ],
    verification: READ_VERIFICATION,
  }),
];
