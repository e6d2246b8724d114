import type { Rule, Verification } from '../../rule';
import {
  CORE_ELEMENTS,
  EXPEDIENT,
  GOVERNMENT_IDS,
  glbaExemptionNote,
  HEALTH,
  harmJudgment,
  noFixedPeriod,
  residentsAtLeast,
  residentsOver,
  type StateVersion,
  stateRule,
  tiedToIndividualNotice,
} from './state-rule';

/**
 * District of Columbia, D.C. Code §§ 28-3851 to -3853 as amended by the Security Breach Protection Amendment
 * Act of 2020 (D.C. Law 23-98). The OAG's page dates it 2020-06-08, the codified annotations 2020-06-17: the
 * earlier date is used so that no breach in between is left without the amended rules.
 */

const LAW_23_98 = '2020-06-08';

export const DC_CODE_SOURCE =
  'GitHub DCCouncil/law-xml-codified, us/dc/council/code/titles/28/sections/28-3852.xml (D.C. Code § 28-3852, official XML)';

/**
 * § 28-3851(1) as D.C. Law 23-98 rewrote it, read in the codified XML (seventh verification pass, issue 13). An older
 * stored version of the same file (commit 0005f04) still holds the pre-2020 definition without the exclusion; the
 * version read here carries the Law 23-98 history annotations (eff. 2020-06-17).
 */
const DC_NO_HARM_SOURCE =
  'GitHub DCCouncil/law-xml-codified, us/dc/council/code/titles/28/sections/28-3851.xml at commit 5ab7dda (D.C. Code § 28-3851 as amended by D.C. Law 23-98, official codified XML)';
const DC_NO_HARM_WORDS = `(1)(B) "The term 'breach of the security of the system' does not include: ... (iii) Acquisition of personal information of an individual that the person or entity reasonably determines, after a reasonable investigation and consultation with the Office of the Attorney General for the District of Columbia and federal law enforcement agencies, will likely not result in harm to the individual."`;

/**
 * § 28-3852(g), read in the codified text (sixth verification pass, issue 13): "A person or entity that maintains
 * procedures for a breach notification system under Title V of the Gramm-Leach-Bliley Act ... or the breach
 * notification rules issued by the United States Department of Health and Human Services ... and provides notice in
 * accordance with such Acts ... to each affected resident in the event of a breach, shall be deemed to be in
 * compliance with this section with respect to the notification of residents ... The person or entity shall, in all
 * cases, provide written notice of the breach of the security of the system to the Office of the Attorney General
 * for the District of Columbia as required under subsection (b-1)". The deemed compliance needs the institution to
 * notify every affected resident under its federal regime, which the facts do not record, and it reaches only the
 * notice to residents: that notice stays listed with a note, and the OAG notice is never touched (conservative).
 */
const GLBA_HIPAA_RESIDENTS_NOTE = glbaExemptionNote(
  'D.C. deems an organisation that keeps breach-notification procedures under GLBA Title V or the HIPAA breach rules, and notifies each affected resident under them, to comply as to the notice to residents; the notice to the Office of the Attorney General is owed "in all cases" (D.C. Code § 28-3852(g)).',
  DC_CODE_SOURCE,
);

