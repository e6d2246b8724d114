import type { Rule, Threshold, Verification } from '../../rule';
import type { EntityType } from '../../vocabulary';
import {
  CORE_ELEMENTS,
  glbaExemptionNote,
  harmJudgment,
  noFixedPeriod,
  type StateVersion,
  stateRule,
} from './state-rule';

/**
 * Hawaii, HRS §§ 487N-1 to -7 (effective 2007-01-01). Paper records count too. Over 1,000 people notified at
 * one time: the Office of Consumer Protection and the bureaus, in writing, without unreasonable delay.
 */

const IN_FORCE = '2007-01-01';

export const HI_TEXT_SOURCE =
  "GitHub CodeWithAloha/hawaii-revised-statutes, www.capitol.hawaii.gov/hrscurrent/Vol11_Ch0476-0490/HRS0487N/HRS_0487N-0002.htm (mirror of the Legislature's HRS § 487N-2, captured 2016)";

/**
 * HRS § 487N-2(g), read in the text (sixth verification pass, issue 13): "The following businesses shall be deemed
 * to be in compliance with this section: (1) A financial institution that is subject to the federal Interagency
 * Guidance on Response Programs for Unauthorized Access to Customer Information and Customer Notice published in
 * the Federal Register on March 29, 2005, by the Board of Governors of the Federal Reserve System, the Federal
 * Deposit Insurance Corporation, the Office of the Comptroller of the Currency, and the Office of Thrift
 * Supervision, or subject to 12 C.F.R. Part 748 ...; and (2) Any health plan or healthcare provider that is subject
 * to and in compliance with the standards for privacy ... and the security standards ... of [HIPAA]."
 *
 * Paragraph (1) asks only that the institution be "subject to" the Interagency Guidance or NCUA Part 748 Appendix
 * B, not that it notify under them, so, as for Minn. Stat. § 325E.61 subd. 4, every rule of § 487N-2 (the
 * maintainer's notice of (b) included) is dropped for a bank and a credit union, the entity types surely under one
 * of them. An FTC-regulated financial institution is under neither and keeps every Hawaii notice. Paragraph (2)
 * needs HIPAA compliance, which the facts do not record: the notices stay listed with a note (conservative).
 */
export const HI_EXEMPT: EntityType[] = ['us_bank', 'credit_union'];
export const HI_EXEMPTION_SOURCE = `${HI_TEXT_SOURCE}: § 487N-2(g) "The following businesses shall be deemed to be in compliance with this section: (1) A financial institution that is subject to the federal Interagency Guidance on Response Programs for Unauthorized Access to Customer Information and Customer Notice ... or subject to 12 C.F.R. Part 748"`;

const HIPAA_NOTE = glbaExemptionNote(
  'Hawaii deems a health plan or healthcare provider "subject to and in compliance with" the HIPAA privacy and security standards to comply with § 487N-2 (HRS § 487N-2(g)(2)).',
  HI_TEXT_SOURCE,
);

/**
 * § 487N-2(f) counts "more than one thousand persons at one time pursuant to this section", and (a) has a business
 * that conducts business in Hawaii notify "the affected person", not only residents: everyone notified is counted
 * (the broader reading, as Ark. Code § 4-110-105(b)(2)), once a Hawaii resident is among them.
 */
const MORE_THAN_1000_PERSONS: Threshold[] = [{ op: '>', count: 1000, scope: 'total' }];

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    `${HI_TEXT_SOURCE}: (a) "Any business that owns or licenses personal information of residents of Hawaii, any business that conducts business in Hawaii that owns or licenses personal information in any form ... shall provide notice to the affected person ... without unreasonable delay"; (f) "In the event a business provides notice to more than one thousand persons at one time pursuant to this section, the business shall notify in writing, without unreasonable delay, the State of Hawaii's office of consumer protection and all consumer reporting agencies ... of the timing, distribution, and content of the notice"; history [L 2006, c 135, pt of §2; am L 2008, c 19, §70]`,
    HI_EXEMPTION_SOURCE,
    'shared/research/breach-deadlines.md §5 us-hi (V: § 487N-2 text; S: Perkins)',
  ],
  unverified:
    'The mirror is the 2016 capture: later amendments, if any, were not read. The 2007-01-01 in-force date is from memory. Whether (f) counts people outside Hawaii is not settled by the text; the broader reading (everyone notified) is encoded.',
};

const APPLIES: StateVersion['applies'] = {
  // § 487N-1: name plus SSN, licence/ID, account/card with code.
  data: { withName: [...CORE_ELEMENTS] },
  encryptionSafeHarbor: true,
  excludedEntityTypes: HI_EXEMPT,
  judgment: harmJudgment(
    'the illegal use of the information has occurred or is reasonably likely to occur and creates a risk of harm to a person (HRS § 487N-1 "security breach")',
  ),
};

export const HI_RULES: Rule[] = [
  stateRule('hi', 'individuals', {
    notes: [HIPAA_NOTE],
    recipientName: 'each affected Hawaii resident',
    citation: 'HRS § 487N-2(a)',
    versions: [{ inForceFrom: IN_FORCE, applies: APPLIES, deadline: noFixedPeriod('without unreasonable delay') }],
    verification: VERIFICATION,
  }),
  stateRule('hi', 'regulator', {
    notes: [HIPAA_NOTE],
    recipientName: 'Hawaii Office of Consumer Protection',
    citation: 'HRS § 487N-2(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: MORE_THAN_1000_PERSONS },
        deadline: noFixedPeriod('in writing, without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
  stateRule('hi', 'credit_bureaus', {
    notes: [HIPAA_NOTE],
    recipientName: 'each nationwide consumer reporting agency',
    citation: 'HRS § 487N-2(f)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { ...APPLIES, thresholds: MORE_THAN_1000_PERSONS },
        deadline: noFixedPeriod('in writing, without unreasonable delay'),
      },
    ],
    verification: VERIFICATION,
  }),
];
