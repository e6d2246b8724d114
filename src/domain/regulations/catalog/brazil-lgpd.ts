import type { Applicability, Deadline, Rule, Verification } from '../rule';

/**
 * Brazil, LGPD (Lei 13.709/2018) Art 48, with the periods of ANPD's incident regulation (Resolução CD/ANPD
 * 15/2024, published 26 Apr 2024). Before it the Act set no period ("prazo razoável"), so there are two versions.
 */

const VERIFICATION: Verification = {
  confidence: 'S',
  sources: [
    "https://trenchrossi.com/alertas-legais/regulamento-de-comunicacao-de-incidente-de-seguranca-e-publicado-pela-autoridade-nacional-de-protecao-de-dados-anpd (3 business days to ANPD and to data subjects, from the controller's knowledge that the incident affected personal data; published 26 Apr 2024)",
    'https://www.lhlaw.com.br/?p=10881 (same period for ANPD and data subjects; doubled for small processing agents)',
    'https://lbmadvogados.com.br/novo-regulamento-da-anpd-regras-claras-para-a-comunicacao-de-incidentes-de-seguranca-de-dados (art. 6: 3 business days)',
  ],
  unverified:
    'Resolução 15/2024 text not read. How ANPD fixes the end of the last business day is not confirmed: 18:00 Brasília time is used as the conservative cut-off. Municipal holidays, Carnival and Good Friday are counted as business days (earlier reading). The 6-day period for small processing agents is not modelled.',
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

const THREE_BUSINESS_DAYS: Deadline = {
  kind: 'period',
  from: 'awareAt',
  period: {
    unit: 'business_days',
    n: 3,
    calendar: 'br-national',
    timeZone: 'America/Sao_Paulo',
    dueLocalTime: '18:00',
  },
  words: 'within 3 business days of the controller learning that the incident affected personal data',
};

const LGPD_IN_FORCE = '2020-09-18';
const RESOLUTION_15 = '2024-04-26';

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
        notes: ['Where individual notice is impossible, a public notice kept up for at least 90 days.'],
      },
    ],
    verification: VERIFICATION,
  },
];
