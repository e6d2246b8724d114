import { z } from 'zod';
import { instantSchema } from '../ids';
import { Refusal } from '../refusals';
import { type Facts, factsSchema, type LawEnforcementDelay, lawEnforcementDelaySchema } from '../regulations/facts';
import { jurisdictionCodeSchema } from '../regulations/jurisdiction-code';
import {
  dataTypeSchema,
  type EntityType,
  entityTypeSchema,
  judgmentSchema,
  triggerSchema,
} from '../regulations/vocabulary';

/** A change to the facts: only what was typed; `affected` counts replace that jurisdiction's count. */
export const factsPatchSchema = z.strictObject({
  dataTypes: z.array(dataTypeSchema).optional(),
  entityTypes: z.array(entityTypeSchema).optional(),
  affected: z.partialRecord(jurisdictionCodeSchema, z.number().int().nonnegative()).optional(),
  /** yes / no; null: undecided again (the judgment is forgotten and shown as an open condition). */
  judgments: z.partialRecord(judgmentSchema, z.boolean().nullable()).optional(),
  encrypted: z.boolean().optional(),
  instants: z.partialRecord(triggerSchema, instantSchema).optional(),
  /** Where the organisation is domiciled or licensed (NAIC insurance laws): replaces the recorded list. */
  domicile: z.array(jurisdictionCodeSchema).optional(),
  /**
   * Law enforcement's request to delay notices. With `agency`, a new request that replaces any recorded one
   * (`notices` defaults to all); without it, a change to the recorded one: its stated end, its scope, or its lift.
   */
  lawEnforcementDelay: lawEnforcementDelaySchema.partial().optional(),
});
export type FactsPatch = z.infer<typeof factsPatchSchema>;

/**
 * Applies a `/incident facts` change. Only what was typed changes:
 *   - `--data` replaces the data types (so a mistake can be corrected by typing the list again);
 *   - `--entity` replaces the incident's own entity types; the organisation's configured profile
 *     (ORG_ENTITY_TYPES) is always kept;
 *   - `--affected` sets the count of each jurisdiction named (0 takes one out), others are kept;
 *   - `--judgment` sets the judgments named (`undecided` forgets one), others are kept; instants set the clocks named;
 *   - `--domicile` replaces the states of domicile or home-state licence.
 * The result is checked with the facts schema.
 */
export function applyFactsPatch(facts: Facts, patch: FactsPatch, orgEntityTypes: readonly EntityType[]): Facts {
  const affected = { ...facts.affected, ...(patch.affected ?? {}) };
  for (const [code, n] of Object.entries(affected)) if (n === 0) delete affected[code as keyof typeof affected];
  const judgments: Facts['judgments'] = { ...facts.judgments };
  for (const [key, value] of Object.entries(patch.judgments ?? {})) {
    if (value === null) delete judgments[key as keyof typeof judgments];
    else judgments[key as keyof typeof judgments] = value;
  }
  return factsSchema.parse({
    ...facts,
    ...(patch.instants ?? {}),
    ...(patch.dataTypes ? { dataTypes: [...patch.dataTypes] } : {}),
    ...(patch.entityTypes ? { entityTypes: [...new Set([...orgEntityTypes, ...patch.entityTypes])] } : {}),
    ...(patch.encrypted !== undefined ? { encrypted: patch.encrypted } : {}),
    ...(patch.domicile ? { domicile: [...patch.domicile] } : {}),
    affected,
    judgments,
    ...lawEnforcementDelayAfter(facts.lawEnforcementDelay, patch.lawEnforcementDelay),
  });
}

/**
 * The recorded delay after a change. A change to a delay that is not recorded (a lift typed first), or one
 * that would make the record inconsistent (an end before the request), is refused: nothing changes and the
 * person is told why.
 */
