import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';

/**
 * Virginia, Va. Code § 18.2-186.6 (effective 2008-07-01). The AG is told of every notifiable breach, without
 * unreasonable delay; medical-information breaches have a separate statute (§ 32.1-127.1:05) not catalogued.
 */

const IN_FORCE = '2008-07-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/virginia/content/title-title-182-crimes-and-offenses-generally/chapter-chapter-6-crimes-involving-fraud.json (Justia mirror of Va. Code § 18.2-186.6): (B) disclosure "to the Office of the Attorney General and any affected resident of the Commonwealth without unreasonable delay" when the breach causes or is believed to cause "identity theft or another fraud"; (E) "more than 1,000 persons at one time ... shall notify, without unreasonable delay, the Office of the Attorney General and all consumer reporting agencies ... of the timing, distribution, and content of the notice"; history 2008, cc. 566, 801; 2017; 2019; 2020',
    'shared/research/breach-deadlines.md §5 us-va (V: § 18.2-186.6 text; S: Klinedinst; Foley; csrps)',
  ],
  unverified:
    'The 2008-07-01 in-force date is the usual July 1, not read in the Act. Not modelled: the medical-information statute § 32.1-127.1:05.',
};

/**
 * § 18.2-186.6(M) (2017, cc. 419, 427): an employer or payroll service provider tells the AG of a breach of a
 * taxpayer identification number with the income tax withheld for that taxpayer, with the employer's name and FEIN.
 * No resident notice and no count: the AG passes it to the Department of Taxation.
 */
const PAYROLL_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub saint1415/us-statutes (data branch), data/states/virginia/content/title-title-182-crimes-and-offenses-generally/chapter-chapter-6-crimes-involving-fraud.json (Justia mirror of Va. Code § 18.2-186.6, https://law.justia.com/codes/virginia/title-18-2/chapter-6/section-18-2-186-6/): (M) "any employer or payroll service provider that owns or licenses computerized data relating to income tax withheld ... shall notify the Office of the Attorney General without unreasonable delay after the discovery or notification of unauthorized access and acquisition of unencrypted and unredacted computerized data containing a taxpayer identification number in combination with the income tax withheld for that taxpayer ... and causes, or the employer or payroll provider reasonably believes has caused or will cause, identity theft or other fraud. With respect to employers, this subsection applies only to information regarding the employer\'s employees"; "shall provide ... the name and federal employer identification number of the employer"; history "2017, cc. 419, 427"',
    'https://pldrlaw.com/employment-law-updates/291-new-virginia-law-imposing-notification-requirements-for-breach-of-payroll-data ("Effective July 1, 2017")',
  ],
  unverified:
    'The in-force date (2017-07-01) is the July 1 after the 2017 Acts, confirmed by a law firm, not read in the Acts. Being an employer or payroll provider, and the TIN being held with the tax withheld, are not recorded facts: they are part of the condition shown. Listed when Virginia residents are affected; employees living elsewhere whose Virginia tax is withheld are not modelled.',
};

/**
 * Exemptions whose conditions the facts do not record, so the notice stays listed (the conservative reading) with
 * the exemption shown: § 18.2-186.6(G) deems a GLBA entity compliant only if it "maintains procedures for
 * notification ... in accordance with" that Act; (H) the same for a primary regulator's procedures; (K) excludes
 * entities regulated by the SCC's Bureau of Insurance.
 */
const EXEMPTION_NOTES = [
  "Deemed in compliance: an entity subject to Title V of the Gramm-Leach-Bliley Act that maintains breach-notification procedures under it (Va. Code § 18.2-186.6(G)), or that follows its primary or functional regulator's notification rules (H). Not recorded here, so the notice is listed.",
  "Not applicable to an individual or entity regulated by the State Corporation Commission's Bureau of Insurance (§ 18.2-186.6(K)).",
];

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS, 'passport', 'military_id'] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the breach has caused or the organisation reasonably believes it has caused or will cause identity theft or other fraud to a Virginia resident (Va. Code § 18.2-186.6(B))',
  ),
};

export const VA_RULES: Rule[] = [
  stateRule('va', 'individuals', {
    recipientName: 'each affected Virginia resident',
    citation: 'Va. Code § 18.2-186.6(B)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: noFixedPeriod('without unreasonable delay'),
        notes: EXEMPTION_NOTES,
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('va', 'regulator', {
    recipientName: 'Office of the Virginia Attorney General',
    citation: 'Va. Code § 18.2-186.6(B)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: noFixedPeriod('without unreasonable delay'),
        notes: EXEMPTION_NOTES,
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('va', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Va. Code § 18.2-186.6(E)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod(
          'without unreasonable delay; the AG is also told the timing, distribution and content of the notice',
        ),
        notes: EXEMPTION_NOTES,
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('va', 'regulator', {
    suffix: 'payroll',
    recipientName: 'Office of the Virginia Attorney General (employer or payroll service provider: withheld-tax data)',
    citation: 'Va. Code § 18.2-186.6(M)',
    versions: [
      {
        inForceFrom: '2017-07-01',
        applies: {
          // "a taxpayer identification number in combination with the income tax withheld": an SSN is an individual's
          // TIN, so either counts; the withholding itself is part of the condition's words (the broader reading).
          data: { standalone: ['tax_id', 'ssn'] },
          encryptionSafeHarbor: true,
          judgment: harmJudgment(
            "the organisation is an employer (for its employees' data) or a payroll service provider, the data held a taxpayer identification number with the income tax withheld for that taxpayer, and the breach causes or is reasonably believed to cause identity theft or other fraud (Va. Code § 18.2-186.6(M))",
          ),
        },
        deadline: noFixedPeriod(
          "without unreasonable delay after the discovery or notification of the breach; give the employer's name and federal employer identification number",
        ),
        notes: [
          'Due even when no other notice under § 18.2-186.6 is (subsection M, "Notwithstanding any other provision of this section").',
        ],
      },
    ],
    verification: PAYROLL_VERIFICATION,
  }),
];
