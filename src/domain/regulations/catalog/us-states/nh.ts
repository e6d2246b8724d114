import type { Rule, Verification } from '../../rule';
import { CORE_ELEMENTS, harmJudgment, noFixedPeriod, residentsOver, type StateVersion, stateRule } from './state-rule';
import { SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './statute-copies';

/**
 * New Hampshire, RSA 359-C:19 to :21 (effective 2007-01-01). Notice is due if misuse has occurred, is reasonably
 * likely, or cannot be ruled out (RSA 359-C:20, I(a)). One dataset claims a 60-day cap; the statute text read by
 * the research notes has none, so none is encoded.
 */

const IN_FORCE = '2007-01-01';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'shared/research/breach-deadlines.md §5 us-nh (V: § 359-C:20 text, 2023; S: doj.nh.gov) and §8 item 10 (60-day claim rejected)',
    'Secondary state table quoting RSA 359-C:20 "as soon as possible" (public GitHub research file, read via find_string)',
  ],
  unverified: ['Statute text not re-read; in-force date from memory.', SIXTH_PASS_UNREAD, SEVENTH_PASS_UNREAD].join(
    ' ',
  ),
};

/** RSA 359-C:20, I(a)-(c) read in the text ("Current as of: 2023"); VI, the bureaus, was not reached and stays S. */
export const NH_TEXT_SOURCE =
  'https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_359-c_20 (text of RSA 359-C:20, "Current as of: 2023")';
const READ_VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${NH_TEXT_SOURCE}: I(a) "If the determination is that misuse of the information has occurred or is reasonably likely to occur, or if a determination cannot be made, the person shall notify the affected individuals as soon as possible"; I(b) "Any person engaged in trade or commerce that is subject to N.H. Rev. Stat. § 358-A:3, I shall also notify the regulator which has primary regulatory authority over such trade or commerce. All other persons shall notify the New Hampshire attorney general's office. The notice shall include the anticipated date of the notice to the individuals and the approximate number of individuals in this state who will be notified."`,
    ...VERIFICATION.sources,
  ],
  unverified:
    'The 2007-01-01 in-force date is from the cliclaw summary ("EFFECTIVE. January 1, 2007"), not the session law.',
};

const APPLIES: StateVersion['applies'] = {
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'misuse of the information has occurred or is reasonably likely to occur, or no determination can be made (RSA 359-C:20, I(a))',
  ),
};

export const NH_RULES: Rule[] = [
  stateRule('nh', 'individuals', {
    recipientName: 'each affected New Hampshire resident',
    citation: 'RSA 359-C:20, I(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('as soon as possible') }],
    verification: READ_VERIFICATION,
  }),
  stateRule('nh', 'regulator', {
    recipientName: 'New Hampshire Attorney General, or the primary regulator for a business subject to RSA 358-A:3, I',
    citation: 'RSA 359-C:20, I(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: APPLIES,
        deadline: noFixedPeriod('no separate period; the notice states the anticipated date of notice to individuals'),
      },
    ],
    verification: READ_VERIFICATION,
  }),
  stateRule('nh', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'RSA 359-C:20, VI',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
