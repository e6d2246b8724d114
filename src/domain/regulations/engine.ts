import { CATALOG } from './catalog';
import type { Facts } from './facts';
import { judgmentValue } from './judgment-implications';
import { EEA_NON_EU, EU_MEMBER_STATES } from './jurisdictions';
import type { Obligation } from './obligation';
import type {
  Applicability,
  Condition,
  DataScope,
  Deadline,
  LawEnforcementTolling,
  Period,
  Rule,
  RuleVersion,
  Threshold,
} from './rule';
import { civilDateInZone, civilDateKey } from './time/civil-date';
import { timeZonesOf } from './time/jurisdiction-zones';
import { periodDue } from './time/period';
import { caveatOf } from './verification-caveat';
import type { Trigger } from './vocabulary';

export { type ParseFactsResult, parseFacts } from './facts-parsing';

/**
 * The deadline engine: evaluates catalog rules against an incident's facts. It holds no law of its own; every
 * period, threshold and in-force date comes from the catalog, so a change in the law is a change in data.
 */

interface TriggerInstant {
  name: Trigger;
  at: Date;
  fallback: boolean;
}

interface Timing {
  dueAt: Date | null;
  trigger: TriggerInstant;
  words: string;
  notes: string[];
  /** Which reading of a day-counted period gave `dueAt` (time/period.ts), added to the deadline words. */
  reading?: string;
}

type Verdict = { kind: 'met' } | { kind: 'unmet' } | { kind: 'open'; conditions: string[] };

const MET: Verdict = { kind: 'met' };
const UNMET: Verdict = { kind: 'unmet' };

/** 'EU_EEA' in a rule, or 'EU' as an affected count, covers the member states and Iceland, Liechtenstein, Norway. */
const EU_EEA_CODES: ReadonlySet<string> = new Set(['EU', ...EU_MEMBER_STATES, 'EL', ...EEA_NON_EU]);

/** Deadlines anchored on other rules nest; a catalog cycle would otherwise recurse forever. */
const MAX_ANCHOR_DEPTH = 8;

class RuleEvaluation {
  private readonly rulesById: Map<string, Rule>;

  constructor(
    private readonly facts: Facts,
    catalog: readonly Rule[],
  ) {
    this.rulesById = new Map(catalog.map((rule) => [rule.id, rule]));
  }

  obligationFor(rule: Rule): Obligation | null {
    const selected = this.selectVersion(rule);
    if (!selected) return null;
    const { version } = selected;
    const verdict = this.applicability(rule, version.applies);
    if (verdict.kind === 'unmet') return null;

    const zones = timeZonesOf(rule.jurisdiction);
    const untolled = selected.timing ?? this.timing(version.deadline, 0, zones);
    const delay = this.lawEnforcementDelay(rule, untolled, zones);
    const timing = delay.timing;
    const notes: string[] = [...delay.notes];
    if (verdict.kind === 'open') notes.push(...verdict.conditions);
    notes.push(...(version.notes ?? []), ...timing.notes, ...selected.notes);
    if (timing.trigger.fallback) {
      notes.push(
        `${timing.trigger.name} not recorded: counted from discoveredAt, the earliest instant the incident records. Recompute once it is known.`,
      );
    }
    if (rule.pending) notes.push(`Not in force: ${rule.pending}`);

    return {
      id: rule.id,
      regime: rule.regime,
      jurisdiction: rule.jurisdiction,
      recipient: rule.recipient,
      recipientName: rule.recipientName,
      dueAt: rule.pending || !timing.dueAt ? null : timing.dueAt.toISOString(),
      deadline: `${timing.words}${timing.reading ? ` (${timing.reading})` : ''}${rule.pending ? ' (once in force)' : ''}`,
      citation: version.citation ?? rule.citation,
      trigger: { name: timing.trigger.name, at: timing.trigger.at.toISOString(), fallback: timing.trigger.fallback },
      notes,
      ...caveatField(rule.verification),
      ...(delay.tolled && !rule.pending ? { tolled: delay.tolled } : {}),
    };
  }

  // ---- law-enforcement delay ----

