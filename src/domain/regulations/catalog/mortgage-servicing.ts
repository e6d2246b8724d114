import type { Rule } from '../rule';

/**
 * Investor and agency clocks for US mortgage servicers, on top of state laws and the FTC Safeguards Rule. They
 * are contractual (Ginnie Mae Guaranty Agreement, Fannie Mae and Freddie Mac Guides) or program requirements
 * (FHA), reached by entity type, and they count from detection rather than from a legal "breach".
 */

export const MORTGAGE_SERVICING_RULES: Rule[] = [
  {
    id: 'ginnie-mae/counterparty',
    regime: 'ginnie-mae',
    jurisdiction: 'US',
    recipient: 'counterparty',
    recipientName: 'Ginnie Mae (Ginnie_Mae_Cybersecurity_Incident@hud.gov)',
    citation: 'Ginnie Mae APM 24-02 (4 Mar 2024); MBS Guide (5500.3 Rev. 1)',
    versions: [
      {
        inForceFrom: '2024-03-04', // "effective immediately"
        applies: { entityTypes: ['ginnie_mae_issuer'] },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 48 },
          words: 'within 48 hours of detecting that a Significant Cybersecurity Incident may have occurred',
        },
        notes: [
          'A "Significant Cybersecurity Incident" is read broadly (any event that actually or potentially jeopardizes confidentiality, integrity or availability and may affect Guaranty Agreement obligations), so no judgment gates it.',
          'Subservicers say whether their own portfolio, subserviced portfolios, or both are affected.',
        ],
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'https://nationalcybersecurity.com/ginnie-mae-imposes-cybersecurity-incident-notification-obligation-alston-bird-hacking-cybersecurity-infosec-comptia-pentest-ransomware/ (Alston & Bird: APM 24-02 of 4 Mar 2024, effective immediately, 48 hours of detection)',
        'https://www.scotsmanguide.com/news/ginnie-mae-announces-new-cyber-incident-notification-requirements/ ("issuers must notify Ginnie Mae of a \u201csignificant cybersecurity incident\u201d within 48 hours of detection"; the definition quoted from the APM)',
        'https://www.mqmresearch.com/hit-the-marc/hit-the-marc-vol-4-april-2024 (same words: "within 48 hours of detection that a \u201cSignificant Cybersecurity Incident\u201d may have occurred"; the MBS Guide amended to match)',
        'https://thewbkfirm.com/industry/new-requirement-document-custodians-must-report-cybersecurity-incidents-to-ginnie-mae (the duty extended to Document Custodians from 2024-07-31, MBS Guide Appendix V-01; not an entity type here)',
      ],
      unverified:
        'APM 24-02 and the MBS Guide (5500.3 Rev. 1) text were not read: ginniemae.gov pages found list later APMs only. The 48 hours and the definition are quoted by law-firm and industry summaries that agree word for word.',
    },
  },
  {
    id: 'fannie-mae/counterparty',
    regime: 'fannie-mae',
    jurisdiction: 'US',
    recipient: 'counterparty',
    recipientName: 'Fannie Mae',
    citation: 'Fannie Mae Information Security and Business Resiliency Supplement',
    versions: [
      {
        // Selling Guide A3-2-01, Compliance With Laws (version dated 09/04/2024), "Compliance with Fannie Mae Data
        // Breach Incident Requirements": notify the Privacy Office as soon as reasonably practicable, within 72 hours
        // of a breach that affects 10 or more borrowers, requires notice to state agencies or other regulators, or
        // involves intentional unauthorised access to or misuse of borrower NPI. Replaced for single-family
        // sellers/servicers by the Supplement from 2025-08-12. Earlier editions of A3-2-01 were not read, so the
        // rule starts with this one.
        inForceFrom: '2024-09-04',
        citation:
          'Fannie Mae Selling Guide A3-2-01, Compliance With Laws (09/04/2024): Data Breach Incident Requirements',
        applies: {
          entityTypes: ['fannie_mae_servicer'],
          anyOf: [
            { thresholds: [{ op: '>=', count: 10, scope: 'total' }] },
            {
              judgment: {
                key: 'fannieMaeReportableBreach',
                words:
                  'the breach requires notice to state agencies or other regulators under breach laws, or involves intentional unauthorised access to or misuse of borrower NPI (Selling Guide A3-2-01)',
              },
            },
          ],
        },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 72 },
          words: "as soon as reasonably practicable, and within 72 hours, by email to Fannie Mae's Privacy Office",
        },
        notes: [
          'The notice describes the scope (number of people and their states), the NPI involved, the root cause if known, and the remediation.',
        ],
      },
      {
        inForceFrom: '2025-08-12', // Single-Family sellers/servicers and Multifamily lenders
        applies: { entityTypes: ['fannie_mae_servicer'] },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 36 },
          words: 'within 36 hours of identifying a Cybersecurity Incident',
        },
        notes: ['Ransomware is a Cybersecurity Incident regardless of its impact on Confidential Information.'],
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://www.fanniemae.com/about-us/corp-responsibility/governance/information-security-and-business-resiliency-supplement (36 hours of identification; effective 12 Aug 2025 for SF sellers/servicers)',
      ],
      unverified:
        'The Selling Guide A3-2-01 version (from 2024-09-04) is read from https://singlefamily.fanniemae.com/protecting-our-data and the A3-2-01 page title (https://selling-guide.fanniemae.com/sel/a3-2-01/compliance-laws, dated 09/04/2024), not from the Guide section text; earlier editions were not read.',
    },
  },
  {
    id: 'freddie-mac/counterparty',
    regime: 'freddie-mac',
    jurisdiction: 'US',
    recipient: 'counterparty',
    recipientName: 'Freddie Mac',
    citation: 'Freddie Mac Single-Family Seller/Servicer Guide 1302.2',
    versions: [
      {
        inForceFrom: '2022-01-13', // Bulletin 2021-31
        applies: { entityTypes: ['freddie_mac_servicer'] },
        // The conservative reading: the clock starts when the servicer first believes an Incident *may* have
        // occurred (the Guide's own FAQ: do not wait for scope), i.e. at discovery, not at confirmation.
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 48 },
          words:
            'immediately, and no later than 48 hours after discovering that an Incident may have occurred (do not wait to determine scope)',
        },
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'https://sf.freddiemac.com/articles/news/reporting-security-incidents-and-business-continuity ("immediately (no later than 48 hours after discovery)")',
        'https://tandem.app/blog/an-overview-of-freddie-macs-updated-information-security-requirements (48 hours since Bulletin 2021-31, 13 Jan 2022)',
        'https://sf.freddiemac.com/faqs/info-sec-and-privacy-updates-faq (Bulletin 2024-16, effective 1 Jan and 11 Mar 2025: "You must notify Freddie Mac as soon as you believe that an Incident may have occurred. Do not wait until you have determined the full scope or impact of the Incident.")',
        'http://briefly.co/anchor/Privacy_professionals/story/freddie-mac-sellerservicers-must-keep-up-with-cybersecurity-threats (Freddie Mac industry letter, 2024: Seller/Servicers "are obligated to report incidents as soon as possible, but no later than 48 hours after discovery")',
      ],
      unverified:
        "Guide Section 1302.2 itself was not read (guide.freddiemac.com was not reached); the 48 hours are Freddie Mac's own statements of what the Guide requires (2022 news page, 2024 industry letter), and its 2025 FAQ adds no other period. Treat 48 hours as an outer limit and report immediately.",
    },
  },
  {
    id: 'hud-fha/regulator',
    regime: 'hud-fha',
    jurisdiction: 'US',
    recipient: 'regulator',
    recipientName: 'HUD: FHA Resource Center (answers@hud.gov) and HUD Security Operations Center (cirt@hud.gov)',
    citation: 'HUD Mortgagee Letter 2024-23; Handbook 4000.1',
    versions: [
      {
        inForceFrom: '2024-05-23',
        citation: 'HUD Mortgagee Letter 2024-10 (superseded by ML 2024-23 on 2 Dec 2024)',
        applies: { entityTypes: ['fha_mortgagee'] },
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 12 },
          words: 'within 12 hours of detecting a suspected Significant Cybersecurity Incident',
        },
      },
      {
        inForceFrom: '2024-12-02',
        applies: {
          entityTypes: ['fha_mortgagee'],
          judgment: {
            key: 'fhaReportableCyberIncident',
            words:
              'a "Reportable Cyber Incident": it materially disrupted or degraded, or is reasonably likely to, the ability to originate or service FHA-insured mortgages',
          },
        },
        deadline: {
          kind: 'period',
          from: 'determinedAt',
          period: { unit: 'hours', n: 36 },
          words:
            'as soon as possible and no later than 36 hours after determining that a Reportable Cyber Incident has occurred',
        },
      },
    ],
    verification: {
      confidence: 'S',
      sources: [
        'https://infobytes.orrick.com/2024-12-13/fha-publishes-revised-cyber-incident-reporting-requirements (ML 2024-23 of 2 Dec 2024: 36 hours of determining; supersedes ML 2024-10; effective immediately)',
        'https://docmagic.com/node/15414 (changed from "within 12 hours of detection")',
        'https://www.consumerfinancemonitor.com/2024/05/24/fha-requiring-reporting-of-significant-cybersecurity-incidents/ (ML 2024-10 of 23 May 2024: 12 hours of detection, effective immediately)',
        'https://nrmlaonline.org/2024/05/24/fha-publishes-cybersecurity-reporting-requirements (HUD\'s announcement of ML 2024-10: mortgagees "that experience a potential or actual cyber incident must notify HUD via the FHA Resource Center at answers@hud.gov and HUD\'s Security Operations Center at cirt@hud.gov within 12 hours of detection")',
        'https://synergypartners.com/2025/01/16/what-are-the-updated-hud-cyber-incident-reporting-requirements-for-lenders/amp (ML 2024-23: "as soon as possible, but no later than 36 hours after determining that such an incident has occurred"; both addresses still)',
      ],
      unverified:
        'The Mortgagee Letters themselves (hud.gov) were not read; their periods are quoted alike by several summaries, one of them (docmagic) quoting the ML 2024-23 words.',
    },
  },
];
