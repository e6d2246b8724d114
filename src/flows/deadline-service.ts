import type { FactsPatch } from '../../commands/incident/facts';
import type { Incident } from '../domain/incidents/incident';
import type { Facts } from '../domain/regulations/facts';
import type { Obligation } from '../domain/regulations/obligation';
import type { DataType, EntityType } from '../domain/regulations/vocabulary';
import type { DeadlineState, DeadlineStore } from '../store/deadline-store';
import { applyFactsPatch, describeFactsChange } from '../domain/obligations/facts-patch';
import { diffObligations, type ObligationDiff } from '../domain/obligations/obligation-diff';
import { markDone, mergeRecomputed, type NoticeTarget, type ObligationRecord } from '../domain/obligations/obligation-record';

/** The organisation's standing profile (ORG_ENTITY_TYPES, ORG_DATA_TYPES): part of every incident's facts. */
export interface OrgProfile {
  entityTypes: EntityType[];
  dataTypes: DataType[];
}

export interface DeadlineServiceOptions {
  /** Obligations for the facts, with the named regimes (`--regimes`) taken as applying. */
  compute: (facts: Facts, namedRegimes: readonly string[]) => Obligation[];
  /** Regime ids the catalog knows. */
  regimeIds: () => readonly string[];
  profile: OrgProfile;
}

export type FactsChangeResult = {
  before: DeadlineState;
  after: DeadlineState;
  /** What changed in the facts, in words; empty when the command changed nothing. */
  factsChanged: string[];
  diff: ObligationDiff;
};

export type NotifiedResult =
  | { ok: true; state: DeadlineState; marked: ObligationRecord[] }
  | { ok: false; reason: 'no_obligations' | 'unknown' | 'already_done'; open: ObligationRecord[]; matching: ObligationRecord[] };

/**
 * An incident's facts and notification obligations: computed at open, recomputed on every facts change,
 * marked done one notice at a time. Knows nothing of Slack or of how reminders are delivered.
 */
export class DeadlineService {
  constructor(
    readonly store: DeadlineStore,
    private readonly options: DeadlineServiceOptions,
  ) {}

  /** The named regimes the catalog does not know (an empty list when all are known). */
  unknownRegimes(named: readonly string[]): string[] {
    const known = new Set(this.options.regimeIds());
    return named.filter((r) => !known.has(r));
  }

  knownRegimes(): readonly string[] {
    return this.options.regimeIds();
  }

  /** The facts an incident starts with: its discovery time and the organisation's profile. */
  initialFacts(incident: Pick<Incident, 'discoveredAt'>): Facts {
    return {
      discoveredAt: incident.discoveredAt,
      entityTypes: [...this.options.profile.entityTypes],
      dataTypes: [...this.options.profile.dataTypes],
      encrypted: false,
      affected: {},
      judgments: {},
    };
  }

  /** Computes and stores the obligations at open. A second call (a retried open) keeps what is stored. */
  async begin(incident: Incident, actor: string, now: Date): Promise<DeadlineState> {
    const { after } = await this.store.update(incident.id, (current) => {
      if (current) return null;
      const facts = this.initialFacts(incident);
      return {
        facts,
        factsUpdatedAt: now.toISOString(),
        factsUpdatedBy: actor,
        computedAt: now.toISOString(),
        obligations: mergeRecomputed([], this.options.compute(facts, incident.regimes)),
      };
    });
    if (!after) throw new Error(`deadlines of ${incident.id} not stored`);
    return after;
  }

  async get(incident: Incident): Promise<DeadlineState | null> {
    return this.store.get(incident.id);
  }

  /** Applies a facts change, recomputes, stores both, and says what changed. */
  async applyFacts(incident: Incident, patch: FactsPatch, actor: string, now: Date): Promise<FactsChangeResult> {
    let factsChanged: string[] = [];
    const { before, after } = await this.store.update(incident.id, (current) => {
      const base = current ?? this.emptyState(incident, actor, now);
      const facts = applyFactsPatch(base.facts, patch, this.options.profile.entityTypes);
      factsChanged = describeFactsChange(base.facts, facts);
      if (current && factsChanged.length === 0) return null;
      return {
        facts,
        factsUpdatedAt: now.toISOString(),
        factsUpdatedBy: actor,
        computedAt: now.toISOString(),
        obligations: mergeRecomputed(base.obligations, this.options.compute(facts, incident.regimes)),
      };
    });
    if (!after) throw new Error(`deadlines of ${incident.id} not stored`);
    const previous = before ?? { ...after, obligations: [] };
    return { before: previous, after, factsChanged, diff: diffObligations(previous.obligations, after.obligations) };
  }

  /** Marks the open obligations of a regime (to one recipient, when named) as notified. */
  async markNotified(incident: Incident, target: NoticeTarget, by: string, at: Date, note?: string): Promise<NotifiedResult> {
    let refusal: Extract<NotifiedResult, { ok: false }> | null = null;
    let marked: ObligationRecord[] = [];
    const { after } = await this.store.update(incident.id, (current) => {
      refusal = null;
      if (!current) {
        refusal = { ok: false, reason: 'no_obligations', open: [], matching: [] };
        return null;
      }
      const result = markDone(current.obligations, target, { by, at, ...(note ? { note } : {}) });
      if (!result.ok) {
        refusal = { ok: false, reason: result.reason, matching: result.matching, open: current.obligations.filter((o) => o.current && o.doneAt === null) };
        return null;
      }
      marked = result.marked;
      return { ...current, obligations: result.records };
    });
    if (refusal) return refusal;
    if (!after) throw new Error(`deadlines of ${incident.id} not stored`);
    return { ok: true, state: after, marked };
  }

  private emptyState(incident: Incident, actor: string, now: Date): DeadlineState {
    return {
      version: 0,
      facts: this.initialFacts(incident),
      factsUpdatedAt: now.toISOString(),
      factsUpdatedBy: actor,
      computedAt: now.toISOString(),
      obligations: [],
    };
  }
}