  /**
   * The notice's timing under the facts' law-enforcement delay, per the rule's own answer (rule.lawEnforcementDelay):
   * unchanged when no delay is recorded or it does not reach this notice (with a note saying why); otherwise paused
   * (dueAt null) until the delay's end is known, then moved as the rule says once it is.
   */
  private lawEnforcementDelay(
    rule: Rule,
    timing: Timing,
    zones: readonly string[],
  ): { timing: Timing; notes: string[]; tolled?: { until: string | null; resumes: string } } {
    const delay = this.facts.lawEnforcementDelay;
    if (!delay) return { timing, notes: [] };
    if (delay.notices !== 'all' && !delay.notices.includes(rule.regime) && !delay.notices.includes(rule.id)) {
      return { timing, notes: [] };
    }
    const asked = `Law enforcement (${delay.agency}) asked on ${delay.requestedAt} (${delay.form}) to delay notices`;
    const tolling: LawEnforcementTolling | undefined = rule.lawEnforcementDelay;
    if (!tolling)
      return { timing, notes: [`${asked}; no delay rule is recorded for this notice, so it is not paused.`] };
    if (tolling.kind === 'none') {
      return { timing, notes: [`${asked}; this notice is not paused: ${tolling.words} (${tolling.citation}).`] };
    }
    if (tolling.request === 'written' && delay.form === 'oral') {
      return {
        timing,
        notes: [`${asked}; an oral request does not pause this notice: ${tolling.citation} needs it in writing.`],
      };
    }
    if (tolling.authority && !new RegExp(tolling.authority.pattern, 'i').test(delay.agency)) {
      return {
        timing,
        notes: [`${asked}; only ${tolling.authority.words} can delay this notice (${tolling.citation}).`],
      };
    }
    const requested = new Date(delay.requestedAt);
    if (timing.dueAt && requested.getTime() > timing.dueAt.getTime()) {
      // A request made after the deadline cannot give back time that has already run out.
      return { timing, notes: [`${asked}, after this notice was due: it is not paused.`] };
    }
    const notes: string[] = [];
    if (tolling.request === 'written_or_documented' && delay.form === 'oral') {
      notes.push(
        `Oral request: it pauses this notice only if documented at once in writing with the officer's name and agency (${tolling.citation}).`,
      );
    }

    // The delay's end: lifted, the end the request states, and the law's own caps, whichever is first.
    const ends: { at: Date; why: string }[] = [];
    if (delay.liftedAt) ends.push({ at: new Date(delay.liftedAt), why: `lifted ${delay.liftedAt}` });
    if (delay.until) ends.push({ at: new Date(delay.until), why: `the request's stated end ${delay.until}` });
    if (tolling.oralLimit && (delay.form === 'oral' || !delay.until)) {
      const cap = periodDue(requested, tolling.oralLimit, zones).dueAt;
      ends.push({
        at: cap,
        why: `the longest ${delay.form === 'oral' ? 'an oral' : 'an open-ended'} request can hold it (${tolling.citation})`,
      });
    }
    if (tolling.limitAfterDue && timing.dueAt) {
      const cap = periodDue(timing.dueAt, tolling.limitAfterDue, zones).dueAt;
      ends.push({ at: cap, why: `the longest the delay may run past the deadline (${tolling.citation})` });
    }
    ends.sort((a, b) => a.at.getTime() - b.at.getTime());
    const end = ends[0];
    const lifted = delay.liftedAt !== undefined;

    if (!end) {
      return {
        timing: {
          ...timing,
          dueAt: null,
          words: `${timing.words}; paused at law enforcement's request: ${tolling.resumes}`,
        },
        notes: [...notes, `${asked}; paused until law enforcement says notice no longer impedes the investigation.`],
        tolled: { until: null, resumes: tolling.resumes },
      };
    }

    const resumed = this.resumeAfter(tolling, timing.dueAt, end.at, zones);
    notes.push(
      lifted
        ? `${asked}; delayed until ${end.at.toISOString()} (${end.why}); then due per ${tolling.citation}.`
        : `${asked}; paused until ${end.at.toISOString()} (${end.why}), then due per ${tolling.citation}; record --le-lifted if law enforcement lifts it earlier.`,
    );
    return {
      timing: {
        ...timing,
        dueAt: resumed,
        words: `${timing.words}; delayed at law enforcement's request until ${end.at.toISOString()}: ${tolling.resumes}`,
      },
      notes,
      ...(lifted ? {} : { tolled: { until: end.at.toISOString(), resumes: tolling.resumes } }),
    };
  }

