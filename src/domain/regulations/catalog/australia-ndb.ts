import type { Applicability, Rule, Verification } from '../rule';

/**
 * Australia, Notifiable Data Breaches scheme, Privacy Act 1988 Part IIIC (in force 22 Feb 2018). Listed when
 * Australian residents are affected; whether the organisation is an APP entity (agencies, organisations over
 * A$3M turnover and the others s.6D(4) lists) is stated as a note, since that is the organisation's own status.
 */

/** Issue 13, seventh pass: ss.26WH, 26WK and 26WL read in copies of the Act's text. */
const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'http://www.austlii.edu.au/au/legis/cth/consol_act/pa1988108/s26wl.html and https://www.ato.gov.au/law/view/document?LocID=%2522PAC%252F19880119%252F26WL%2522 (s.26WL(3): "The entity must comply with subsection (2) as soon as practicable after the completion of the preparation of the statement"; (2)(a)-(c): notify each individual to whom the information relates, or each individual at risk, or else publish the statement)',
    'https://zoelaw.ai/legislation/privacy-act-1988/sections/26WK (s.26WK(2): prepare the statement and "give a copy of the statement to the Commissioner; and (b) do so as soon as practicable after the entity becomes so aware")',
    'https://zoelaw.ai/legislation/privacy-act-1988/sections/26WH (s.26WH(2)(b): "take all reasonable steps to ensure that the assessment is completed within 30 days after the entity becomes aware as mentioned in paragraph (1)(a)", that is, of "reasonable grounds to suspect that there may have been an eligible data breach")',
  ],
  unverified:
    'ss.26WH and 26WK were read in a research copy of the Act (zoelaw.ai), s.26WL in AustLII and the ATO legal database, not in the Federal Register of Legislation itself. The 22 Feb 2018 commencement (Privacy Amendment (Notifiable Data Breaches) Act 2017) was not re-read.',
};

const IN_FORCE = '2018-02-22';
const APP_ENTITY_NOTE =
  'Applies to APP entities (Privacy Act s.6 and s.6D(4)): most organisations with annual turnover over A$3M, and agencies.';

/** Privacy Act s.6, s.6D(4): small businesses (A$3M turnover or less) are generally not APP entities. */
const APP_ENTITY: Applicability['presumedEntityTypes'] = {
  types: ['au_app_entity'],
  words: 'an APP entity (an agency, or an organisation with annual turnover over A$3M or otherwise covered by s.6D(4))',
};

const ELIGIBLE: Applicability = {
  residentsOf: 'AU',
  presumedEntityTypes: APP_ENTITY,
  data: { any: true },
  judgment: {
    key: 'likelySeriousHarm',
    words:
      'it is an "eligible data breach": a reasonable person would conclude the access or disclosure is likely to result in serious harm to any of the individuals (s.26WE), and remedial action has not removed that likelihood',
  },
};

export const AUSTRALIA_NDB_RULES: Rule[] = [
  {
    id: 'au-ndb/internal/assessment',
    regime: 'au-ndb',
    jurisdiction: 'AU',
    recipient: 'internal',
    recipientName: 'the entity itself: assessment whether it is an eligible data breach',
    citation: 'Privacy Act 1988 (Cth) s.26WH(2)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: { residentsOf: 'AU', presumedEntityTypes: APP_ENTITY, data: { any: true } },
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'calendar_days', n: 30 },
          words:
            'a reasonable and expeditious assessment, with all reasonable steps to complete it within 30 days after becoming aware of grounds to suspect an eligible data breach',
        },
        notes: [APP_ENTITY_NOTE],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'au-ndb/regulator',
    regime: 'au-ndb',
    jurisdiction: 'AU',
    recipient: 'regulator',
    recipientName: 'Office of the Australian Information Commissioner (statement)',
    citation: 'Privacy Act 1988 (Cth) s.26WK',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ELIGIBLE,
        deadline: {
          kind: 'no_fixed_period',
          from: 'determinedAt',
          words:
            'as soon as practicable after becoming aware of reasonable grounds to believe there has been an eligible data breach',
        },
        notes: [APP_ENTITY_NOTE],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'au-ndb/individuals',
    regime: 'au-ndb',
    jurisdiction: 'AU',
    recipient: 'individuals',
    recipientName: 'affected individuals (or a published statement where notifying them is not practicable)',
    citation: 'Privacy Act 1988 (Cth) s.26WL',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: ELIGIBLE,
        deadline: {
          kind: 'no_fixed_period',
          from: 'determinedAt',
          words: 'as soon as practicable after preparing the statement to the Commissioner',
        },
        notes: [APP_ENTITY_NOTE],
      },
    ],
    verification: VERIFICATION,
  },
];
