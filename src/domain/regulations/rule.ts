import type { DataType, EntityType, Judgment, Recipient, Trigger } from './vocabulary';

/**
 * The catalog's entry type. The catalog is data: one `Rule` per notice a law requires, with versions for
 * the dates a law changed. The engine (engine.ts) evaluates rules; it holds no law of its own.
 *
 * Owner: the deadline engine. State entries (catalog/us-states/*) use it as-is; a field a statute needs and
 * this type lacks is added here as an optional field and handled in the evaluator.
 */

/**
 * Holiday calendars for business days: federal ones, and a state's own for a state statute (time/state-holidays).
 * A state rule counted in business days uses `us-<state>`; the catalog tests hold every rule to it.
 */
export type BusinessDayCalendar =
  | 'us-federal'
  | 'br-national'
  | 'us-al'
  | 'us-ar'
  | 'us-ca'
  | 'us-ia'
  | 'us-il'
  | 'us-mn'
  | 'us-ny'
  | 'us-vt';

/** How long a clock runs. */
export type Period =
  | { unit: 'hours'; n: number }
  /**
   * Calendar days: the earlier of n × 24 hours from the trigger instant and the end of the n-th day after the
   * trigger's date in the jurisdiction's zones (time/period.ts).
   */
  | { unit: 'calendar_days'; n: number }
  /** Calendar months (NIS2/DORA "one month"): same day-of-month, clamped to the month's last day; read as days are. */
  | { unit: 'calendar_months'; n: number }
  /** Business days on a named holiday calendar, counted in `timeZone`, due at `dueLocalTime` on the last day. */
  | { unit: 'business_days'; n: number; calendar: BusinessDayCalendar; timeZone: string; dueLocalTime: string }
  /** "within N days after the end of the calendar year" of the trigger (HIPAA < 500). */
  | { unit: 'days_after_year_end'; n: number; timeZone: string };

export type Deadline =
  /** A fixed period from a trigger instant. */
  | { kind: 'period'; from: Trigger; period: Period; words: string }
  /** The law sets no fixed period ("most expedient time possible", "without undue delay"): dueAt is null. */
  | { kind: 'no_fixed_period'; from: Trigger; words: string }
  /**
   * Tied to the individual notice of the same jurisdiction (`individualRuleId`): before it, no later than it,
   * or N after it. Until `individualNoticeSentAt` is known, it is computed from that rule's own deadline.
   */
  | {
      kind: 'relative_to_individual_notice';
      individualRuleId: string;
      /** 'concurrent': at the same time as the individual notice (Pennsylvania, Montana, HIPAA's HHS notice). */
      relation: 'before' | 'no_later_than' | 'after' | 'concurrent';
      period?: Period;
      words: string;
    }
  /**
   * A follow-up counted from an earlier report of the same incident (NIS2 final report one month after the
   * incident notification; DORA's intermediate and final reports). Counted from `sentAt` once the facts record
   * it, and until then from the earlier rule's own due time (`afterRuleId`): the latest the earlier report may go.
   */
  | { kind: 'after_notice'; afterRuleId: string; sentAt: Trigger; period: Period; words: string }
  /**
   * Whichever of several deadlines comes first (Vermont's AG notice; Arkansas). With `skipIfBefore`, a
   * candidate that has already passed when that instant occurs is ignored: DORA's 24 hours from awareness
   * gives way to 4 hours from classification when classification comes after it (RTS 2025/301 Art 5(2)).
   */
  | { kind: 'earliest_of'; deadlines: Deadline[]; words: string; skipIfBefore?: Trigger };

/** The statute's definition of personal information. */
export interface DataScope {
  /** Any personal data at all triggers it (GDPR, most non-US regimes, HIPAA's PHI given `health`). */
  any?: boolean;
  /** Elements that count when combined with the person's name (first name or initial and last name). */
  withName?: DataType[];
  /** Elements that count on their own, without a name. */
  standalone?: DataType[];
  /**
   * What `withName` elements must be combined with; absent: ['name']. The GLBA guidance reads "name, address, or
   * telephone number"; the NAIC model "name, number, personal mark, or other identifier".
   */
  identifiers?: DataType[];
}

export interface Threshold {
  op: '>' | '>=' | '<';
  count: number;
  /** Count residents of the rule's jurisdiction, or everyone affected. */
  scope: 'jurisdiction' | 'total';
}

/**
 * A judgment a rule hinges on. Most rules apply when the team decides it is true (`riskOfHarm`: harm is likely)
 * and are dropped when it is false. A rule the judgment itself creates applies the other way round, `when: false`:
 * Florida's written no-harm determination, due to the Department of Legal Affairs within 30 days, exists only once
 * the team decides harm is not likely (Fla. Stat. § 501.171(4)(c)). Unrecorded, either kind is listed with `words`
 * as its condition. So that a judgment drops only what the law lets it drop, each rule carries the judgment only
 * if its own statute makes it depend on it (Florida's Department notice at 500 Floridians does not).
 */
export interface JudgmentCondition {
  key: Judgment;
  /** The condition under which the rule applies, in words. */
  words: string;
  /** The value of the judgment under which the rule applies; absent: true. */
  when?: boolean;
}

/** One way a regime can be triggered, for laws with alternatives (Singapore: significant harm OR 500 people). */
export interface Condition {
  thresholds?: Threshold[];
  judgment?: JudgmentCondition;
  /**
   * Holds when the rule's jurisdiction is among the facts' `domicile` (an insurer's state of domicile, a
   * producer's home state); open while `domicile` is not recorded.
   */
  domicile?: { words: string };
  /** The data this alternative needs (NAIC model: the 250-resident prong counts consumers' nonpublic information only). */
  data?: DataScope;
}