  /** The due instant once a delay ends at `end`, from the notice's own due instant (null: no fixed period). */
  private resumeAfter(
    tolling: Extract<LawEnforcementTolling, { kind: 'tolls' }>,
    ownDue: Date | null,
    end: Date,
    zones: readonly string[],
  ): Date | null {
    if (tolling.resume.kind === 'at_end') {
      if (!ownDue) return null;
      return end.getTime() > ownDue.getTime() ? end : ownDue;
    }
    const after = periodDue(end, tolling.resume.period, zones).dueAt;
    if (!ownDue || end.getTime() >= ownDue.getTime()) return after;
    if (tolling.resume.whileOriginalRuns === 'original') return ownDue;
    return after.getTime() < ownDue.getTime() ? after : ownDue;
  }

  // ---- triggers and versions ----

  private triggerAt(name: Trigger): TriggerInstant {
    const given = this.facts[name];
    if (given !== undefined) return { name, at: new Date(given), fallback: false };
    return { name, at: new Date(this.facts.discoveredAt), fallback: name !== 'discoveredAt' };
  }

  /** The instant that decides which version of a rule is in force: the clock start of its deadline. */
  private versionTrigger(deadline: Deadline, depth: number): Trigger {
    switch (deadline.kind) {
      case 'period':
      case 'no_fixed_period':
        return deadline.from;
      case 'earliest_of':
        return deadline.deadlines[0] ? this.versionTrigger(deadline.deadlines[0], depth + 1) : 'discoveredAt';
      case 'relative_to_individual_notice':
      case 'after_notice': {
        // A notice tied to another one follows the law in force when that other notice's clock started.
        const anchorId = deadline.kind === 'after_notice' ? deadline.afterRuleId : deadline.individualRuleId;
        const anchor = this.rulesById.get(anchorId);
        const latest = anchor?.versions[anchor.versions.length - 1];
        if (!latest || depth >= MAX_ANCHOR_DEPTH) return 'discoveredAt';
        return this.versionTrigger(latest.deadline, depth + 1);
      }
    }
  }

  /**
   * The version in force on the date of its own trigger in the jurisdiction's zone. A version runs from
   * `inForceFrom` until its `inForceUntil` or the next version's `inForceFrom`, whichever is first. More than one
   * can match: when versions count from different instants (FHA: 12 h from detection before 2024-12-02, 36 h from
   * determination after), or when the jurisdiction's zones put the trigger on different dates; the earlier due
   * time is shown, as the conservative choice.
   */
  private selectVersion(rule: Rule, depth = 0): { version: RuleVersion; timing?: Timing; notes: string[] } | null {
    const zones = timeZonesOf(rule.jurisdiction);
    const versions = [...rule.versions].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
    const matching = versions.filter((version, index) => {
      const next = versions[index + 1];
      const ends = [version.inForceUntil, next?.inForceFrom].filter((d): d is string => d !== undefined);
      const until = ends.sort()[0];
      const at = this.triggerAt(this.versionTrigger(version.deadline, depth)).at;
      const days = zones.map((zone) => civilDateKey(civilDateInZone(at, zone)));
      return days.some((day) => day >= version.inForceFrom && (until === undefined || day < until));
    });
    const [only] = matching;
    if (!only) return null;
    if (matching.length === 1) return { version: only, notes: [] };

    const timed = matching.map((version) => ({ version, timing: this.timing(version.deadline, depth, zones) }));
    timed.sort((a, b) => compareDue(a.timing.dueAt, b.timing.dueAt));
    const [earliest] = timed as [(typeof timed)[number], ...typeof timed];
    return {
      version: earliest.version,
      timing: earliest.timing,
      notes: [
        `Versions in force from ${matching.map((v) => v.inForceFrom).join(' and ')} both reach this incident (their clocks start at different instants, or the jurisdiction's time zones put the trigger on different dates); the earlier deadline is shown.`,
      ],
    };
  }

  // ---- deadlines ----

