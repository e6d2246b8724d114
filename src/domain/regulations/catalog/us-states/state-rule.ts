import type { UsJurisdiction } from '../../jurisdictions';
import type { Applicability, Deadline, Period, Rule, RuleVersion, Threshold, Verification } from '../../rule';
import type { DataType, EntityType, Recipient, Trigger } from '../../vocabulary';

/**
 * The shape every state entry shares. A state file states the law (recipient name, citation, versions with their
 * data scope, thresholds, judgments and deadlines); `stateRule` only derives what follows from the jurisdiction
 * code: the regime `us-xx`, the id `us-xx/<recipient>[/<suffix>]`, and `residentsOf` on every version, because
 * every state statute protects that state's residents and no one else.
 */

/** Lower-case code of a US jurisdiction: 'ca' for US-CA. */
export type StateCode = Lowercase<UsJurisdiction extends `US-${infer C}` ? C : never>;

/** A version as a state file writes it: `residentsOf` is always the state's own and is filled in. */
export type StateVersion = Omit<RuleVersion, 'applies'> & { applies: Omit<Applicability, 'residentsOf'> };

export interface StateRuleSpec {
  recipientName: string;
  citation: string;
  versions: StateVersion[];
  verification: Verification;
  /** Distinguishes two notices to the same kind of recipient (rare: Alaska's no-harm notice to the AG). */
  suffix?: string;
  /** Notes shown with every version (an exemption the facts cannot decide, e.g. a GLBA deemed-compliance clause). */
  notes?: string[];
}

export function stateRule(code: StateCode, recipient: Recipient, spec: StateRuleSpec): Rule {
  const jurisdiction = `US-${code.toUpperCase()}`;
  return {
    id: `us-${code}/${recipient}${spec.suffix ? `/${spec.suffix}` : ''}`,
    regime: `us-${code}`,
    jurisdiction,
    recipient,
    recipientName: spec.recipientName,
    citation: spec.citation,
    versions: spec.versions.map((v) => ({
      ...v,
      applies: { residentsOf: jurisdiction, ...v.applies },
      ...(spec.notes ? { notes: [...(v.notes ?? []), ...spec.notes] } : {}),
    })),
    verification: spec.verification,
  };
}

/** The id of a state's individual-notice rule, which regulator and bureau deadlines are tied to. */
export const individualsId = (code: StateCode): string => `us-${code}/individuals`;

// ---- personal-information elements ----

/**
 * The elements nearly every statute lists with a name (first name or initial and last name): SSN, driver's
 * licence or state ID number, and a financial account or payment card number "in combination with any required
 * security code, access code, or password". `payment_card` is listed because "any required" code is read, as
 * the conservative reading, to mean that a card number usable without a code counts by itself. A bare bank
 * account number (`financial_account`) is added only where a statute names it without a code.
 */
export const CORE_ELEMENTS: readonly DataType[] = [
  'ssn',
  'drivers_license',
  'state_id',
  'financial_account_with_access_code',
  'payment_card',
];

/** Government identity documents beyond the licence: passport, military ID, taxpayer ID. */
export const GOVERNMENT_IDS: readonly DataType[] = ['passport', 'military_id', 'tax_id'];

/** Medical and health-insurance information, as most post-2015 amendments add it. */
export const HEALTH: readonly DataType[] = ['health', 'health_insurance'];

// ---- deadlines ----

export const EXPEDIENT = 'in the most expedient time possible and without unreasonable delay';

export function calendarDays(n: number, from: Trigger, words: string): Deadline {
  return { kind: 'period', from, period: { unit: 'calendar_days', n }, words };
}

export function noFixedPeriod(words: string, from: Trigger = 'discoveredAt'): Deadline {
  return { kind: 'no_fixed_period', from, words };
}

export function tiedToIndividualNotice(
  code: StateCode,
  relation: 'before' | 'no_later_than' | 'after' | 'concurrent',
  words: string,
  period?: Period,
): Deadline {
  return {
    kind: 'relative_to_individual_notice',
    individualRuleId: individualsId(code),
    relation,
    words,
    ...(period ? { period } : {}),
  };
}

// ---- federal-law exemptions ----