function lawEnforcementDelayAfter(
  recorded: LawEnforcementDelay | undefined,
  patch: FactsPatch['lawEnforcementDelay'],
): { lawEnforcementDelay?: LawEnforcementDelay } {
  if (!patch) return recorded ? { lawEnforcementDelay: recorded } : {};
  if (patch.agency === undefined && !recorded) {
    throw new Refusal(
      'no_delay_recorded',
      'No law-enforcement delay is recorded for this incident, so there is nothing to change or lift. ' +
        'Record one with `--le-agency "<agency>" --le-form written|oral --le-requested <instant>`.',
    );
  }
  const merged = patch.agency !== undefined ? { notices: 'all' as const, ...patch } : { ...recorded, ...patch };
  const parsed = lawEnforcementDelaySchema.safeParse(merged);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new Refusal(
      'invalid_delay',
      `That law-enforcement delay cannot be recorded: ${problem?.path.join('.') || 'the delay'} ${problem?.message ?? 'is not valid'}. Nothing changed.`,
    );
  }
  const delay = parsed.data;
  const before = (instant: string | undefined) =>
    instant !== undefined && Date.parse(instant) < Date.parse(delay.requestedAt);
  if (before(delay.until) || before(delay.liftedAt)) {
    throw new Refusal(
      'invalid_delay',
      `That law-enforcement delay cannot be recorded: it would end before it was requested (${delay.requestedAt}). Nothing changed.`,
    );
  }
  return { lawEnforcementDelay: delay };
}

/** A recorded delay in words, for the channel and the timeline: the agency, never a person. */
export function describeLawEnforcementDelay(d: LawEnforcementDelay): string {
  const scope = d.notices === 'all' ? 'all notices' : d.notices.join(', ');
  const end = d.liftedAt ? `lifted ${d.liftedAt}` : d.until ? `until ${d.until}` : 'until lifted';
  return `${d.agency} (${d.form}, requested ${d.requestedAt}; ${scope}; ${end})`;
}

/** What changed between two facts, in words for the channel and the timeline: counts and names, nothing personal. */
export function describeFactsChange(before: Facts, after: Facts): string[] {
  const out: string[] = [];
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'none');
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!same(before.dataTypes, after.dataTypes)) out.push(`data types: ${list(after.dataTypes)}`);
  if (!same(before.entityTypes, after.entityTypes)) out.push(`entity types: ${list(after.entityTypes)}`);
  if (!same(before.domicile ?? [], after.domicile ?? [])) out.push(`domicile: ${list(after.domicile ?? [])}`);
  if (before.encrypted !== after.encrypted) out.push(`encrypted: ${after.encrypted ? 'yes' : 'no'}`);
  const codes = [...new Set([...Object.keys(before.affected), ...Object.keys(after.affected)])].sort();
  const counts = codes.flatMap((code) => {
    const b = before.affected[code as keyof Facts['affected']];
    const a = after.affected[code as keyof Facts['affected']];
    return a === b
      ? []
      : [`${code} ${(a ?? 0).toLocaleString('en-US')}${b === undefined ? '' : ` (was ${b.toLocaleString('en-US')})`}`];
  });
  if (counts.length) out.push(`affected: ${counts.join(', ')}`);
  const judgmentKeys = [...new Set([...Object.keys(before.judgments), ...Object.keys(after.judgments)])];
  const judgments = judgmentKeys.flatMap((k) => {
    const a = after.judgments[k as keyof Facts['judgments']];
    if (a === before.judgments[k as keyof Facts['judgments']]) return [];
    return [`${k}=${a === undefined ? 'undecided' : a ? 'yes' : 'no'}`];
  });
  if (judgments.length) out.push(`judgments: ${judgments.join(', ')}`);
  const instantKeys = Object.keys(after).filter(
    (k) => k.endsWith('At') && (after as Record<string, unknown>)[k] !== (before as Record<string, unknown>)[k],
  );
  for (const k of instantKeys) out.push(`${k}: ${String((after as Record<string, unknown>)[k])}`);
  const le = (f: Facts) => (f.lawEnforcementDelay ? describeLawEnforcementDelay(f.lawEnforcementDelay) : 'none');
  if (le(before) !== le(after)) out.push(`law-enforcement delay: ${le(after)}`);
  return out;
}

/**
 * Whether the patch changes anything in the facts, by the same words a change is told in. A form whose
 * picture is already the stored one (Slack delivering a submission twice, a double click) changes nothing.
 */
export function patchChangesFacts(facts: Facts, patch: FactsPatch, orgEntityTypes: readonly EntityType[]): boolean {
  return describeFactsChange(facts, applyFactsPatch(facts, patch, orgEntityTypes)).length > 0;
}