  /** `zones`: the time zones of the jurisdiction whose rule this deadline belongs to, for day-counted periods. */
  private timing(deadline: Deadline, depth: number, zones: readonly string[]): Timing {
    if (depth > MAX_ANCHOR_DEPTH)
      throw new Error(`deadline anchors nest deeper than ${MAX_ANCHOR_DEPTH}: is there a cycle?`);
    switch (deadline.kind) {
      case 'period': {
        const trigger = this.triggerAt(deadline.from);
        const due = periodDue(trigger.at, deadline.period, zones);
        return {
          dueAt: due.dueAt,
          trigger,
          words: deadline.words,
          notes: [],
          ...(due.reading ? { reading: due.reading } : {}),
        };
      }
      case 'no_fixed_period':
        return { dueAt: null, trigger: this.triggerAt(deadline.from), words: deadline.words, notes: [] };
      case 'relative_to_individual_notice':
        return this.anchored(
          deadline.individualRuleId,
          'individualNoticeSentAt',
          deadline.relation,
          deadline.period,
          deadline.words,
          depth,
          zones,
        );
      case 'after_notice':
        return this.anchored(
          deadline.afterRuleId,
          deadline.sentAt,
          'after',
          deadline.period,
          deadline.words,
          depth,
          zones,
        );
      case 'earliest_of':
        return this.earliestOf(deadline, depth, zones);
    }
  }

  private earliestOf(
    deadline: Extract<Deadline, { kind: 'earliest_of' }>,
    depth: number,
    zones: readonly string[],
  ): Timing {
    const all = deadline.deadlines.map((d) => this.timing(d, depth + 1, zones));
    const skipAt = deadline.skipIfBefore ? this.triggerAt(deadline.skipIfBefore).at : null;
    const live = skipAt ? all.filter((t) => t.dueAt === null || t.dueAt.getTime() >= skipAt.getTime()) : all;
    const candidates = [...(live.length > 0 ? live : all)].sort((a, b) => compareDue(a.dueAt, b.dueAt));
    const [first] = candidates;
    if (!first) throw new Error(`earliest_of with no deadlines: "${deadline.words}"`);
    const notes = [...first.notes];
    if (all.length > 1) {
      const listed = all.map((t) => `${t.words}: ${t.dueAt ? t.dueAt.toISOString() : 'no fixed time'}`).join('; ');
      notes.push(`Earliest of: ${listed}.`);
    }
    if (live.length < all.length && skipAt) {
      notes.push(`A limit that had already passed when ${deadline.skipIfBefore} occurred is set aside.`);
    }
    return {
      dueAt: first.dueAt,
      trigger: first.trigger,
      words: deadline.words,
      notes,
      ...(first.reading ? { reading: first.reading } : {}),
    };
  }

  /**
   * A notice tied to another: counted from the other notice's sent time once the facts record it, and until
   * then from the other rule's own due time, the latest that notice may lawfully go out.
   */
  private anchored(
    anchorId: string,
    sentAt: Trigger,
    relation: 'before' | 'no_later_than' | 'after' | 'concurrent',
    period: Period | undefined,
    words: string,
    depth: number,
    zones: readonly string[],
  ): Timing {
    // The period after the other notice is counted on this rule's own days (its jurisdiction's zones).
    const shift = (base: Date): { dueAt: Date; reading?: string } =>
      relation === 'after' && period ? periodDue(base, period, zones) : { dueAt: base };
    const relationNote =
      relation === 'before'
        ? [
            'Must reach the recipient before that notice goes out: the time shown is the latest possible, not a safe target.',
          ]
        : [];

    // The anchor notice's own sent time (recorded when it is marked given) is the one the law means: with 54
    // states, one incident-wide `individualNoticeSentAt` cannot be every state's individual notice.
    const sent = this.facts.noticesSentAt?.[anchorId] ?? this.facts[sentAt];
    if (sent !== undefined) {
      const trigger: TriggerInstant = { name: sentAt, at: new Date(sent), fallback: false };
      const due = shift(trigger.at);
      return {
        dueAt: due.dueAt,
        trigger,
        words: `${words} (${sentAt} ${trigger.at.toISOString()})`,
        notes: relationNote,
        ...(due.reading ? { reading: due.reading } : {}),
      };
    }

    const anchor = this.rulesById.get(anchorId);
    const anchorVersion = anchor ? this.selectVersion(anchor, depth + 1) : null;
    if (!anchor || !anchorVersion) {
      return {
        dueAt: null,
        trigger: this.triggerAt('discoveredAt'),
        words: `${words}; no deadline for ${anchorId} applies to this incident, so none can be computed until ${sentAt} is recorded`,
        notes: relationNote,
      };
    }
    const anchorTiming =
      anchorVersion.timing ?? this.timing(anchorVersion.version.deadline, depth + 1, timeZonesOf(anchor.jurisdiction));
    if (!anchorTiming.dueAt) {
      return {
        dueAt: null,
        trigger: anchorTiming.trigger,
        words: `${words}; ${anchorId} has no fixed deadline (${anchorTiming.words}), so neither has this until ${sentAt} is recorded`,
        notes: relationNote,
      };
    }
    const due = shift(anchorTiming.dueAt);
    const reading = due.reading ?? anchorTiming.reading;
    return {
      dueAt: due.dueAt,
      trigger: anchorTiming.trigger,
      words: `${words}; until ${sentAt} is recorded, counted from the ${anchorId} deadline (${anchorTiming.words})`,
      notes: relationNote,
      ...(reading ? { reading } : {}),
    };
  }