export interface Applicability {
  /** The organisation must be at least one of these. Absent: any organisation. */
  entityTypes?: EntityType[];
  /** Not listed when the organisation is any of these (SEC Item 1.05 before smaller reporting companies had to comply). */
  excludedEntityTypes?: EntityType[];
  /**
   * A status the law needs that the organisation may not have recorded (Australia: an APP entity). Unlike
   * `entityTypes`, an unrecorded status does not drop the obligation: it is listed with `words` as its condition.
   */
  presumedEntityTypes?: { types: EntityType[]; words: string };
  /** Listed only when the facts record these instants: events that may never happen (a ransom payment). */
  requiresFacts?: Trigger[];
  /** Applies when at least one alternative holds; evaluated after `thresholds` and `judgment`, which must also hold. */
  anyOf?: Condition[];
  /**
   * Where affected people must be: a jurisdiction code, 'EU_EEA' (EU, member states, IS, LI, NO), or 'ANY'.
   * Absent: applies wherever people are (sector regimes keyed on entity type).
   */
  residentsOf?: string;
  data?: DataScope;
  /** Exempt when all data was encrypted and the key not taken. */
  encryptionSafeHarbor?: boolean;
  thresholds?: Threshold[];
  /** A judgment the law hinges on; unknown → listed with `words` as its condition; decided otherwise than `when` → not listed. */
  judgment?: JudgmentCondition;
}

export interface RuleVersion {
  /**
   * First day (YYYY-MM-DD) this version applies to triggers on or after, compared with the trigger's date in the
   * jurisdiction's zones (time/jurisdiction-zones.ts); where the zones disagree, every matching version is read and
   * the earliest deadline kept.
   */
  inForceFrom: string;
  /** First day it no longer applies; absent: still in force. */
  inForceUntil?: string;
  applies: Applicability;
  deadline: Deadline;
  /** Overrides the rule's citation for this version (e.g. the amending act). */
  citation?: string;
  notes?: string[];
}

export interface Verification {
  /** V verified from the text; S secondary sources; M memory or unverified. */
  confidence: 'V' | 'S' | 'M';
  sources: string[];
  /**
   * Internal review note: what could not be verified and why ("not re-read in this pass", "from memory"). For
   * the catalog's maintainers only: it never reaches Slack or an export (users read `caveatOf`).
   */
  unverified?: string;
  /** A short caveat in plain words for users, added to the one the confidence mark gives (verification-caveat.ts). */
  userNote?: string;
}

export interface Rule {
  /** Obligation id: `<regime>/<recipient>[/<suffix>]`. */
  id: string;
  regime: string;
  /** The jurisdiction this obligation is reported under: 'US-CA', 'EU', 'US' (federal), 'GB'. */
  jurisdiction: string;
  recipient: Recipient;
  recipientName: string;
  citation: string;
  versions: RuleVersion[];
  verification: Verification;
  /** Regimes listed but not in force (CIRCIA before its final rule): shown, never given a due time. */
  pending?: string;
  /**
   * Whether, and how, a law-enforcement request to delay pauses this notice (facts `lawEnforcementDelay`). Every
   * catalog rule carries an explicit answer (catalog/law-enforcement-delay.ts fills it in by regime; the catalog
   * tests hold every rule to it); absent, a recorded delay is shown as not pausing the notice.
   */
  lawEnforcementDelay?: LawEnforcementTolling;
}

/**
 * Which requests pause a notice: any request; only a written one; or a written one or an oral one the
 * organisation documents at once in writing with the officer's name and agency (N.C. Gen. Stat. § 75-65(c)).
 */
export type LawEnforcementRequest = 'any' | 'written' | 'written_or_documented';

/** What the notice's deadline is once the delay ends (lifted, or its stated end reached). */
export type LawEnforcementResume =
  /**
   * "Shall be made after law enforcement determines notice no longer impedes": the notice's own deadline if it has
   * not yet passed, else at once (due the instant the delay ends). The conservative reading: the delay stops the
   * clock from running out while it lasts, and gives no time beyond it.
   */
  | { kind: 'at_end' }
  /**
   * A fixed period after the delay ends (Maine: 7 business days). `whileOriginalRuns` says what applies when the
   * delay ends before the notice's own deadline: 'earlier' of the two, or the 'original' deadline (Maryland).
   */
  | { kind: 'period'; period: Period; whileOriginalRuns: 'earlier' | 'original' };

export type LawEnforcementTolling =
  /** The law has no law-enforcement delay for this notice (GDPR), or it is not read as covering it. */
  | { kind: 'none'; citation: string; words: string; verification: Verification }
  | {
      kind: 'tolls';
      citation: string;
      verification: Verification;
      request: LawEnforcementRequest;
      /** Only a request from this authority pauses the notice (SEC: the US Attorney General); `pattern` is matched against the agency recorded. */
      authority?: { pattern: string; words: string };
      /**
       * The longest an oral request (or a written one that names no end) can hold the notice, from the request
       * (HIPAA: 30 days from the oral statement, 45 CFR 164.412(b)).
       */
      oralLimit?: Period;
      /** The longest the delay may run past the notice's own deadline (SEC Item 1.05(c): 30 days). */
      limitAfterDue?: Period;
      resume: LawEnforcementResume;
      /** What resumes it, in words, with its citation: shown on a paused obligation. */
      resumes: string;
    };

/** The ids of the rules a deadline counts from (its anchors), so a catalog can be checked for dangling ones. */
export function deadlineAnchors(deadline: Deadline): string[] {
  switch (deadline.kind) {
    case 'relative_to_individual_notice':
      return [deadline.individualRuleId];
    case 'after_notice':
      return [deadline.afterRuleId];
    case 'earliest_of':
      return deadline.deadlines.flatMap(deadlineAnchors);
    default:
      return [];
  }
}
