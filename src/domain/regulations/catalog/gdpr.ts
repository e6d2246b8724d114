import type { Rule } from '../rule';

/**
 * GDPR (Regulation (EU) 2016/679) and the UK GDPR. Reach is decided by where affected people are: any EU/EEA
 * resident brings in the GDPR, any GB resident the UK GDPR. The controller notices apply to the organisation
 * the facts describe; a processor's own duty (Art 33(2)) is keyed on entity type `data_processor`.
 */

const GDPR_IN_FORCE = '2018-05-25'; // Art 99(2): applies from 25 May 2018.
/** UK GDPR took over at the end of the Brexit transition period (IP completion day, 31 Dec 2020 23:00 GMT). */
const UK_GDPR_IN_FORCE = '2021-01-01';

const GDPR_VERIFICATION = {
  confidence: 'V' as const,
  sources: [
    'GitHub aptible/www.aptible.com, source/gdpr/articles/33-notification-to-authority.md (Regulation (EU) 2016/679 Art 33 text): (1) "without undue delay and, where feasible, not later than 72 hours after having become aware of it ... unless the personal data breach is unlikely to result in a risk"; reasons for delay after 72 hours; (2) processor "without undue delay after becoming aware"; (4) phases; (5) documentation',
    'GitHub aptible/www.aptible.com, source/gdpr/articles/34-notification-personal-data-breach.md (Art 34 text): (1) "likely to result in a high risk ... without undue delay"; (3)(a)-(c) exceptions (encryption, later measures, disproportionate effort with public communication)',
    'GitHub aptible/www.aptible.com, source/gdpr/articles/99-entry-into-force.md (Art 99(2) "It shall apply from 25 May 2018")',
    'GitHub alsmola/graphgrc, gdpr/art33.md (Art 33 text, same wording)',
  ],
  unverified:
    'Read in mirrors of the Regulation, not on EUR-Lex itself. National supervisory authorities may add procedure but not a longer period.',
};

const controllerToAuthority = {
  words:
    '72 hours after becoming aware of the breach (without undue delay and, where feasible, not later than 72 hours)',
  judgment:
    'the breach is likely to result in a risk to the rights and freedoms of natural persons (not "unlikely to result in a risk")',
};
const controllerToIndividuals = {
  words: 'without undue delay after the controller becomes aware of a high-risk breach (no fixed period)',
  judgment: 'the breach is likely to result in a high risk to the rights and freedoms of natural persons',
};