  // ---- applicability ----

  private applicability(rule: Rule, applies: Applicability): Verdict {
    const facts = this.facts;
    if (applies.requiresFacts?.some((name) => facts[name] === undefined)) return UNMET;
    if (applies.entityTypes && !applies.entityTypes.some((t) => facts.entityTypes.includes(t))) return UNMET;
    if (applies.excludedEntityTypes?.some((t) => facts.entityTypes.includes(t))) return UNMET;
    if (applies.residentsOf && !this.hasResidents(applies.residentsOf)) return UNMET;
    if (applies.encryptionSafeHarbor && facts.encrypted) return UNMET;

    const verdicts = [
      this.presumedEntityType(applies.presumedEntityTypes),
      this.dataScope(applies.data),
      this.condition(rule, applies, { thresholds: applies.thresholds, judgment: applies.judgment }),
    ];
    if (applies.anyOf) verdicts.push(this.anyOf(rule, applies, applies.anyOf));
    return combine(verdicts);
  }

  private hasResidents(residentsOf: string): boolean {
    const affected = Object.entries(this.facts.affected);
    if (residentsOf === 'ANY') return affected.some(([, n]) => (n ?? 0) > 0);
    if (residentsOf === 'EU_EEA') return affected.some(([code, n]) => EU_EEA_CODES.has(code) && (n ?? 0) > 0);
    return (this.facts.affected[residentsOf as keyof Facts['affected']] ?? 0) > 0;
  }

  private presumedEntityType(presumed: Applicability['presumedEntityTypes']): Verdict {
    if (!presumed || presumed.types.some((t) => this.facts.entityTypes.includes(t))) return MET;
    return {
      kind: 'open',
      conditions: [
        `Only if the organisation is ${presumed.words} (entity type ${presumed.types.join(' or ')} not recorded).`,
      ],
    };
  }

  private dataScope(scope: DataScope | undefined): Verdict {
    if (!scope || scope.any) return MET;
    const taken = this.facts.dataTypes;
    if (taken.length === 0) {
      return {
        kind: 'open',
        conditions: [`Data types not recorded: applies only if the data taken includes ${describeScope(scope)}.`],
      };
    }
    const identifiers = scope.identifiers ?? ['name'];
    const withName =
      identifiers.some((i) => taken.includes(i)) && (scope.withName ?? []).some((t) => taken.includes(t));
    const standalone = (scope.standalone ?? []).some((t) => taken.includes(t));
    return withName || standalone ? MET : UNMET;
  }

  private condition(rule: Rule, applies: Applicability, condition: Condition): Verdict {
    const verdicts = (condition.thresholds ?? []).map((t) => this.threshold(rule, applies, t));
    if (condition.data) verdicts.push(this.dataScope(condition.data));
    if (condition.domicile) {
      const domicile = this.facts.domicile;
      if (domicile === undefined) {
        verdicts.push({
          kind: 'open',
          conditions: [`Only if ${rule.jurisdiction} is ${condition.domicile.words} ("domicile" not recorded).`],
        });
      } else if (!(domicile as readonly string[]).includes(rule.jurisdiction)) verdicts.push(UNMET);
    }
    if (condition.judgment) {
      const { key, words, when = true } = condition.judgment;
      const decided = judgmentValue(this.facts, key);
      if (decided === undefined) {
        const recorded = when ? 'not yet recorded' : `not yet recorded; applies once recorded as false`;
        verdicts.push({ kind: 'open', conditions: [`Only if ${words} (judgment "${key}" ${recorded}).`] });
      } else if (decided !== when) verdicts.push(UNMET);
    }
    return combine(verdicts);
  }

