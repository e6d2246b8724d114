import type { Applicability, Rule, Verification } from '../rule';

/**
 * Australia, Notifiable Data Breaches scheme, Privacy Act 1988 Part IIIC (in force 22 Feb 2018). Listed when
 * Australian residents are affected; whether the organisation is an APP entity (agencies, organisations over
 * A$3M turnover and the others s.6D(4) lists) is stated as a note, since that is the organisation's own status.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    'Privacy Act 1988 ss.26WH, 26WK, 26WL as summarised in shared/research/breach-deadlines.md §4 (s.26WH marked V there)',
    'Privacy Act 1988 s.26WH(2)(b) as restated, near-verbatim, in a public repository\'s rule file citing https://www.legislation.gov.au/Details/C2017A00012 (find_string "assessment is completed within 30 days after"): "take all reasonable steps to ensure that the assessment is completed within 30 days after the entity becomes aware of the reasonable grounds to suspect an eligible data breach"; s.26WK(2) in the same file: "prepare a statement that complies with subsection (3) and give a copy to the Commissioner as soon as practicable after becoming aware that there are reasonable grounds to believe there has been an eligible data breach"',
  ],
  unverified:
    'The Act\'s own text was not read: ss.26WH(2) and 26WK(2) only in a restatement, s.26WL ("as soon as practicable") only in summaries.',
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