export const GDPR_RULES: Rule[] = [
  {
    id: 'gdpr/regulator',
    regime: 'gdpr',
    jurisdiction: 'EU',
    recipient: 'regulator',
    recipientName: 'competent (lead) supervisory authority',
    citation: 'GDPR (EU) 2016/679 Art 33(1)',
    versions: [
      {
        inForceFrom: GDPR_IN_FORCE,
        applies: {
          residentsOf: 'EU_EEA',
          data: { any: true },
          judgment: { key: 'gdprRisk', words: controllerToAuthority.judgment },
        },
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'hours', n: 72 },
          words: controllerToAuthority.words,
        },
        notes: [
          'A notification after 72 hours must give the reasons for the delay (Art 33(1)); information may be given in phases (Art 33(4)).',
          'Record every breach, notified or not (Art 33(5)).',
        ],
      },
    ],
    verification: GDPR_VERIFICATION,
  },
  {
    id: 'gdpr/individuals',
    regime: 'gdpr',
    jurisdiction: 'EU',
    recipient: 'individuals',
    recipientName: 'affected data subjects',
    citation: 'GDPR (EU) 2016/679 Art 34(1), (3)',
    versions: [
      {
        inForceFrom: GDPR_IN_FORCE,
        applies: {
          residentsOf: 'EU_EEA',
          data: { any: true },
          // Art 34(3)(a): not required where the data was rendered unintelligible, e.g. by encryption.
          encryptionSafeHarbor: true,
          judgment: { key: 'gdprHighRisk', words: controllerToIndividuals.judgment },
        },
        deadline: { kind: 'no_fixed_period', from: 'awareAt', words: controllerToIndividuals.words },
        notes: [
          'Also not required if later measures mean the high risk is no longer likely, or (with a public communication instead) where individual notice would take disproportionate effort (Art 34(3)(b)-(c)).',
        ],
      },
    ],
    verification: GDPR_VERIFICATION,
  },
  {
    id: 'gdpr/controller',
    regime: 'gdpr',
    jurisdiction: 'EU',
    recipient: 'controller',
    recipientName: 'the controller the processor acts for',
    citation: 'GDPR (EU) 2016/679 Art 33(2)',
    versions: [
      {
        inForceFrom: GDPR_IN_FORCE,
        applies: { entityTypes: ['data_processor'], residentsOf: 'EU_EEA', data: { any: true } },
        deadline: {
          kind: 'no_fixed_period',
          from: 'awareAt',
          words: 'without undue delay after the processor becomes aware of the breach (no fixed period in the GDPR)',
        },
        notes: ['The processing contract often sets a fixed period (commonly 24-48 hours): check it, it binds.'],
      },
    ],
    verification: GDPR_VERIFICATION,
  },
  {
    id: 'uk-gdpr/regulator',
    regime: 'uk-gdpr',
    jurisdiction: 'GB',
    recipient: 'regulator',
    recipientName: "Information Commissioner's Office (ICO)",
    citation: 'UK GDPR Art 33(1) (retained Regulation (EU) 2016/679, Data Protection Act 2018)',
    versions: [
      {
        // Before the end of the transition period the EU GDPR itself applied in the UK, with the same clock.
        inForceFrom: GDPR_IN_FORCE,
        citation: 'GDPR (EU) 2016/679 Art 33(1), as applied in the UK until the end of the transition period',
        applies: {
          residentsOf: 'GB',
          data: { any: true },
          judgment: { key: 'gdprRisk', words: controllerToAuthority.judgment },
        },
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'hours', n: 72 },
          words: controllerToAuthority.words,
        },
      },
      {
        inForceFrom: UK_GDPR_IN_FORCE,
        applies: {
          residentsOf: 'GB',
          data: { any: true },
          judgment: { key: 'gdprRisk', words: controllerToAuthority.judgment },
        },
        deadline: {
          kind: 'period',
          from: 'awareAt',
          period: { unit: 'hours', n: 72 },
          words: controllerToAuthority.words,
        },
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'ICO "report a breach" page and UK GDPR Art 33 as summarised in shared/research/breach-deadlines.md §1 (marked V there)',
      ],
      unverified:
        'UK GDPR Art 33 was not read in the UK text (legislation.gov.uk); the EU text it retained was. Public electronic communications providers report under PECR reg 5A (rule uk-pecr/regulator).',
    },
  },
  {
    id: 'uk-gdpr/individuals',
    regime: 'uk-gdpr',
    jurisdiction: 'GB',
    recipient: 'individuals',
    recipientName: 'affected data subjects',
    citation: 'UK GDPR Art 34(1), (3)',
    versions: [
      {
        inForceFrom: GDPR_IN_FORCE,
        citation: 'GDPR (EU) 2016/679 Art 34, as applied in the UK until the end of the transition period',
        applies: {
          residentsOf: 'GB',
          data: { any: true },
          encryptionSafeHarbor: true,
          judgment: { key: 'gdprHighRisk', words: controllerToIndividuals.judgment },
        },
        deadline: { kind: 'no_fixed_period', from: 'awareAt', words: controllerToIndividuals.words },
      },
      {
        inForceFrom: UK_GDPR_IN_FORCE,
        applies: {
          residentsOf: 'GB',
          data: { any: true },
          encryptionSafeHarbor: true,
          judgment: { key: 'gdprHighRisk', words: controllerToIndividuals.judgment },
        },
        deadline: { kind: 'no_fixed_period', from: 'awareAt', words: controllerToIndividuals.words },
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://legislation.gov.uk/eur/2016/679/article/34/2022-06-06 (UK GDPR Art 34, point in time 06/06/2022, up to date to 03 Nov 2024): (1) "When the personal data breach is likely to result in a high risk to the rights and freedoms of natural persons, the controller shall communicate the personal data breach to the data subject without undue delay."',
        'EU GDPR Art 34(3) exceptions as read for gdpr/individuals (aptible mirror of the Regulation)',
      ],
      unverified:
        'Only Art 34(1) was read in the UK text; the Art 34(3) exceptions are taken from the EU text, which the UK version kept. Changes not yet in force (Data (Use and Access) Act 2025) were not checked.',
    },
  },
];