  private anyOf(rule: Rule, applies: Applicability, alternatives: Condition[]): Verdict {
    const verdicts = alternatives.map((c) => this.condition(rule, applies, c));
    if (verdicts.some((v) => v.kind === 'met')) return MET;
    const open = verdicts.filter((v): v is Extract<Verdict, { kind: 'open' }> => v.kind === 'open');
    if (open.length === 0) return UNMET;
    const alternativesText = open.map((v) =>
      v.conditions
        .join(' ')
        .replace(/^Only if /, '')
        .replace(/\.$/, ''),
    );
    return { kind: 'open', conditions: [`Only if any of: ${alternativesText.join('; or ')}.`] };
  }

  private threshold(rule: Rule, applies: Applicability, threshold: Threshold): Verdict {
    const counted = this.count(rule, applies, threshold);
    const words = describeThreshold(threshold, counted.where);
    if (counted.n === null) {
      return { kind: 'open', conditions: [`Only if ${words} (no affected counts recorded).`] };
    }
    const n = counted.n;
    const met =
      threshold.op === '>' ? n > threshold.count : threshold.op === '>=' ? n >= threshold.count : n < threshold.count;
    return met ? MET : UNMET;
  }

  /** Affected people counted for a threshold; null when the incident records no counts at all yet. */
  private count(rule: Rule, applies: Applicability, threshold: Threshold): { n: number | null; where: string } {
    const affected = Object.entries(this.facts.affected);
    if (threshold.scope === 'total') {
      return {
        n: affected.length === 0 ? null : affected.reduce((sum, [, n]) => sum + (n ?? 0), 0),
        where: 'in total',
      };
    }
    const code = applies.residentsOf && applies.residentsOf !== 'ANY' ? applies.residentsOf : rule.jurisdiction;
    if (affected.length === 0) return { n: null, where: `resident in ${code}` };
    if (code === 'EU_EEA' || code === 'EU') {
      const n = affected.filter(([c]) => EU_EEA_CODES.has(c)).reduce((sum, [, n]) => sum + (n ?? 0), 0);
      return { n, where: 'resident in the EU/EEA' };
    }
    return { n: this.facts.affected[code as keyof Facts['affected']] ?? 0, where: `resident in ${code}` };
  }
}

function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.some((v) => v.kind === 'unmet')) return UNMET;
  const conditions = verdicts.flatMap((v) => (v.kind === 'open' ? v.conditions : []));
  return conditions.length > 0 ? { kind: 'open', conditions } : MET;
}

function compareDue(a: Date | null, b: Date | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return a.getTime() - b.getTime();
}

function describeThreshold(threshold: Threshold, where: string): string {
  const op = threshold.op === '>' ? 'more than' : threshold.op === '>=' ? 'at least' : 'fewer than';
  return `${op} ${threshold.count} people affected ${where}`;
}

function describeScope(scope: DataScope): string {
  const parts: string[] = [];
  const identifiers = (scope.identifiers ?? ['name']).join(' or ');
  if (scope.withName?.length)
    parts.push(`${identifiers === 'name' ? 'a name' : identifiers} with one of: ${scope.withName.join(', ')}`);
  if (scope.standalone?.length) parts.push(`any of: ${scope.standalone.join(', ')}`);
  return parts.join('; or ') || 'personal information as the statute defines it';
}

/**
 * Every notification obligation the facts trigger, soonest first (obligations without a fixed due time last).
 * `catalog` replaces the built-in catalog (tests, what-if runs).
 */
export function computeObligations(facts: Facts, options: { catalog?: readonly Rule[] } = {}): Obligation[] {
  const catalog = options.catalog ?? CATALOG;
  const evaluation = new RuleEvaluation(facts, catalog);
  const obligations = catalog.map((rule) => evaluation.obligationFor(rule)).filter((o): o is Obligation => o !== null);
  return obligations.sort((a, b) => {
    if (a.dueAt !== b.dueAt) {
      if (a.dueAt === null) return 1;
      if (b.dueAt === null) return -1;
      return a.dueAt < b.dueAt ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The user-facing caveat of a rule, as an optional field (absent where the rule was read from its text). */
function caveatField(verification: Rule['verification']): { caveat?: string } {
  const caveat = caveatOf(verification);
  return caveat ? { caveat } : {};
}
