import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  harmJudgment,
  noFixedPeriod,
  residentsOver,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Maine Notice of Risk to Personal Data Act, 10 M.R.S. §§ 1346–1350-B. LD 696 (P.L. 2019, c. 512, effective
 * 2019-09-19) added the 30-day limit, counted "after becoming aware of the breach and identifying its scope":
 * both must have happened, so the clock is `scopeIdentifiedAt`, which falls back to discovery (the earlier and
 * conservative instant) until the incident records it.
 */

const LD_696 = '2019-09-19';

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'https://csrps.com/privacy-regulations/miane/ (30 days; 7 business days after a law-enforcement delay; AG/DPFR if any resident; CRAs if more than 1,000)',
    'https://www.recordinglaw.com/us-laws/data-privacy-laws/maine-data-privacy-laws/data-breach-notification (30 days from discovery and scope determination; added in 2019)',
    'https://www.complianceiq.site/breach-notification/maine (corroboration only: "not later than 30 days after becoming aware of the breach and identifying its scope")',
    'http://www.mainelegislature.org/legis/bills/bills_129th/billtexts/SP020904.asp (LD 696, Senate Amendment S-364 to Committee Amendment A: "If there is no delay of notification due to law enforcement investigation pursuant to subsection 3, the notices must be made no more than 30 days after the person identified in paragraph A or B becomes aware of a breach of security and identifies its scope")',
  ],
  unverified:
    'The enacted § 1348 was not read: only the LD 696 amendment that proposed the 30 days (S-364), which matches the words encoded; that it passed in that form (P.L. 2019, c. 512) is from secondary sources. The LD 696 effective date (2019-09-19) and the 2006-01-31 original date are from memory.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 1347(6): name plus SSN, licence/ID, account/card number (if usable without a code), account passwords
    // or PINs; any of them without a name if enough to commit identity theft (read here as standalone).
    withName: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
    standalone: [...CORE_ELEMENTS, 'financial_account', 'credentials'],
  },
  encryptionSafeHarbor: true,
  judgment: harmJudgment(
    'the investigation determines that misuse of the personal information has occurred or is reasonably possible (10 M.R.S. § 1348(1)(B)); information brokers must notify regardless',
  ),
};

export const ME_RULES: Rule[] = [
  stateRule('me', 'individuals', {
    recipientName: 'each affected Maine resident',
    citation: '10 M.R.S. § 1348(1)',
    versions: [
      {
        inForceFrom: '2006-01-31',
        applies: APPLIES,
        deadline: noFixedPeriod('as expediently as possible and without unreasonable delay', 'scopeIdentifiedAt'),
      },
      {
        inForceFrom: LD_696,
        citation: '10 M.R.S. § 1348(1) (P.L. 2019, c. 512)',
        applies: APPLIES,
        deadline: calendarDays(
          30,
          'scopeIdentifiedAt',
          'as expediently as possible and without unreasonable delay, not more than 30 days after becoming aware of the breach and identifying its scope',
        ),
        notes: [
          'After a law-enforcement delay: within 7 business days of being told notice no longer compromises the investigation (§ 1348(3)).',
        ],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('me', 'regulator', {
    recipientName:
      'Maine Attorney General, or the regulator within the Department of Professional and Financial Regulation for a DPFR-regulated person',
    citation: '10 M.R.S. § 1348(5)',
    versions: [
      {
        inForceFrom: '2006-01-31',
        applies: APPLIES,
        deadline: noFixedPeriod('when notice to residents is required; no separate period', 'scopeIdentifiedAt'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('me', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: '10 M.R.S. § 1348(4)',
    versions: [
      {
        inForceFrom: '2006-01-31',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod(
          'without unreasonable delay (date of the breach, estimated number affected, date of notice)',
          'scopeIdentifiedAt',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
];
