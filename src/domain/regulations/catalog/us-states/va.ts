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
    'The 2008-07-01 in-force date is the usual July 1, not read in the Act. Not modelled: § 18.2-186.6(M) (employers and payroll providers tell the AG of withheld-tax data breaches) and the medical-information statute § 32.1-127.1:05.',
};

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
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('va', 'regulator', {
    recipientName: 'Office of the Virginia Attorney General',
    citation: 'Va. Code § 18.2-186.6(B)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
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
      },
    ],
    verification: VERIFICATION,
  }),
];
