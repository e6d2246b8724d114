import { US_JURISDICTIONS } from '../jurisdictions';
import type { Applicability, Rule, Verification } from '../rule';

/**
 * HIPAA Breach Notification Rule, 45 CFR 164.400-414 (HITECH Act s.13402). Reached by entity type (covered
 * entity, business associate), not by where people live, except the media notice, which is per State.
 */

/** Interim final rule, 74 FR 42740 (24 Aug 2009): breaches discovered on or after 23 Sep 2009. */
const IN_FORCE = '2009-09-23';

const VERIFICATION: Verification = {
  confidence: 'V',
  sources: [
    'GitHub aptible/www.aptible.com, source/hipaa/regulation/164-404-notification-individuals.md (45 CFR 164.404 text): (a)(2) discovery "as of the first day on which such breach is known ... or, by exercising reasonable diligence would have been known"; (b) "without unreasonable delay and in no case later than 60 calendar days after discovery of a breach"',
    'GitHub aptible/www.aptible.com, source/hipaa/regulations/164-406-notification-media.md (45 CFR 164.406 text): (a) "involving more than 500 residents of a State or jurisdiction ... notify prominent media outlets serving the State or jurisdiction"; (b) 60 calendar days after discovery [74 FR 42740; 78 FR 5695]',
    'GitHub aptible/www.aptible.com, source/hipaa/regulation/164-408-notification-secretary.md (45 CFR 164.408 text): (b) "500 or more individuals ... contemporaneously with the notice required by § 164.404(a)"; (c) "less than 500 individuals ... not later than 60 days after the end of each calendar year ... for breaches discovered during the preceding calendar year"; also https://getpocketlaw.com/law/cfr_45/section-164-408-notification-to-the-secretary_69b7f2ade63f',
    'GitHub aptible/www.aptible.com, source/hipaa/regulations/164-410-notification-business-associate.md (45 CFR 164.410 text): (b) business associate to covered entity "without unreasonable delay and in no case later than 60 calendar days after discovery of a breach"',
    'https://www.brickergraydon.com/insights/resources/key/hipaa-regulations-notification-in-the-case-of-breach-notification-to-the-media-164-406 (164.406 as amended January 2013, same text)',
  ],
  unverified:
    'The 23 Sep 2009 effective date of the interim final rule (74 FR 42740) is from memory. Law-enforcement delay (164.412) is not modelled.',
};

const BREACH_JUDGMENT = {
  key: 'hipaaBreach' as const,
  words:
    'this is a breach of unsecured PHI: presumed unless a risk assessment shows a low probability that the PHI has been compromised (45 CFR 164.402)',
};

const coveredEntity = (extra: Partial<Applicability> = {}): Applicability => ({
  entityTypes: ['hipaa_covered_entity'],
  data: { any: true },
  // "Unsecured" PHI only: PHI encrypted per HHS guidance is outside the rule (45 CFR 164.402).
  encryptionSafeHarbor: true,
  judgment: BREACH_JUDGMENT,
  ...extra,
});

const SIXTY_DAYS_FROM_DISCOVERY = {
  kind: 'period' as const,
  from: 'discoveredAt' as const,
  period: { unit: 'calendar_days' as const, n: 60 },
  words: 'without unreasonable delay and in no case later than 60 calendar days after discovery of the breach',
};

/**
 * 164.406 counts residents per State, so the media notice is one rule per US jurisdiction, each with its own
 * "more than 500 residents" threshold: generated here rather than taught to the evaluator.
 */
const MEDIA_RULES: Rule[] = US_JURISDICTIONS.map((code) => ({
  id: `hipaa/media/${code.toLowerCase()}`,
  regime: 'hipaa',
  jurisdiction: code,
  recipient: 'media' as const,
  recipientName: `prominent media outlets serving ${code}`,
  citation: '45 CFR 164.406(a)-(b)',
  versions: [
    {
      inForceFrom: IN_FORCE,
      applies: coveredEntity({ residentsOf: code, thresholds: [{ op: '>', count: 500, scope: 'jurisdiction' }] }),
      deadline: SIXTY_DAYS_FROM_DISCOVERY,
    },
  ],
  verification: VERIFICATION,
}));

export const HIPAA_RULES: Rule[] = [
  {
    id: 'hipaa/individuals',
    regime: 'hipaa',
    jurisdiction: 'US',
    recipient: 'individuals',
    recipientName: 'each affected individual',
    citation: '45 CFR 164.404(a)-(b)',
    versions: [{ inForceFrom: IN_FORCE, applies: coveredEntity(), deadline: SIXTY_DAYS_FROM_DISCOVERY }],
    verification: VERIFICATION,
  },
  ...MEDIA_RULES,
  {
    id: 'hipaa/regulator/500-or-more',
    regime: 'hipaa',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'Secretary of HHS (OCR breach portal)',
    citation: '45 CFR 164.408(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: coveredEntity({ thresholds: [{ op: '>=', count: 500, scope: 'total' }] }),
        deadline: {
          kind: 'earliest_of',
          words: 'contemporaneously with the individual notices, so no later than 60 calendar days after discovery',
          deadlines: [
            {
              kind: 'relative_to_individual_notice',
              individualRuleId: 'hipaa/individuals',
              relation: 'concurrent',
              words: 'at the same time as the individual notices (164.408(b))',
            },
            { ...SIXTY_DAYS_FROM_DISCOVERY, words: '60 calendar days after discovery (164.404(b))' },
          ],
        },
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'hipaa/regulator/annual-log',
    regime: 'hipaa',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'Secretary of HHS (OCR breach portal, annual submission)',
    citation: '45 CFR 164.408(c)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: coveredEntity({ thresholds: [{ op: '<', count: 500, scope: 'total' }] }),
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          // HHS's own zone; the period code also reads the year in UTC and keeps the earlier result.
          period: { unit: 'days_after_year_end', n: 60, timeZone: 'America/New_York' },
          words: 'not later than 60 days after the end of the calendar year in which the breach was discovered',
        },
        notes: ['Keep the breach in the log until it is submitted with the other breaches of the year.'],
      },
    ],
    verification: VERIFICATION,
  },
  {
    id: 'hipaa/covered_entity',
    regime: 'hipaa',
    jurisdiction: 'US',
    recipient: 'covered_entity',
    recipientName: 'the covered entity the business associate serves',
    citation: '45 CFR 164.410(a)-(b)',
    versions: [
      {
        inForceFrom: IN_FORCE,
        applies: {
          entityTypes: ['hipaa_business_associate'],
          data: { any: true },
          encryptionSafeHarbor: true,
          judgment: BREACH_JUDGMENT,
        },
        deadline: {
          ...SIXTY_DAYS_FROM_DISCOVERY,
          words:
            'without unreasonable delay and in no case later than 60 calendar days after the business associate discovers the breach',
        },
        notes: ['The business associate agreement may set a shorter period: it binds.'],
      },
    ],
    verification: VERIFICATION,
  },
];
