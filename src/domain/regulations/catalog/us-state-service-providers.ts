import type { Deadline, Rule, RuleVersion, Verification } from '../rule';
import type { EntityType } from '../vocabulary';
import { US_STATE_RULES } from './us-states';
import { AR_CODE_COPY } from './us-states/ar';
import { DC_CODE_SOURCE } from './us-states/dc';
import { GA_TEXT_SOURCE } from './us-states/ga';
import { HI_EXEMPT, HI_EXEMPTION_SOURCE, HI_TEXT_SOURCE } from './us-states/hi';
import { KS_TEXT_SOURCE } from './us-states/ks';
import { LA_TEXT_SOURCE } from './us-states/la';
import { MA_TEXT_SOURCE } from './us-states/ma';
import { MD_TEXT_SOURCE } from './us-states/md';
import { MN_EXEMPTION_SOURCE, MN_SESSION_LAW_SOURCE } from './us-states/mn';
import { MS_QUOTED_SOURCE } from './us-states/ms';
import { NC_TEXT_SOURCE } from './us-states/nc';
import { NH_TEXT_SOURCE } from './us-states/nh';
import { NJ_TEXT_SOURCE } from './us-states/nj';
import { NM_EXEMPT, NM_EXEMPTION_SOURCE, NM_TEXT_SOURCE } from './us-states/nm';
import { NV_TEXT_SOURCE } from './us-states/nv';
import { NY_SHIELD_TEXT_SOURCE, S2659B_TEXT_SOURCE } from './us-states/ny';
import {
  calendarDays,
  GLBA_FINANCIAL_INSTITUTIONS,
  individualsId,
  noFixedPeriod,
  residentsOver,
  type StateCode,
  stateRule,
} from './us-states/state-rule';
import { lawserverCopy, SEVENTH_PASS_UNREAD, SIXTH_PASS_UNREAD } from './us-states/statute-copies';
import { UT_TEXT_SOURCE } from './us-states/ut';
import { WV_TEXT_SOURCE } from './us-states/wv';

/**
 * A service provider's own clock under each US state statute's maintainer clause: "a person that maintains
 * computerized data that includes personal information that the person does not own or license shall notify the
 * owner or licensee ... following discovery". Selected by the entity type `data_maintainer`; the recipient is the
 * data owner. The data a clause covers is the statute's own definition, so each version takes the data scope and
 * encryption safe harbor of the state's individual-notice rule in force on the same day.
 *
 * No harm judgment gates these notices: the owner, not the maintainer, decides whether the breach is notifiable,
 * and the clauses read here attach no harm test to the maintainer's notice (the conservative reading).
 * Where only "immediately" or "as soon as practicable" is written, no due time is invented.
 */

const COMPILED_TABLE =
  'Public GitHub compliance registry, table "Breach notification: vendor duty" quoting each statute (read via find_string/read_file id 69264454048; secondary)';
const PERKINS = (state: string): string =>
  `https://perkinscoie.com/insights/publication/security-breach-notification-chart-${state} (Third-Party Data Notification)`;
const RESEARCH = '/work/shared/research/breach-deadlines.md §5 (Extras column)';

/** A section read in the Justia mirror of a state code kept in GitHub saint1415/us-statutes (data branch), issue 13 sixth pass. */
const JUSTIA_MIRROR = (file: string, justiaUrl: string): string =>
  `GitHub saint1415/us-statutes (data branch), data/states/${file} (Justia mirror, ${justiaUrl})`;

/** ORS 646A.604 as amended by SB 684 (2019), read in two code copies (issue 13, fifth verification pass). */
const OR_CURRENT_TEXT =
  'https://instalawyer.io/laws/2021-oregon-revised-statutes/section-646a604-notice-of (2021 ORS § 646A.604) and http://www.oregonlaws.org/ors/646A.604';

const IMMEDIATELY = 'immediately following discovery of the breach';
const UNREAD =
  'The maintainer clause itself was not read in this session; the wording is from memory and the conservative "immediately" is shown.';

interface ClauseVersion {
  inForceFrom: string;
  deadline: Deadline;
  citation?: string;
  notes?: string[];
}

interface Clause {
  code: StateCode;
  citation: string;
  versions: ClauseVersion[];
  verification: Verification;
  recipientName?: string;
  /** Entity types the state's whole statute exempts (e.g. N.M. Stat. § 57-12C-8). */
  excludedEntityTypes?: EntityType[];
}

const m = (sources: string[], unverified = UNREAD): Verification => ({ confidence: 'M', sources, unverified });
const v = (sources: string[], unverified?: string): Verification => ({
  confidence: 'V',
  sources,
  ...(unverified ? { unverified } : {}),
});
const s = (sources: string[], unverified?: string): Verification => ({
  confidence: 'S',
  sources,
  ...(unverified ? { unverified } : {}),
});

/** A clause in force since the state's statute, with one deadline. */
const since = (inForceFrom: string, deadline: Deadline): ClauseVersion[] => [{ inForceFrom, deadline }];
const immediately = (from = IMMEDIATELY): Deadline => noFixedPeriod(from);