/** § 28-3852(c): "This subsection shall not apply to a person or entity who is required to notify consumer reporting agencies of a breach pursuant to Title V of the Gramm-Leach-Bliley Act". */
const GLBA_BUREAUS_NOTE = glbaExemptionNote(
  'D.C. exempts from the bureau notice an organisation "required to notify consumer reporting agencies of a breach pursuant to Title V of the Gramm-Leach-Bliley Act" (D.C. Code § 28-3852(c)).',
  DC_CODE_SOURCE,
);

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${DC_CODE_SOURCE}: (a) residents "in the most expedient time possible and without unreasonable delay"; (b-1) OAG "if the breach affects 50 or more District residents ... in no event later than when notice is provided under subsection (a)"; (b-2) not delayed because the total is not yet known; (c) "to notify more than 1,000 persons ... without unreasonable delay, all consumer reporting agencies", not for those notifying the bureaus under GLBA Title V; (g) deemed compliance as to residents for GLBA/HIPAA notifiers, the OAG notice "in all cases"; history D.C. Law 23-98 eff. 2020-06-17`,
    'GitHub DCCouncil/law-xml-codified, us/dc/council/code/titles/28/sections/28-3851.xml (§ 28-3851(3) personal information; editor\'s note: D.C. Law 16-237 "shall apply as of July 1, 2007")',
    `${DC_NO_HARM_SOURCE}: (1)(B)(iii), the no-harm exclusion of D.C. Law 23-98`,
    'https://oag.dc.gov/requirements-districts-data-breach-notification (the Act "went into effect on June 8, 2020"; no breach if, after consulting OAG, harm is unlikely)',
    'https://fastdemocracy.com/bill-summary/?billsummary_state=dc&billsummary_id=DCB00012513&billsummary_session=23 (engrossed B23-215: § 2(a)(3)(A) rewrites § 28-3851(1))',
  ],
  unverified:
    'The in-force date of D.C. Law 23-98 is 2020-06-17 in the codified annotations and 2020-06-08 on the OAG page; the earlier is encoded. The wording of (g) before D.C. Law 23-98 (which amended it) was not read; its note is shown for every version.',
};

const APPLIES: StateVersion['applies'] = {
  data: {
    // § 28-3851(3): a name, phone number or address plus SSN/TIN/passport/licence/military or other government
    // ID, account/card with code, medical, genetic, health-insurance and biometric data; credentials alone;
    // account or card number with code alone.
    withName: [...CORE_ELEMENTS, ...GOVERNMENT_IDS, ...HEALTH, 'biometric', 'genetic'],
    standalone: ['credentials', 'financial_account_with_access_code', 'payment_card'],
  },
  encryptionSafeHarbor: true,
  // Conservative: the exception needs consultation with the OAG and federal law enforcement first.
  judgment: harmJudgment(
    'after a reasonable investigation and consultation with the Office of the Attorney General and federal law enforcement, the breach is likely to result in harm (D.C. Code § 28-3851(1)(B)(iii) as rewritten by D.C. Law 23-98)',
  ),
};

const NAME_NOTE =
  'D.C. counts the elements with a phone number or address in place of a name: record "name" in the facts if a phone number or address was taken with them.';

export const DC_RULES: Rule[] = [
  stateRule('dc', 'individuals', {
    notes: [GLBA_HIPAA_RESIDENTS_NOTE],
    recipientName: 'each affected District of Columbia resident',
    citation: 'D.C. Code § 28-3852(a)',
    versions: [{ inForceFrom: '2007-07-01', applies: APPLIES, deadline: noFixedPeriod(EXPEDIENT), notes: [NAME_NOTE] }],
    verification: VERIFICATION,
  }),
  stateRule('dc', 'regulator', {
    recipientName: 'Office of the Attorney General for the District of Columbia',
    citation: 'D.C. Code § 28-3852(b-1)',
    versions: [
      {
        inForceFrom: LAW_23_98,
        applies: { ...APPLIES, thresholds: residentsAtLeast(50) },
        deadline: tiedToIndividualNotice(
          'dc',
          'no_later_than',
          'in the most expedient manner possible and without unreasonable delay, and not later than when notice is provided to District residents',
        ),
        notes: ['Due even while the number of affected residents is still unknown once it is 50 or more.'],
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('dc', 'regulator', {
    suffix: 'no-harm-consultation',
    recipientName:
      'Office of the Attorney General for the District of Columbia (consultation before relying on a no-harm determination)',
    // Not § 28-3852(a-1): in the codified text (a-1) is the content of the notice to residents. The consultation is
    // part of the definition of "breach of the security of the system" as D.C. Law 23-98 rewrote it: § 28-3851(1)(B)(iii).
    citation: 'D.C. Code § 28-3851(1)(B)(iii) (D.C. Law 23-98)',
    versions: [
      {
        inForceFrom: LAW_23_98,
        applies: {
          data: APPLIES.data,
          encryptionSafeHarbor: true,
          judgment: {
            key: 'riskOfHarm',
            when: false,
            words:
              'the organisation relies on a determination that the breach will not likely result in harm, which needs a reasonable investigation and consultation with the Office of the Attorney General and federal law enforcement agencies (D.C. Code § 28-3851(1)(B)(iii) as rewritten by D.C. Law 23-98)',
          },
        },
        deadline: noFixedPeriod('before making the no-harm determination: the consultation is part of it'),
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${DC_NO_HARM_SOURCE}: ${DC_NO_HARM_WORDS}`,
        'https://oag.dc.gov/requirements-districts-data-breach-notification (OAG: no breach occurs if the company concludes, after consulting the relevant authorities, that harm is unlikely; "A company must consult with OAG before concluding that consumer harm is unlikely"; in effect 2020-06-08)',
      ],
      unverified:
        'The codified text names no period or form for the consultation; it is shown as due before the determination is relied on. In force 2020-06-08 (the OAG page) rather than the codified 2020-06-17, the earlier of the two.',
    },
  }),
  stateRule('dc', 'credit_bureaus', {
    notes: [GLBA_BUREAUS_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'D.C. Code § 28-3852(c)',
    versions: [
      {
        inForceFrom: '2007-07-01',
        applies: { ...APPLIES, thresholds: residentsOver(1000) },
        deadline: noFixedPeriod('without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