/**
 * Entity types whose recorded status makes the organisation a "financial institution" subject to Title V of the
 * Gramm-Leach-Bliley Act (15 USC 6801-6809): banks and credit unions (the interagency guidelines and NCUA Part 748
 * implement § 6801(b) for them) and the non-bank financial institutions of the FTC Safeguards Rule (16 CFR 314).
 * Used as `excludedEntityTypes` only where a statute exempts anyone "subject to" the Act without further condition
 * (MCL § 445.72(8)(b); AS 45.48.040(c)); where an exemption also needs compliance or the Act's own procedures
 * (Va. Code § 18.2-186.6(G)), the notice stays listed with the exemption in a note, since the facts do not record it.
 * Insurance licensees and SEC Regulation S-P institutions are left out: not every one is sure to be under Title V.
 */
export const GLBA_FINANCIAL_INSTITUTIONS: EntityType[] = ['us_bank', 'credit_union', 'ftc_financial_institution'];

/**
 * Where each exemption note's words were read, by note. The note is what a person reads in Slack and the export;
 * its source (a mirror, a summary, "the statute was not read") is review material and stays here (issue 11: internal
 * notes never reach Slack).
 */
export const EXEMPTION_NOTE_SOURCES = new Map<string, string>();

/**
 * A GLBA exemption the catalog does not apply: its condition is one the facts cannot decide ("subject to and in
 * compliance with", "deemed in compliance" when following the Act's procedures), or it is known only from
 * summaries, so dropping the notice even for a recorded GLBA institution would rest on words not read. The notice
 * stays listed and the user is told (conservative). The words must not say the organisation's status is
 * unrecorded: a nonbank servicer records `ftc_financial_institution` and still sees these notes.
 */
export const glbaExemptionNote = (words: string, source: string): string => {
  const note = `${words} Not applied here (it turns on a fact not recorded, or on words not checked in the statute), so the notice is listed; check with counsel before relying on it.`;
  EXEMPTION_NOTE_SOURCES.set(note, source);
  return note;
};

// ---- thresholds and judgments ----

export const residentsOver = (count: number): Threshold[] => [{ op: '>', count, scope: 'jurisdiction' }];
export const residentsAtLeast = (count: number): Threshold[] => [{ op: '>=', count, scope: 'jurisdiction' }];

/** The statute excuses notice when the organisation determines misuse or harm is not reasonably likely. */
export const harmJudgment = (words: string): Applicability['judgment'] => ({ key: 'riskOfHarm', words });

/**
 * A HIPAA covered entity's copy to the state Attorney General of what it sends the Secretary of HHS: the
 * notice for 500 or more (45 CFR 164.408(b)) and the annual log for fewer (164.408(c)), each within `period`
 * of the HHS filing (N.Y. Gen. Bus. Law § 899-aa(9); 815 ILCS 530/50). Until `hhsNoticeSentAt` is recorded,
 * counted from the HHS rule's own due time, the latest the HHS filing may go.
 */
export function hhsNoticeCopies(
  code: StateCode,
  spec: {
    attorneyGeneral: string;
    citation: string;
    inForceFrom: string;
    period: Period;
    /** "within five business days", as the statute says it. */
    within: string;
    verification: Verification;
  },
): Rule[] {
  const applies = (threshold: Threshold): StateVersion['applies'] => ({
    entityTypes: ['hipaa_covered_entity'],
    // Any PHI, "including breach of information that is not 'private information'": whatever HIPAA reaches.
    data: { any: true },
    encryptionSafeHarbor: true,
    judgment: {
      key: 'hipaaBreach',
      words: 'this is a breach of unsecured PHI that the Secretary of HHS must be told of (45 CFR 164.402, 164.408)',
    },
    thresholds: [threshold],
  });
  const copy = (suffix: string, what: string, afterRuleId: string, threshold: Threshold, filing: string): Rule =>
    stateRule(code, 'regulator', {
      suffix,
      recipientName: `${spec.attorneyGeneral} (${what})`,
      citation: spec.citation,
      versions: [
        {
          inForceFrom: spec.inForceFrom,
          applies: applies(threshold),
          deadline: {
            kind: 'after_notice',
            afterRuleId,
            sentAt: 'hhsNoticeSentAt',
            period: spec.period,
            words: `${spec.within} of ${filing}`,
          },
        },
      ],
      verification: spec.verification,
    });
  return [
    copy(
      'hhs-notice-copy',
      'the notice given to the Secretary of HHS',
      'hipaa/regulator/500-or-more',
      { op: '>=', count: 500, scope: 'total' },
      'notifying the Secretary of HHS',
    ),
    copy(
      'hhs-annual-log-copy',
      'the annual breach log submitted to the Secretary of HHS',
      'hipaa/regulator/annual-log',
      { op: '<', count: 500, scope: 'total' },
      'submitting the annual log to the Secretary of HHS',
    ),
  ];
}