const CLAUSES: Clause[] = [
  {
    code: 'al',
    citation: 'Ala. Code § 8-38-8',
    versions: since(
      '2018-06-01',
      calendarDays(
        10,
        // "or reason to believe": a discovered breach is reason to believe one occurred, the earlier instant (us-states/fl.ts).
        'discoveredAt',
        'as expeditiously as possible and without unreasonable delay, but no later than 10 days following the determination of a breach of security or reason to believe the breach occurred (counted from discovery: a discovered breach is reason to believe one occurred)',
      ),
    ),
    verification: {
      confidence: 'V',
      sources: [
        'GitHub saint1415/us-statutes (data branch), data/states/alabama/content/title-title-8-commercial-law-and-consumer-protection/chapter-chapter-38-data-breach-notification-act-of-2018.json (Justia mirror of Ala. Code § 8-38-8, https://law.justia.com/codes/alabama/title-8/chapter-38/section-8-38-8/): "the agent shall notify the covered entity of the breach of security as expeditiously as possible and without unreasonable delay, but no later than 10 days following the determination of the breach of security or reason to believe the breach occurred"; "(Act 2018-396, §8.)"',
        COMPILED_TABLE,
      ],
      unverified: 'The in-force date (2018-06-01) is not read in Act 2018-396.',
    },
    recipientName: 'the covered entity for which the third-party agent maintains the data',
  },
  {
    code: 'ak',
    // Not § 45.48.030: the chapter's own section list (ak.elaws.us, AS 45.48.010 "References") names .030 "Methods of
    // notice". The information recipient's duty excuses it from "AS 45.48.010 — 45.48.030", so it sits after them; of
    // .040-.090 only .070 "Treatment of certain breaches" can hold it (.040 bureaus, .050 employees and agents, .060
    // waivers, .080 violations, .090 definitions). The section number is that inference; the duty's words are quoted.
    citation: 'Alaska Stat. § 45.48.070(a)',
    versions: since('2009-07-01', immediately('immediately after discovering the breach')),
    verification: s(
      [
        'http://ak.elaws.us/as/45.48.010 (AS 45.48.010 "Latest version", section list: "AS 45.48.030 Methods of notice. AS 45.48.040 Notification of certain other agencies. AS 45.48.050 Exception for employees and agents. AS 45.48.060 Waivers. AS 45.48.070 Treatment of certain breaches."; history "(Sec. 4 ch 92 SLA 2008)")',
        'https://reggi.ai/posts/can-i/privacy/can-i-ignore-my-obligations-as-a-service-provider-with-access-to-personal-information-in-alaska-what-are-the-requirements-cc61 (quotes the clause: "the information recipient is not required to comply with AS 45.48.010 — 45.48.030. However, immediately after the information recipient discovers the breach, the information recipient shall notify the information distributor who owns the personal information or who licensed the use of the personal information to the information recipient about the breach and cooperate with the information distributor as necessary"; secondary)',
        RESEARCH,
      ],
      'Seventh pass (issue 13): the clause is read only in a secondary quotation, which names no section; AS 45.48.070 is inferred from the section list (see the comment). The 2009-07-01 in-force date (ch. 92 SLA 2008) is from memory.',
    ),
    recipientName: 'the information distributor that owns the data or licensed it to the recipient',
  },
  {
    code: 'az',
    citation: 'Ariz. Rev. Stat. § 18-552(C)',
    versions: since('2006-12-31', immediately('as soon as practicable after discovering the breach')),
    verification: s(
      [COMPILED_TABLE],
      `Statute text not read; "as soon as practicable" is the compiled source's quotation. ${SEVENTH_PASS_UNREAD}`,
    ),
  },
  {
    code: 'ar',
    citation: 'Ark. Code § 4-110-105(b)(1)',
    versions: [
      {
        inForceFrom: '2005-08-12',
        deadline: immediately(),
        notes: [
          'Where more than 1,000 individuals are affected, § 4-110-105(b)(2) as read names the person required to disclose "under subdivision (b)(1)" for the Attorney General\'s notice: agree with the data owner who files it.',
        ],
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${AR_CODE_COPY}: (b)(1) "A person or business that maintains computerized data that includes personal information that the person or business does not own shall notify the owner or licensee that there has been a breach of the security of the system immediately following discovery if the personal information was, or is reasonably believed to have been, acquired by an unauthorized person."`,
        PERKINS('arkansas'),
        COMPILED_TABLE,
      ],
      unverified: 'The copy is undated; the 2005-08-12 in-force date is from Perkins.',
    },
  },
  {
    code: 'ca',
    citation: 'Cal. Civ. Code § 1798.82(b)',
    versions: since('2003-07-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        'Cal. Civ. Code § 1798.82 as amended by SB 446 (2025), text at https://lexace.ai/us/statute/california/civ-1798.82: (b) "An individual or business that maintains computerized data that includes personal information that the individual or business does not own shall notify the owner or licensee of the information of the breach of the security of the data immediately following discovery, if the personal information was, or is reasonably believed to have been, acquired by an unauthorized person."',
        COMPILED_TABLE,
        `${RESEARCH} us-ca`,
      ],
      unverified:
        'Read in the current text only; that (b) read the same before SB 446 (from 2003-07-01) is from the compiled table and memory.',
    },
  },
  {
    code: 'co',
    citation: 'Colo. Rev. Stat. § 6-1-716(2)(b)',
    versions: since(
      '2018-09-01',
      immediately(
        'give notice to and cooperate with the covered entity in the event of a security breach (no period stated; read as immediately)',
      ),
    ),
    verification: m([RESEARCH], `${UNREAD} ${SEVENTH_PASS_UNREAD}`),
  },
  {
    code: 'ct',
    citation: 'Conn. Gen. Stat. § 36a-701b(c)',
    versions: since('2006-01-01', immediately('immediately following its discovery of the breach')),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('connecticut/content/title-title-36a-the-banking-law-of-connecticut/chapter-chapter-669-regulated-activities.json', 'https://law.justia.com/codes/connecticut/title-36a/chapter-669/section-36a-701b/')}: (c) "Any person that maintains computerized data that includes personal information that the person does not own shall notify the owner or licensee of the information of any breach of the security of the data immediately following its discovery, if the personal information of a resident of this state was breached or is reasonably believed to have been breached."`,
        COMPILED_TABLE,
      ],
      unverified: 'Read in the current (post-2021) text only; the 2006-01-01 in-force date is not read in P.A. 05-148.',
    },
  },
  {
    code: 'dc',
    citation: 'D.C. Code § 28-3852(b)',
    versions: since('2007-07-01', immediately('in the most expedient time possible following discovery')),
    verification: {
      confidence: 'V',
      sources: [
        `${DC_CODE_SOURCE}: (b) "Any person or entity who maintains, handles, or otherwise possesses computerized or other electronic data that includes personal information that the person or entity does not own shall notify the owner or licensee of the information of any breach of the security of the system in the most expedient time possible following discovery"`,
        COMPILED_TABLE,
      ],
      unverified:
        'The current codified text (after D.C. Law 23-98) was read; the 2007 wording of (b) was not, and the same words are shown from 2007-07-01.',
    },
  },
  {
    code: 'de',
    citation: '6 Del. C. § 12B-102(b)',
    versions: since(
      '2005-06-28',
      noFixedPeriod('immediately following determination of the breach of security', 'determinedAt'),
    ),
    verification: {
      confidence: 'V',
      sources: [
        `${lawserverCopy('de', '6 Del. C. §§ 12B-101 to 12B-104 as amended in 2017', 'https://delcode.delaware.gov/title6/c012b/index.html')}: § 12B-102(b) "A person that maintains computerized data that includes personal information that the person does not own or license shall give notice to and cooperate with the owner or licensee of the information of any breach of security immediately following determination of the breach of security"`,
        COMPILED_TABLE,
        `${RESEARCH} us-de`,
      ],
      unverified: 'In-force date (2005-06-28) not read in the session law; the 2017 text is the one read.',
    },
  },
  {
    code: 'fl',
    citation: 'Fla. Stat. § 501.171(6)(a)',
    versions: since(
      '2014-07-01',
      calendarDays(
        10,
        // "or reason to believe": a discovered breach is reason to believe one occurred, the earlier instant (us-states/fl.ts).
        'discoveredAt',
        'as expeditiously as practicable, but no later than 10 days following the determination of the breach of security or reason to believe the breach occurred (counted from discovery: a discovered breach is reason to believe one occurred)',
      ),
    ),
    verification: s(
      [
        COMPILED_TABLE,
        `${RESEARCH} us-fl`,
        'https://www.swlaw.com/data-breach-map/view/state/fl (Third Party Notice: "as expeditiously as practicable, but no later than 10 days following determination of breach"; secondary)',
        'Public GitHub compliance file quoting § 501.171(1)(h) and (6)(a) (find_string id 71341035407: "no later than 10 days following the determination of the breach of security or reason to believe the breach occurred"; secondary)',
      ],
      `The words of § 501.171(6)(a) were not read (sixth pass: no stored copy holds subsection (6)); three secondary sources quote the same 10 days from the determination. ${SEVENTH_PASS_UNREAD}`,
    ),
    recipientName: 'the covered entity (or governmental entity) for which the third-party agent maintains the data',
  },
  {
    code: 'ga',
    citation: 'O.C.G.A. § 10-1-912(b)',
    versions: [
      {
        inForceFrom: '2005-05-05',
        deadline: {
          kind: 'period',
          from: 'discoveredAt',
          period: { unit: 'hours', n: 24 },
          words: 'within 24 hours of the discovery of the breach',
        },
        notes: [
          'Georgia reaches a maintainer only when its client is an "information broker" or "data collector" (O.C.G.A. § 10-1-911); listed for any client, the broader reading.',
        ],
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${GA_TEXT_SOURCE}: (b) "Any person or business that maintains computerized data on behalf of an information broker or data collector that includes personal information of individuals that the person or business does not own shall notify the information broker or data collector of any breach of the security of the system within 24 hours following discovery"`,
        `${RESEARCH} us-ga (V there: § 10-1-912 text, 2016)`,
      ],
      unverified: 'The 2005-05-05 in-force date is from the Perkins Coie chart (S.B. 230).',
    },
    recipientName: 'the information broker or data collector that owns the data',
  },
  {
    code: 'hi',
    citation: 'Haw. Rev. Stat. § 487N-2(b)',
    versions: since('2007-01-01', immediately()),
    // § 487N-2(g)(1): a bank or credit union is deemed to comply with the whole section, (b) included.
    excludedEntityTypes: HI_EXEMPT,
    verification: {
      confidence: 'V',
      sources: [
        `${HI_TEXT_SOURCE}: (b) "Any business located in Hawaii or any business that conducts business in Hawaii that maintains or possesses records or data containing personal information of residents of Hawaii that the business does not own or license ... shall notify the owner or licensee of the information of any security breach immediately following discovery of the breach"`,
        'GitHub HACC17/BlueAndKrabby, web/content/title-26/chapter-487N/section-487N-2.md (Hawaii Revised Statutes as published in 2017): § 487N-2(b), the same words, "[L 2006, c 135, pt of §2; am L 2008, c 19, §70]"',
        HI_EXEMPTION_SOURCE,
        `${RESEARCH} us-hi`,
      ],
      unverified:
        'The mirrors are the 2016 and 2017 captures; the 2007-01-01 in-force date of L 2006, c 135 is not read in the act; no amendment after 2017 was looked for.',
    },
  },
  {
    code: 'id',
    citation: 'Idaho Code § 28-51-105(2)',
    versions: since('2006-07-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('idaho/content/title-title-28/chapter-chapter-51.json', 'https://law.justia.com/codes/idaho/title-28/chapter-51/section-28-51-105/')}: (2) "An agency, individual or a commercial entity that maintains computerized data that includes personal information that the agency, individual or the commercial entity does not own or license shall give notice to and cooperate with the owner or licensee of the information of any breach of the security of the system immediately following discovery of a breach if misuse of personal information about an Idaho resident occurred or is reasonably likely to occur"; "[28-51-105, added 2006, ch. 258, sec. 1, p. 797; am. 2014, ch. 97, sec. 13, p. 275.]"`,
        COMPILED_TABLE,
      ],
      unverified:
        'The misuse condition in (2) is not modelled: the maintainer is told to notify whenever the breach is discovered (the broader reading). The 2006-07-01 in-force date is the usual Idaho date, not read in 2006 ch. 258.',
    },
  },
  {
    code: 'il',
    citation: '815 ILCS 530/10(b)',
    versions: since('2006-01-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        'https://ilga.gov/legislation/publicacts/fulltext.asp?name=094-0947 (Public Act 94-947, HB 4449 enrolled, setting out 815 ILCS 530/10): (b) "Any data collector that maintains computerized data that includes personal information that the data collector does not own or license shall notify the owner or licensee of the information of any breach of the security of the data immediately following discovery, if the personal information was, or is reasonably believed to have been, acquired by an unauthorized person."',
        'https://marketingresearch.org/article/illinois-expands-data-security-law-hb-3025 (P.A. 97-483, effective 2012-01-01, extends (b) to a collector that "maintains or stores" the data and adds a duty to cooperate)',
        COMPILED_TABLE,
      ],
      unverified:
        'Read in the 2006 amending act, not in the current compiled section; the 2006-01-01 in-force date of P.A. 94-36 is not read.',
    },
  },
  {
    code: 'in',
    // § 24-4.9-3-2 sets the duty; § 24-4.9-3-3(a) times every "disclosure or notification under this chapter",
    // the maintainer's included: without unreasonable delay, and since P.L. 171-2022 at most 45 days after discovery.
    citation: 'Ind. Code §§ 24-4.9-3-2, 24-4.9-3-3(a)',
    versions: [
      {
        inForceFrom: '2006-07-01',
        deadline: immediately(
          'on discovering that personal information was or may have been acquired, without unreasonable delay (§ 24-4.9-3-3(a); no period stated, read as immediately)',
        ),
      },
      {
        inForceFrom: '2022-07-01',
        citation: 'Ind. Code §§ 24-4.9-3-2, 24-4.9-3-3(a) (P.L. 171-2022)',
        deadline: calendarDays(
          45,
          'discoveredAt',
          'without unreasonable delay, but not more than 45 days after the discovery of the breach',
        ),
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        'https://statutes.laws.com/indiana/title-24/ar-4.9/ch-3 and http://www.laws9.com/statutes/indiana/title24/ar4.9/ch3 (IC 24-4.9-3-2: "A person that maintains computerized data but that is not a data base owner shall notify the data base owner if the person discovers that personal information was or may have been acquired by an unauthorized person."; IC 24-4.9-3-3(a): "A person required to make a disclosure or notification under this chapter shall make the disclosure or notification without unreasonable delay")',
        'Ind. Code § 24-4.9-3-3, text at https://lawserver.com/law/state/indiana/in-code/indiana_code_24-4-9-3-3: "without unreasonable delay, but not more than forty-five (45) days after the discovery of the breach" (amended by P.L.171-2022, SEC.1)',
        RESEARCH,
      ],
      unverified:
        'The in-force dates (2006-07-01; P.L. 171-2022 from 2022-07-01) are those of the Indiana individual-notice rule, from secondary sources.',
    },
  },
  {
    code: 'ia',
    citation: 'Iowa Code § 715C.2(2)',
    versions: since('2008-07-01', immediately()),
    verification: v(
      [
        `${JUSTIA_MIRROR('iowa/content/title-xvi-criminal-law-and-procedure/chapter-chapter-715c-personal-information-security-breach-protection.json', 'https://law.justia.com/codes/iowa/title-xvi/chapter-715c/section-715c-2/')} (Iowa Code 2024): 2. "Any person who maintains or otherwise possesses personal information on behalf of another person shall notify the owner or licensor of the information of any breach of security immediately following discovery of such breach of security if a consumer's personal information was included in the information that was breached"; history "2008 Acts, ch 1154, §2; 2013 Acts, ch 90, §257; 2014 Acts, ch 1062, §4; 2018 Acts, ch 1091, §9"`,
        'http://www.mcafee.com/us/regulations/north-america/us/security-breach-notification-laws/iowa.aspx (summary of SF 2308 in the statute\'s words: "Any person who maintains or otherwise possesses personal information on behalf of another person shall notify the owner or licensor of the information of any breach of security immediately following discovery of such breach of security")',
        'https://www.recordinglaw.com/us-laws/data-privacy-laws/iowa-data-privacy-laws/data-breach-notification (third-party agents "must notify the owner or licensor of the information immediately following discovery of a breach")',
        RESEARCH,
      ],
      'The 2008-07-01 in-force date of 2008 Acts ch 1154 is not read in the act.',
    ),
  },
  {
    code: 'ks',
    citation: 'Kan. Stat. § 50-7a02(b)',
    // The text says "following discovery of a breach", without "immediately": no period, and the earlier reading
    // (at once) is shown.
    versions: since(
      '2006-07-01',
      immediately('following discovery of a breach (no period stated; read as immediately, the earlier reading)'),
    ),
    verification: {
      confidence: 'V',
      sources: [
        `${KS_TEXT_SOURCE}: 50-7a02(b) "An individual or a commercial entity that maintains computerized data that includes personal information that the individual or the commercial entity does not own or license shall give notice to the owner or licensee of the information of any breach of the security of the data following discovery of a breach"`,
        RESEARCH,
      ],
      unverified: 'In force 2006-07-01 (from the Kansas individual-notice rule).',
    },
  },
  {
    code: 'ky',
    citation: 'Ky. Rev. Stat. § 365.732(3)',
    versions: since('2014-07-15', immediately('as soon as reasonably practicable following discovery')),
    verification: s([COMPILED_TABLE], `${SIXTH_PASS_UNREAD} ${SEVENTH_PASS_UNREAD}`),
  },
  {
    code: 'la',
    // The maintainer's clause is § 3074(D), timed by (E); (C) is the owner's notice to residents.
    citation: 'La. Rev. Stat. § 51:3074(D), (E)',
    versions: [
      { inForceFrom: '2006-01-01', deadline: immediately() },
      {
        // Act 382 of 2018 put the maintainer's notice under the same 60-day limit as the residents' notice.
        inForceFrom: '2018-08-01',
        deadline: calendarDays(
          60,
          'discoveredAt',
          'in the most expedient time possible and without unreasonable delay but not later than sixty days from the discovery of the breach',
        ),
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${LA_TEXT_SOURCE}: § 3074(D) "Any agency or person that maintains computerized data that includes personal information that the agency or person does not own shall notify the owner or licensee of the information ... following discovery"; (E) "The notification required pursuant to Subsections C and D of this Section shall be made in the most expedient time possible and without unreasonable delay but not later than sixty days from the discovery of the breach"`,
        RESEARCH,
      ],
      unverified:
        'The text before Act 382 (2006-2018) was not read; "immediately" is kept for it. Act 382\'s in-force date (2018-08-01) is not read in the act.',
    },
  },
  {
    code: 'me',
    citation: '10 M.R.S. § 1348(2)',
    versions: since('2006-01-31', immediately()),
    verification: m([RESEARCH], `${UNREAD} ${SEVENTH_PASS_UNREAD}`),
  },
  {
    code: 'md',
    citation: 'Md. Code, Com. Law § 14-3504(c)',
    versions: [
      { inForceFrom: '2008-01-01', deadline: immediately('as soon as practicable following discovery') },
      {
        inForceFrom: '2018-01-01',
        citation: 'Md. Code, Com. Law § 14-3504(c)(2) (HB 974, 2017)',
        deadline: calendarDays(
          45,
          'discoveredAt',
          'as soon as practicable but not later than 45 days after the business discovers or is notified of the breach',
        ),
      },
      {
        inForceFrom: '2022-10-01',
        citation: 'Md. Code, Com. Law § 14-3504(c)(2) (HB 962, 2022)',
        deadline: calendarDays(
          10,
          'discoveredAt',
          'as soon as reasonably practicable but not later than 10 days after the business discovers or is notified of the breach',
        ),
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${MD_TEXT_SOURCE}: (c)(1) "A business that maintains computerized data that includes personal information of an individual residing in the State that the business does not own or license, when it discovers or is notified of a breach ..., shall notify, as soon as practicable, the owner or licensee"; (c)(2) "as soon as reasonably practicable, but not later than 10 days after the business discovers or is notified of the breach of the security of a system"`,
        COMPILED_TABLE,
      ],
      unverified:
        'Only the current (c) was read: 10 days since HB 962 (2022-10-01, date from secondary sources); 45 days from HB 974 (2018-01-01) is from memory.',
    },
  },
  {
    code: 'ma',
    citation: 'Mass. Gen. Laws c. 93H § 3(a)',
    versions: since('2007-10-31', immediately('as soon as practicable and without unreasonable delay')),
    verification: {
      confidence: 'V',
      sources: [
        `${MA_TEXT_SOURCE}: § 3(a) "A person or agency that maintains or stores, but does not own or license data ... shall provide notice, as soon as practicable and without unreasonable delay, when such person or agency (1) knows or has reason to know of a breach of security ... to the owner or licensor"`,
        RESEARCH,
      ],
      unverified: 'The in-force date of the original chapter (2007-10-31) is from memory.',
    },
  },
  {
    code: 'mi',
    citation: 'Mich. Comp. Laws § 445.72(2)',
    versions: since(
      '2007-07-02',
      immediately('notice of the security breach to the owner or licensor (no period stated; read as immediately)'),
    ),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('michigan/content/title-chapter-445-trade-and-commerce/chapter-act-452-of-2004-identity-theft-protection-act-44561-44579d.json', 'https://law.justia.com/codes/michigan/chapter-445/statute-act-452-of-2004/section-445-72/')}: (2) "Unless the person or agency determines that the security breach has not or is not likely to cause substantial loss or injury to, or result in identity theft with respect to, 1 or more residents of this state, a person or agency that maintains a database that includes data that the person or agency does not own or license that discovers a breach of the security of the database shall provide a notice to the owner or licensor of the information of the security breach"; "History: Add. 2006, Act 566, Eff. July 2, 2007; Am. 2010, Act 315, Eff. Apr. 1, 2011"`,
        COMPILED_TABLE,
      ],
      unverified:
        'No period is written; "immediately" is the earlier reading. The maintainer\'s own no-harm determination is not modelled (the owner is told in every case, the broader reading).',
    },
  },
  {
    code: 'mn',
    citation: 'Minn. Stat. § 325E.61 subd. 1(b)',
    versions: since('2006-01-01', immediately()),
    excludedEntityTypes: GLBA_FINANCIAL_INSTITUTIONS,
    verification: {
      confidence: 'V',
      sources: [
        `${MN_SESSION_LAW_SOURCE}: subd. 1(b) "Any person or business that maintains data that includes personal information that the person or business does not own shall notify the owner or licensee of the information of any breach of the security of the data immediately following discovery"`,
        MN_EXEMPTION_SOURCE,
        RESEARCH,
      ],
      unverified:
        'Read in the session law as enacted (2005); the 2006-01-01 in-force date is from a secondary summary.',
    },
  },
  {
    code: 'ms',
    citation: 'Miss. Code § 75-24-29(4)',
    versions: since('2011-07-01', immediately('as soon as practicable following discovery')),
    verification: v(
      [
        `${MS_QUOTED_SOURCE}: (4) "Any person who conducts business in this state that maintains computerized data which includes personal information that the person does not own or license shall notify the owner or licensee of the information of any breach of the security of the data as soon as practicable following its discovery"`,
        COMPILED_TABLE,
      ],
      'Read in a quotation that stops after "discovery"; the condition that follows in the clause is not modelled (the owner is told in every case).',
    ),
  },
  {
    code: 'mo',
    citation: 'Mo. Rev. Stat. § 407.1500.2(2)',
    versions: since('2009-08-28', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('missouri/content/title-xxvi/chapter-chapter-407.json', 'https://law.justia.com/codes/missouri/title-xxvi/chapter-407/section-407-1500/')}: 2.(2) "Any person that maintains or possesses records or data containing personal information of residents of Missouri that the person does not own or license ... shall notify the owner or licensee of the information of any breach of security immediately following discovery of the breach, consistent with the legitimate needs of law enforcement as provided in this section"; "(L. 2009 H.B. 62)"`,
        COMPILED_TABLE,
      ],
      unverified: "The 2009-08-28 in-force date (Missouri's default for 2009 acts) is not read in H.B. 62.",
    },
  },
  {
    code: 'mt',
    citation: 'Mont. Code § 30-14-1704(2)',
    versions: since('2006-03-01', immediately()),
    verification: s([COMPILED_TABLE], `${SIXTH_PASS_UNREAD} ${SEVENTH_PASS_UNREAD}`),
  },
  {
    code: 'ne',
    // LB 835 (2016) put the Attorney General's notice in as (2), so the maintainer clause is (3) in the current text.
    citation: 'Neb. Rev. Stat. § 87-803(3)',
    versions: since(
      '2006-07-14',
      immediately(
        'give notice of and cooperate with the owner or licensee when it becomes aware of a breach (no period stated; read as immediately)',
      ),
    ),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('nebraska/content/title-chapter-87-trade-practices/chapter-87-803-breach-of-security-investigation-notice-to-resident-n.json', 'https://law.justia.com/codes/nebraska/chapter-87/statute-87-803/')}: (3) "An individual or a commercial entity that maintains computerized data that includes personal information that the individual or commercial entity does not own or license shall give notice to and cooperate with the owner or licensee of the information of any breach of the security of the system when it becomes aware of a breach if use of personal information about a Nebraska resident for an unauthorized purpose occurred or is reasonably likely to occur"; "Source: Laws 2006, LB 876, § 3; Laws 2016, LB835, § 28"`,
        RESEARCH,
      ],
      unverified:
        'The clause was (2) before LB 835 (2016); the current number is cited for the whole period. The unauthorized-use condition is not modelled (the broader reading). The 2006-07-14 in-force date is not read in LB 876.',
    },
  },
  {
    code: 'nv',
    citation: 'Nev. Rev. Stat. § 603A.220(2)',
    versions: since('2005-10-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${NV_TEXT_SOURCE}: (2) "Any data collector that maintains computerized data which includes personal information that the data collector does not own shall notify the owner or licensee of the information of any breach of the security of the system data immediately following discovery"`,
        COMPILED_TABLE,
      ],
      unverified: 'The 2005-10-01 in-force date is from memory.',
    },
  },
  {
    code: 'nh',
    citation: 'N.H. Rev. Stat. § 359-C:20, I(c)',
    versions: since('2007-01-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${NH_TEXT_SOURCE}: I(c) "Any person or business that maintains computerized data that includes personal information that the person or business does not own shall notify and cooperate with the owner or licensee of the information of any breach of the security of the data immediately following discovery, if the personal information was acquired by an unauthorized person"`,
        COMPILED_TABLE,
      ],
      unverified: 'The 2007-01-01 in-force date is from a secondary summary.',
    },
  },
  {
    code: 'nj',
    citation: 'N.J. Stat. § 56:8-163(b)',
    versions: since('2006-01-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${NJ_TEXT_SOURCE}: b. "Any business or public entity that compiles or maintains computerized records that include personal information on behalf of another business or public entity shall notify that business or public entity ... of any breach of security of the computerized records immediately following discovery"`,
        RESEARCH,
      ],
      unverified: 'The in-force date (2006-01-01) is not read in P.L. 2005, c. 226.',
    },
  },
  {
    code: 'nm',
    // The maintainer's clause is § 57-12C-6(C); § 57-12C-8 is the GLBA/HIPAA exemption.
    citation: 'N.M. Stat. § 57-12C-6(C)',
    versions: since(
      '2017-06-16',
      calendarDays(
        45,
        'discoveredAt',
        'in the most expedient time possible, but not later than forty-five calendar days following discovery of the breach',
      ),
    ),
    excludedEntityTypes: NM_EXEMPT,
    verification: {
      confidence: 'V',
      sources: [
        `${NM_TEXT_SOURCE}: § 57-12C-6(C) "Any person that is licensed to maintain or possess computerized data containing personal identifying information of a New Mexico resident that the person does not own or license shall notify the owner or licensee of the information of any security breach in the most expedient time possible, but not later than forty-five calendar days following discovery of the breach"`,
        NM_EXEMPTION_SOURCE,
        RESEARCH,
      ],
      unverified:
        'The 2017-06-16 in-force date is from an annotation (Laws 2017, ch. 36). (C) also excuses the notice when the maintainer finds no significant risk of identity theft or fraud; the owner decides that here, so no judgment is attached (conservative).',
    },
  },
  {
    code: 'ny',
    citation: 'N.Y. Gen. Bus. Law § 899-aa(3)',
    versions: [
      { inForceFrom: '2005-12-07', deadline: immediately() },
      {
        // S2659B § 1 (effective immediately, signed 2024-12-21) put an outer limit on "immediately".
        inForceFrom: '2024-12-21',
        citation: 'N.Y. Gen. Bus. Law § 899-aa(3) (L. 2024, S2659B)',
        deadline: calendarDays(
          30,
          'discoveredAt',
          'immediately, provided that such notification shall be made within thirty days following discovery',
        ),
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${NY_SHIELD_TEXT_SOURCE}: § 899-aa(3) "Any person or business which maintains computerized data which includes private information which such person or business does not own shall notify the owner or licensee of the information of any breach of the security of the system immediately following discovery"`,
        `${S2659B_TEXT_SOURCE}: § 1 amends subdivision 3: "shall notify the owner or licensee of the information of any breach of the security of the system immediately, PROVIDED THAT SUCH NOTIFICATION SHALL BE MADE WITHIN THIRTY DAYS following discovery"; § 3 "This act shall take effect immediately."`,
        COMPILED_TABLE,
      ],
      unverified: 'The signing date 2024-12-21 is from secondary sources (SHRM, Alston & Bird).',
    },
  },
  {
    code: 'nc',
    citation: 'N.C. Gen. Stat. § 75-65(b)',
    versions: since('2005-12-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${NC_TEXT_SOURCE}: § 75-65(b) "shall notify the owner or licensee of the information of any security breach immediately following discovery of the breach, consistent with the legitimate needs of law enforcement"`,
        COMPILED_TABLE,
      ],
      unverified: 'In-force date (2005-12-01) not read in S.L. 2005-414.',
    },
  },
  {
    code: 'nd',
    citation: 'N.D. Cent. Code § 51-30-03',
    versions: since('2005-06-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${lawserverCopy('nd', 'N.D. Cent. Code ch. 51-30', 'https://www.ndlegis.gov/cencode/t51c30.pdf')}: § 51-30-03 "Any person that maintains computerized data that includes personal information that the person does not own shall notify the owner or licensee of the information of the breach of the security of the data immediately following the discovery"`,
        COMPILED_TABLE,
      ],
      unverified: 'In-force date (2005-06-01) not read in the session law.',
    },
  },
  {
    code: 'oh',
    citation: 'Ohio Rev. Code § 1349.19(C)',
    versions: since(
      '2006-02-17',
      immediately('in an expeditious manner following its discovery of, or notification of, the breach'),
    ),
    verification: s(
      [
        'https://www.swlaw.com/data-breach-map/view/state/oh (Third Party Notice: "If person or business maintains covered information for someone else, it must notify them in expeditious manner following determination of breach"; secondary)',
        'https://www.itechlaw.org/latinamericadataprotection/ohio-4 (an entity "maintaining or storing data which includes personal information on behalf of another entity has an obligation to notify the other entity of any breach which causes or can reasonably cause a material risk of identity theft or other fraud to an Ohio resident"; secondary)',
        RESEARCH,
      ],
      `The words of § 1349.19(C) were not read (sixth pass: the code copy found returns only division (A)); "expeditious", with no period, is what both secondary sources report, and the trigger words (discovery or notification) are from memory. ${SEVENTH_PASS_UNREAD}`,
    ),
  },
  {
    code: 'ok',
    citation: '24 Okla. Stat. § 163(B)',
    versions: since('2008-11-01', immediately('as soon as practicable following discovery')),
    verification: m([RESEARCH], `${UNREAD} ${SEVENTH_PASS_UNREAD}`),
  },
  {
    code: 'or',
    citation: 'Or. Rev. Stat. § 646A.604(2)',
    versions: [
      // The 2007 text (law.onecle.com copy): "immediately following discovery of such breach of security"; the 2015
      // text (law.justia.com, 2015 ORS) said only "after discovering a breach of security": the stricter words are
      // shown for the whole period before SB 684.
      { inForceFrom: '2007-10-01', deadline: immediately('immediately following discovery of the breach of security') },
      {
        inForceFrom: '2020-01-01',
        citation: 'Or. Rev. Stat. § 646A.604(2)(a) (SB 684, 2019)',
        deadline: calendarDays(
          10,
          'discoveredAt',
          'as soon as is practicable but not later than 10 days after discovering a breach of security or having reason to believe that a breach of security occurred',
        ),
        notes: [
          'A vendor under contract with another vendor notifies that vendor, on the same terms (§ 646A.604(2)(b)).',
        ],
      },
    ],
    verification: {
      confidence: 'V',
      sources: [
        `${OR_CURRENT_TEXT}: (2)(a) "A vendor that discovers a breach of security or has reason to believe that a breach of security has occurred shall notify a covered entity with which the vendor has a contract as soon as is practicable but not later than 10 days after discovering the breach of security or having a reason to believe that the breach of security occurred."`,
        'https://law.onecle.com/oregon/646A-trade-regulation/646A.604.html (earlier text, (2): "shall notify the owner or licensor of the information of any breach of security immediately following discovery of such breach of security")',
        'https://law.justia.com/codes/oregon/2015/volume-14/chapter-646a/section-646a.604/ (2015 text, (2): "shall notify the other person after discovering a breach of security")',
        `${RESEARCH} us-or (V there: § 646A.604 text)`,
      ],
      unverified:
        'The SB 684 operative date (2020-01-01), the 2007-10-01 original date and the date of the 2015 wording are not read in the session laws.',
    },
    recipientName: 'the covered entity for which the vendor maintains the data',
  },
  {
    code: 'pa',
    citation: '73 P.S. § 2303(c)',
    versions: since(
      '2006-06-20',
      immediately('following discovery by the vendor (no period stated; read as immediately)'),
    ),
    verification: s(
      [
        'https://drexel.edu/it/security/policies-regulations/pa-laws/ (summary of the Act: "if personal information is maintained, stored, or managed by a vendor, and the vendor is breached, the vendor must immediately notify the data owner. The data owner will be responsible to make the determination and complete the reporting and consumer notification")',
        'https://legalclarity.org/pennsylvania-data-breach-notification-law-what-you-need-to-know ("the processor must immediately notify the data owner")',
        RESEARCH,
      ],
      `The words of § 2303(c) were not read; no period is written in either summary, so "immediately" is kept. ${SIXTH_PASS_UNREAD} ${SEVENTH_PASS_UNREAD}`,
    ),
  },
  {
    code: 'sc',
    citation: 'S.C. Code § 39-1-90(B)',
    versions: since('2009-07-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('south-carolina/content/title-title-39/chapter-chapter-1.json', 'https://law.justia.com/codes/south-carolina/title-39/chapter-1/section-39-1-90/')}: (B) "A person conducting business in this State and maintaining computerized data or other data that includes personal identifying information that the person does not own shall notify the owner or licensee of the information of a breach of the security of the data immediately following discovery, if the personal identifying information was, or is reasonably believed to have been, acquired by an unauthorized person"; "HISTORY: 2008 Act No. 190, Section 7.A, eff July 1, 2009; 2013 Act No. 15, Section 3, eff April 23, 2013"`,
        RESEARCH,
      ],
    },
  },
  {
    code: 'tn',
    citation: 'Tenn. Code § 47-18-2107(c)',
    versions: [
      { inForceFrom: '2005-07-01', deadline: immediately() },
      {
        // SB 2005 (2016) put the service provider under the same outer limit as the residents' notice. The clause is
        // read only in two secondary sources; "immediately" with a 45-day cap is never later than "immediately"
        // alone, and gives the reminder a due time.
        inForceFrom: '2016-07-01',
        citation: 'Tenn. Code § 47-18-2107(c) (SB 2005, 2016)',
        deadline: calendarDays(
          45,
          'discoveredAt',
          'immediately, but no later than 45 days from the discovery or notification of the breach',
        ),
      },
    ],
    verification: s(
      [
        'https://alstonprivacy.com/tennessee-updates-data-breach-statute-require-notice-14-days (SB 2005: "Service providers must report a breach to the organization for which they are processing the data within 45 days of discovery"; "The new law takes effect on July 1, 2016")',
        'https://csrps.com/privacy-regulations/tennesse/ ("Vendors should notify the data owner ... no later than 45 days from the discovery or notification of the breach")',
        RESEARCH,
      ],
      `The text of § 47-18-2107(c) as amended by SB 2005 was not read; the 45-day limit is from two secondary sources. ${SIXTH_PASS_UNREAD} ${SEVENTH_PASS_UNREAD}`,
    ),
  },
  {
    code: 'tx',
    citation: 'Tex. Bus. & Com. Code § 521.053(c)',
    versions: since('2009-04-01', immediately('immediately after discovering the breach')),
    verification: s([COMPILED_TABLE], SEVENTH_PASS_UNREAD),
  },
  {
    code: 'ut',
    citation: 'Utah Code § 13-44-202(3)',
    versions: since('2007-01-01', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${UT_TEXT_SOURCE}: (3)(a) "A person who maintains computerized data that includes personal information that the person does not own or license shall notify and cooperate with the owner or licensee of the information of any breach of system security immediately following the person's discovery of the breach if misuse of the personal information occurs or is reasonably likely to occur"`,
        RESEARCH,
      ],
      unverified:
        'Read in the version before SB 127 (2023). The misuse condition is left to the owner here (no judgment attached, the conservative reading).',
    },
  },
  {
    code: 'vt',
    citation: '9 V.S.A. § 2435(b)(2)',
    versions: since('2007-01-01', immediately('immediately, subject to a law-enforcement delay')),
    verification: {
      confidence: 'V',
      sources: [
        'https://legislature.vermont.gov/statutes/section/09/062/02435 (official text of 9 V.S.A. § 2435): (b)(2) "Any data collector that maintains or possesses computerized data containing personally identifiable information or login credentials that the data collector does not own or license ... shall notify the owner or licensee of the information of any security breach immediately following discovery of the breach, consistent with the legitimate needs of law enforcement"',
        'http://laws9.com/statutes/vermont/title-09/chapter-62/2435 (earlier text, same clause: "immediately following discovery of the breach")',
        COMPILED_TABLE,
      ],
      unverified:
        'The 2007-01-01 in-force date is not read in the session law. Seventh pass (issue 13): the official page as stored still reads "immediately following discovery of the breach" in (b)(2); no 2024 amendment of (b)(2) (a 14-day period said to come from H.711) was found in the text or in any source searched, so "immediately" is kept (it is the earlier reading in any case).',
    },
  },
  {
    code: 'va',
    citation: 'Va. Code § 18.2-186.6(D)',
    versions: since('2008-07-01', immediately('without unreasonable delay following discovery')),
    verification: v(
      [
        `${JUSTIA_MIRROR('virginia/content/title-title-182-crimes-and-offenses-generally/chapter-chapter-6-crimes-involving-fraud.json', 'https://law.justia.com/codes/virginia/title-18-2/chapter-6/section-18-2-186-6/')}: D. "An individual or entity that maintains computerized data that includes personal information that the individual or entity does not own or license shall notify the owner or licensee of the information of any breach of the security of the system without unreasonable delay following discovery of the breach of the security of the system"; history "2008, cc. 566, 801; 2017, cc. 419, 427; 2019, c. 484; 2020, c. 264"`,
        'https://help.forcepoint.com/dlp/10.1.0/policies_classifiers/E09EE777-F962-4013-83AC-357E3A08F1BF.html (Virginia SB 307 of 2008 in its words: the maintainer "shall notify the owner or licensee with information about any breach of the security of the system without unreasonable delay following discovery of the breach of the security of the system")',
        'https://www.recordinglaw.com/us-laws/data-privacy-laws/virginia-data-privacy-laws/data-breach-notification (third-party holders notify the owner "without unreasonable delay following discovery")',
        RESEARCH,
      ],
      "The 2008-07-01 in-force date of 2008 cc. 566, 801 is Virginia's usual date, not read in the acts.",
    ),
  },
  {
    code: 'wa',
    citation: 'Wash. Rev. Code § 19.255.010(2)',
    versions: since('2005-07-24', immediately()),
    verification: {
      confidence: 'V',
      sources: [
        `${JUSTIA_MIRROR('washington/content/title-title-19/chapter-chapter-19-255.json', 'https://law.justia.com/codes/washington/title-19/chapter-19-255/section-19-255-010/')}: (2) "Any person or business that maintains or possesses data that may include personal information that the person or business does not own or license shall notify the owner or licensee of the information of any breach of the security of the data immediately following discovery, if the personal information was, or is reasonably believed to have been, acquired by an unauthorized person"; "[2019 c 241 s 2; 2015 c 64 s 2; 2005 c 368 s 2.]"`,
        RESEARCH,
      ],
      unverified:
        'Read in the 2019 text; that (2) read the same from 2005-07-24 is assumed from the unchanged history of the clause.',
    },
  },
  {
    code: 'wv',
    citation: 'W. Va. Code § 46A-2A-102(c)',
    versions: since('2008-06-06', immediately('as soon as practicable following discovery')),
    verification: {
      confidence: 'V',
      sources: [
        `${WV_TEXT_SOURCE}: (c) "An individual or entity that maintains computerized data that includes personal information that the individual or entity does not own or license shall give notice to the owner or licensee of the information of any breach of the security of the system as soon as practicable following discovery"`,
        COMPILED_TABLE,
      ],
      unverified: 'In-force date (2008-06-06) not read in the session law.',
    },
  },
  {
    code: 'wi',
    citation: 'Wis. Stat. § 134.98(2)(bm)',
    versions: since('2006-03-31', immediately('as soon as practicable')),
    verification: s(
      [
        'https://www.recordinglaw.com/us-laws/data-privacy-laws/wisconsin-data-privacy-laws/data-breach-notification (a person storing personal information for another that learns of an unauthorized acquisition "must notify the data owner or licensee as soon as practicable")',
        RESEARCH,
      ],
      `Statute text not read; the 2006-03-31 in-force date is from memory. ${SEVENTH_PASS_UNREAD}`,
    ),
  },
  {
    code: 'wy',
    citation: 'Wyo. Stat. § 40-12-502(g)',
    versions: [
      {
        inForceFrom: '2007-07-01',
        deadline: noFixedPeriod(
          'as soon as practicable following the determination that personal identifying information was, or is reasonably believed to have been, acquired by an unauthorized person',
          'determinedAt',
        ),
        notes: [
          'The maintainer and the owner may agree which of them gives the notice; only one notice per breach is required (Perkins Coie summary of § 40-12-502(g)).',
        ],
      },
    ],
    verification: s(
      [
        'https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-wyoming.html (Third-Party Data Notification: "shall disclose to the Entity for which the information is maintained any breach of the security of the system as soon as practicable following the determination that PI was, or is reasonably believed to have been, acquired by an unauthorized person"; the two "may agree which Entity will provide any required notice, provided only a single notice for each breach of the security of the system shall be required")',
        RESEARCH,
      ],
      `The words of § 40-12-502(g) were read only as Perkins Coie restates them; "as soon as practicable" sets no period. ${SIXTH_PASS_UNREAD} ${SEVENTH_PASS_UNREAD}`,
    ),
  },
  {
    code: 'gu',
    citation: '9 Guam Code Ann. § 48.30(b)',
    versions: since('2009-07-01', immediately('as soon as practicable following discovery')),
    verification: m([RESEARCH], `${UNREAD} ${SIXTH_PASS_UNREAD}`),
  },
  {
    code: 'vi',
    citation: '14 V.I. Code § 2209(b)',
    versions: since('2005-10-17', immediately()),
    verification: m([RESEARCH], `${UNREAD} ${SIXTH_PASS_UNREAD}`),
  },
];

/** Jurisdictions whose maintainer clause was not found or not read: listed in the report, not encoded. */
export const SERVICE_PROVIDER_CLAUSES_NOT_ENCODED: readonly StateCode[] = ['pr', 'ri', 'sd'];

interface DataOfDay {
  data: RuleVersion['applies']['data'];
  encryptionSafeHarbor?: boolean;
}

/** The individual-notice rule's data scope in force from each of its versions. */
function individualScopes(code: StateCode): Array<{ from: string; scope: DataOfDay }> {
  const rule = US_STATE_RULES.find((r) => r.id === individualsId(code));
  if (!rule) throw new Error(`no individual-notice rule for ${code}`);
  return rule.versions.map((v) => ({
    from: v.inForceFrom,
    scope: { data: v.applies.data, encryptionSafeHarbor: v.applies.encryptionSafeHarbor },
  }));
}

const latestOnOrBefore = <T extends { from: string }>(items: T[], day: string): T | undefined =>
  [...items]
    .filter((i) => i.from <= day)
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);

/** One version per day on which either the clause or the statute's data definition changed. */
function versionsOf(clause: Clause): RuleVersion[] {
  const scopes = individualScopes(clause.code);
  const clauseVersions = clause.versions.map((v) => ({ ...v, from: v.inForceFrom }));
  const first = clauseVersions[0]?.from ?? '9999-12-31';
  const days = [
    ...new Set([...clauseVersions.map((v) => v.from), ...scopes.map((x) => x.from).filter((d) => d > first)]),
  ].sort();
  return days.map((day) => {
    const cv = latestOnOrBefore(clauseVersions, day);
    const scope = latestOnOrBefore(scopes, day) ?? scopes[0];
    if (!cv || !scope) throw new Error(`no clause or data scope for ${clause.code} on ${day}`);
    return {
      inForceFrom: day,
      ...(cv.citation ? { citation: cv.citation } : {}),
      applies: {
        entityTypes: ['data_maintainer'],
        ...(clause.excludedEntityTypes ? { excludedEntityTypes: clause.excludedEntityTypes } : {}),
        data: scope.scope.data,
        ...(scope.scope.encryptionSafeHarbor ? { encryptionSafeHarbor: true } : {}),
      },
      deadline: cv.deadline,
      ...(cv.notes ? { notes: cv.notes } : {}),
    };
  });
}

export const US_STATE_SERVICE_PROVIDER_RULES: Rule[] = [
  ...CLAUSES.map((clause) =>
    stateRule(clause.code, 'data_owner', {
      recipientName: clause.recipientName ?? 'the owner or licensee of the data',
      citation: clause.citation,
      versions: versionsOf(clause),
      verification: clause.verification,
    }),
  ),
  // ORS 646A.604(2)(c): the vendor also tells the Attorney General when more than 250 consumers are affected (or a
  // number it cannot determine), unless the covered entity has already done so. The code copies read place this at
  // (2)(c); (2)(b) is the notice to another vendor.
  stateRule('or', 'regulator', {
    suffix: 'vendor',
    recipientName: 'Oregon Attorney General (by the vendor, unless the covered entity has already notified)',
    citation: 'Or. Rev. Stat. § 646A.604(2)(c)',
    versions: versionsOf({
      code: 'or',
      citation: 'Or. Rev. Stat. § 646A.604(2)(c)',
      versions: [
        {
          inForceFrom: '2020-01-01',
          // (2)(c) states no period; the vendor's 10 days to the covered entity is the conservative stand-in.
          deadline: calendarDays(
            10,
            'discoveredAt',
            "no period stated; shown within the vendor's 10 days after discovery (the earlier reading)",
          ),
          notes: [
            'Also owed when the vendor cannot determine how many consumers are affected (§ 646A.604(2)(c)); not owed once the covered entity has notified the Attorney General.',
          ],
        },
      ],
      verification: { confidence: 'M', sources: [] },
    }).map((v) => ({ ...v, applies: { ...v.applies, thresholds: residentsOver(250) } })),
    verification: {
      confidence: 'V',
      sources: [
        `${OR_CURRENT_TEXT}: (2)(c) "A vendor shall notify the Attorney General in writing or electronically if the vendor was subject to a breach of security that involved the personal information of more than 250 consumers or a number of consumers that the vendor could not determine. This paragraph does not apply to the vendor if the covered entity described in paragraph (a) or (b) of this subsection has notified the Attorney General in accordance with the requirements of this section."`,
        `${RESEARCH} us-or ("vendor → AG if >250 (unless CE notified)")`,
      ],
      unverified:
        'The SB 684 operative date (2020-01-01) is not read in the session law; "consumers" is counted as Oregon residents (ORS 646A.602 not re-read).',
    },
  }),
];
