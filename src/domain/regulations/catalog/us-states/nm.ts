import type { Rule, Verification } from '../../rule';
import type { EntityType } from '../../vocabulary';
import {
  CORE_ELEMENTS,
  calendarDays,
  GLBA_FINANCIAL_INSTITUTIONS,
  harmJudgment,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';
import { lawserverCopy } from './statute-copies';

/** New Mexico Data Breach Notification Act, N.M. Stat. §§ 57-12C-1 to -12 (effective 2017-06-16). */

const IN_FORCE = '2017-06-16';

export const NM_TEXT_SOURCE = lawserverCopy(
  'nm',
  'N.M. Stat. §§ 57-12C-1 to -12 (Laws 2017, ch. 36)',
  'https://nmonesource.com/nmos/nmsa/en/item/4352/index.do',
);

/**
 * § 57-12C-8, read in the text: "The provisions of the Data Breach Notification Act shall not apply to a person
 * subject to the federal Gramm-Leach-Bliley Act or the federal Health Insurance Portability and Accountability Act
 * of 1996." Unconditional ("subject to", no compliance test), so, as for MCL § 445.72(8)(b) and AS 45.48.040(c), the
 * whole Act's notices are dropped for the entity types surely under either Act: every New Mexico rule, the
 * maintainer's notice included, carries this exclusion.
 */
export const NM_EXEMPT: EntityType[] = [
  ...GLBA_FINANCIAL_INSTITUTIONS,
  'hipaa_covered_entity',
  'hipaa_business_associate',
];
export const NM_EXEMPTION_SOURCE = `${NM_TEXT_SOURCE}: § 57-12C-8 "The provisions of the Data Breach Notification Act shall not apply to a person subject to the federal Gramm-Leach-Bliley Act or the federal Health Insurance Portability and Accountability Act of 1996."`;

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'N.M. Stat. § 57-12C-10, text at https://codes.findlaw.com/nm/chapter-57-trade-practices-and-regulations/nm-st-sect-57-12c-10/ (current as of 2021-05-06): "to more than one thousand New Mexico residents as a result of a single security breach shall notify the office of the attorney general and major consumer reporting agencies ... in the most expedient time possible, and no later than forty-five calendar days"; AG copy "within forty-five calendar days following discovery of the security breach"',
    `${NM_TEXT_SOURCE}: § 57-12C-6(A) "Notification shall be made in the most expedient time possible, but not later than forty- five calendar days following discovery of the security breach"`,
    NM_EXEMPTION_SOURCE,
    'shared/research/breach-deadlines.md §5 us-nm (V: §§ 57-12C-6, -9, -10 text; S: DWT)',
    'Secondary tables quoting § 57-12C-6 "in the most expedient time possible, but not later than forty-five calendar days following discovery of the security breach" (https://www.wordsbywit.com/new-mexico; https://www.constangy.com/data-privacy-us-nm)',
  ],
  unverified: 'The 2017-06-16 in-force date is from an annotation (Laws 2017, ch. 36).',
};

const APPLIES: StateVersion['applies'] = {
  // § 57-12C-2(C): name plus SSN, licence/government ID, account/card with code, biometric data.
  data: { withName: [...CORE_ELEMENTS, 'biometric'] },
  encryptionSafeHarbor: true,
  excludedEntityTypes: NM_EXEMPT,
  judgment: harmJudgment(
    'the breach gives rise to a significant risk of identity theft or fraud (N.M. Stat. § 57-12C-6(C))',
  ),
};

const FORTY_FIVE_DAYS = calendarDays(
  45,
  'discoveredAt',
  'in the most expedient time possible, but not later than 45 calendar days following discovery of the security breach',
);

export const NM_RULES: Rule[] = [
  stateRule('nm', 'individuals', {
    recipientName: 'each affected New Mexico resident',
    citation: 'N.M. Stat. § 57-12C-6(A)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: FORTY_FIVE_DAYS }],
    verification: VERIFICATION,
  }),
  stateRule('nm', 'regulator', {
    recipientName: 'New Mexico Office of the Attorney General',
    citation: 'N.M. Stat. § 57-12C-10',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
  stateRule('nm', 'credit_bureaus', {
    recipientName: 'each major consumer reporting agency',
    citation: 'N.M. Stat. § 57-12C-10',
    versions: [
      { inForceFrom: IN_FORCE, applies: { ...APPLIES, thresholds: residentsOver(1000) }, deadline: FORTY_FIVE_DAYS },
    ],
    verification: VERIFICATION,
  }),
];
