import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  calendarDays,
  HEALTH,
  noFixedPeriod,
  residentsAtLeast,
  type StateVersion,
  stateRule,
} from './state-rule';
import { lawserverCopy, SEVENTH_PASS_UNREAD } from './statute-copies';

/**
 * Texas Identity Theft Enforcement and Protection Act, Tex. Bus. & Com. Code §§ 521.002, 521.053. No harm
 * threshold. HB 4390 (effective 2020-01-01) replaced "as quickly as possible" with "not later than the 60th day
 * after the date on which the person determines that the breach occurred" and added the AG notice (at least 250
 * residents) on the same 60 days; SB 768 (effective 2023-09-01) cut the AG notice to "as soon as practicable and
 * not later than the 30th day" after that determination, filed through the AG's online form.
 */

const HB_4390 = '2020-01-01';
const SB_768 = '2023-09-01';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'https://lawserver.com/law/state/texas/tx-codes/texas_business_and_commerce_code_521-053 (text of § 521.053(a)-(b): 60th day after determination)',
    'https://billcam.com/bill-texts/w6dDLmcAOt (SB 768 text: § 521.053(i) "not later than the 30th [60th] day ... if the breach involves at least 250 residents")',
    'https://capitol.texas.gov/tlodocs/87R/billtext/html/HB03746S.htm (2021 text of (i): "not later than the 60th day after the date on which the person determines that the breach occurred")',
    'https://capitol.texas.gov/tlodocs/86R/billtext/html/HB04390H.htm (HB 4390 committee substitute: (b) 60th day; (i) AG notice for at least 250)',
    'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-texas.html (effective dates: HB 4390 2020-01-01; SB 768 2023-09-01)',
  ],
  unverified:
    'The HB 4390 committee substitute read has no period in (i); the enrolled 60-day AG period from 2020-01-01 is taken from the 2021 text and Perkins (if the enrolled act had none, the 2020–2021 AG notice had no fixed period, and 60 days is the stricter reading). Pre-2020 in-force date 2009-04-01 from Perkins.',
};

/**
 * § 521.053(h), the bureau notice, is in none of the copies read: the lawserver copy stops after (b), and the SB 768
 * text amends (i) only. Its threshold ("more than 10,000 persons", read as Texans here) is from secondary sources.
 */
const BUREAU_VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    `${lawserverCopy('tx', 'Tex. Bus. & Com. Code § 521.053(a)-(b) as amended by HB 4390', 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm')}: (b) "The disclosure shall be made without unreasonable delay and in each case not later than the 60th day after the date on which the person determines that the breach occurred"`,
    'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-texas.html (the Entity "shall disclose any breach of system security to any person, including nonresidents"; consumer reporting agencies when more than 10,000 persons are notified at one time; secondary)',
    'https://csrps.com/privacy-regulations/texas/ (consumer reporting agencies "if more than 10,000 consumer notifications are sent, without unreasonable delay"; secondary)',
    'https://lawserver.com/law/state/texas/tx-codes/texas_business_and_commerce_code_521-053 ((b) notice "to any individual whose sensitive personal information was, or is reasonably believed to have been, acquired"; (b-1) a resident of another state with a breach law may be told under that law)',
  ],
  unverified: `The words of § 521.053(h) were not read (sixth pass: no stored copy holds them). Whether "more than 10,000 persons" counts only Texans is unresolved: every affected person is counted here (the broader reading; wordsbywit says "residents", Perkins and csrps "persons" or "consumer notifications"). ${SEVENTH_PASS_UNREAD}`,
};

/**
 * § 521.053(h) counts "persons" the section requires to be notified, and (b) requires notice to "any individual",
 * residents of other states included (they may be told under their own state's law, (b-1)). Read as every affected
 * person, once a Texan is notified: the broader reading, as Arkansas's "individuals" (§ 4-110-105(b)(2)).
 */
const MORE_THAN_10000_PERSONS = [{ op: '>' as const, count: 10000, scope: 'total' as const }];

const APPLIES: StateVersion['applies'] = {
  // § 521.002(a)(2): name plus SSN, licence/government ID, account/card with code; or information identifying an
  // individual and relating to health, health care, or payment for health care.
  data: { withName: [...CORE_ELEMENTS, ...HEALTH] },
  encryptionSafeHarbor: true,
};

export const TX_RULES: Rule[] = [
  stateRule('tx', 'individuals', {
    recipientName: 'each affected individual (Texas residents, and residents of states without a breach law)',
    citation: 'Tex. Bus. & Com. Code § 521.053(b)',
    versions: [
      { inForceFrom: '2009-04-01', applies: APPLIES, deadline: noFixedPeriod('as quickly as possible') },
      {
        inForceFrom: HB_4390,
        citation: 'Tex. Bus. & Com. Code § 521.053(b) (HB 4390, 2019)',
        applies: APPLIES,
        deadline: calendarDays(
          60,
          'determinedAt',
          'without unreasonable delay and not later than the 60th day after the date on which the person determines that the breach occurred',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('tx', 'regulator', {
    recipientName: 'Texas Attorney General (online breach report form)',
    citation: 'Tex. Bus. & Com. Code § 521.053(i)',
    versions: [
      {
        inForceFrom: HB_4390,
        citation: 'Tex. Bus. & Com. Code § 521.053(i) (HB 4390, 2019)',
        applies: { ...APPLIES, thresholds: residentsAtLeast(250) },
        deadline: calendarDays(
          60,
          'determinedAt',
          'not later than the 60th day after the date on which the person determines that the breach occurred',
        ),
      },
      {
        inForceFrom: SB_768,
        citation: 'Tex. Bus. & Com. Code § 521.053(i) (SB 768, 2023)',
        applies: { ...APPLIES, thresholds: residentsAtLeast(250) },
        deadline: calendarDays(
          30,
          'determinedAt',
          'as soon as practicable and not later than the 30th day after the date on which the person determines that the breach occurred',
        ),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('tx', 'credit_bureaus', {
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'Tex. Bus. & Com. Code § 521.053(h)',
    versions: [
      {
        inForceFrom: '2009-04-01',
        applies: { ...APPLIES, thresholds: MORE_THAN_10000_PERSONS },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: BUREAU_VERIFICATION,
  }),
];
