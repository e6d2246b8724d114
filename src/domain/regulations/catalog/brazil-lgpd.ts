import type { Applicability, Deadline, Period, Rule, Verification } from '../rule';

/**
 * Brazil, LGPD (Lei 13.709/2018) Art 48, with the periods of ANPD's incident regulation (Resolução CD/ANPD
 * 15/2024, published 26 Apr 2024). Before it the Act set no period ("prazo razoável"), so there are two versions.
 */

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'Resolução CD/ANPD nº 15, de 24 de abril de 2024 (https://www.in.gov.br/en/web/dou/-/resolucao-cd/anpd-n-15-de-24-de-abril-de-2024-556243024), Annex (Regulamento de Comunicação de Incidente de Segurança) transcribed article by article in a public repository (find_string "no prazo de três dias úteis"): art. 6 "A comunicação de incidente de segurança à ANPD deverá ser realizada pelo controlador no prazo de três dias úteis, ressalvada a existência de prazo para comunicação previsto em legislação específica"; § 1º "O prazo a que se refere o caput será contado do conhecimento pelo controlador de que o incidente afetou dados pessoais"; § 3º complement "no prazo de vinte dias úteis, a contar da data da comunicação"; § 8º periods doubled for small processing agents',
    'Same transcription: art. 9 "A comunicação de incidente de segurança ao titular deverá ser realizada pelo controlador no prazo de três dias úteis contados do conhecimento pelo controlador de que o incidente afetou dados pessoais"; § 3º public notice "pelo período de, no mínimo, três meses"; § 4º declaration to the ANPD "em até três dias úteis, contados do término do prazo de que trata o caput"; Resolution art. 3 "Esta Resolução entra em vigor na data da sua publicação"',
    'https://trenchrossi.com/alertas-legais/regulamento-de-comunicacao-de-incidente-de-seguranca-e-publicado-pela-autoridade-nacional-de-protecao-de-dados-anpd (published 26 Apr 2024)',
  ],
  unverified:
    'Read in a transcription, not in the Diário Oficial itself; the publication date (26 Apr 2024) is from secondary sources. How ANPD fixes the end of the last business day is not stated: 18:00 Brasília time is used as the conservative cut-off. Municipal holidays, Carnival and Good Friday are counted as business days (earlier reading). The doubled periods for small processing agents (arts. 6 § 8º, 9 § 6º) are not modelled (earlier reading).',
};

const RELEVANT_RISK: Applicability = {
  residentsOf: 'BR',
  data: { any: true },
  judgment: {
    key: 'relevantRisk',
    words:
      'the incident may cause relevant risk or damage to data subjects: it can significantly affect their interests or fundamental rights and involves sensitive data, data of children, adolescents or the elderly, financial or authentication data, data under legal secrecy, or large-scale processing',
  },
};

const REASONABLE_TIME: Deadline = {
  kind: 'no_fixed_period',
  from: 'awareAt',
  words: 'within a reasonable time (LGPD Art 48 §1, before ANPD set a period)',
};

/** Brazilian business days, the last one ending at 18:00 Brasília time (see `unverified`). */
const businessDays = (n: number): Period => ({
  unit: 'business_days',
  n,
  calendar: 'br-national',
  timeZone: 'America/Sao_Paulo',
  dueLocalTime: '18:00',
});

const THREE_BUSINESS_DAYS: Deadline = {
  kind: 'period',
  from: 'awareAt',
  period: businessDays(3),
  words: 'within 3 business days of the controller learning that the incident affected personal data',
};

const LGPD_IN_FORCE = '2020-09-18';
const RESOLUTION_15 = '2024-04-26';

/**
 * Art. 9 § 4º: the declaration that data subjects were told is due three business days after the end of the art. 9
 * period, itself three business days from learning the incident affected personal data: six business days from
 * that instant in all. Counted from the law's own anchor, never from when the notice actually went out, so a late
 * notice does not move it.
 */
const DECLARATION_DUE: Deadline = {
  kind: 'period',
  from: 'awareAt',
  period: businessDays(6),
  words:
    'within 3 business days after the end of the 3-business-day period for telling data subjects (6 business days from learning that the incident affected personal data)',
};

export const BRAZIL_LGPD_RULES: Rule[] = [
  {
    id: 'br-lgpd/regulator',
    regime: 'br-lgpd',
    jurisdiction: 'BR',
    recipient: 'regulator',
    recipientName: 'Autoridade Nacional de Proteção de Dados (ANPD)',
    citation: 'LGPD Art 48; Resolução CD/ANPD 15/2024 art. 6',
    versions: [
      { inForceFrom: LGPD_IN_FORCE, citation: 'LGPD Art 48', applies: RELEVANT_RISK, deadline: REASONABLE_TIME },
      {
        inForceFrom: RESOLUTION_15,
        applies: RELEVANT_RISK,
        deadline: THREE_BUSINESS_DAYS,
        notes: ['Supplementary information may follow within 20 business days of the notice.'],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'br-lgpd/regulator/individual-notice-declaration',
    regime: 'br-lgpd',
    jurisdiction: 'BR',
    recipient: 'regulator',
    recipientName: 'Autoridade Nacional de Proteção de Dados (ANPD): declaration that data subjects were told',
    citation: 'Resolução CD/ANPD 15/2024 art. 9 § 4º',
    versions: [
      {
        inForceFrom: RESOLUTION_15,
        applies: RELEVANT_RISK,
        deadline: DECLARATION_DUE,
        notes: [
          'A declaration, filed in the incident communication process, naming the means used to tell data subjects.',
        ],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'br-lgpd/individuals',
    regime: 'br-lgpd',
    jurisdiction: 'BR',
    recipient: 'individuals',
    recipientName: 'affected data subjects',
    citation: 'LGPD Art 48; Resolução CD/ANPD 15/2024 art. 9',
    versions: [
      { inForceFrom: LGPD_IN_FORCE, citation: 'LGPD Art 48', applies: RELEVANT_RISK, deadline: REASONABLE_TIME },
      {
        inForceFrom: RESOLUTION_15,
        applies: RELEVANT_RISK,
        deadline: THREE_BUSINESS_DAYS,
        notes: [
          'Where direct notice is not feasible or the people cannot be identified, a public notice within the same period, kept up for at least three months (art. 9 § 3º).',
        ],
      },
    ],
    verification: VERIFICATION,
  },
];
