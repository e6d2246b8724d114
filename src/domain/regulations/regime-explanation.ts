import { CATALOG } from './catalog';
import { computeObligations } from './engine';
import type { Facts } from './facts';
import { isImpliedJudgment, judgmentValue } from './judgment-implications';
import { jurisdictionName } from './jurisdiction-names';
import {
  type Applicability,
  type Condition,
  type DataScope,
  deadlineAnchors,
  type Rule,
  type RuleVersion,
  type Threshold,
} from './rule';
import type { Trigger } from './vocabulary';
import { ENTITY_TYPE_LABELS, JUDGMENT_LABELS, TRIGGER_LABELS } from './vocabulary-labels';

/**
 * Why a regime does or does not apply to an incident, rule by rule, read from the rules' own applicability
 * conditions. Each condition is put to the engine on its own (the rule with only that condition), so the
 * explanation can never disagree with the deadlines: what the engine drops, this names, and the fact, entity
 * type or judgment that decides it.
 */
export interface RuleExplanation {
  ruleId: string;
  recipientName: string;
  citation: string;
  applies: boolean;
  /** Applies: the conditions still open. Does not apply: each condition that fails, with the facts it read. */
  reasons: string[];
}

export interface RegimeExplanation {
  regime: string;
  /** Named with `--regimes` at open: listed whatever the facts. */
  named: boolean;
  rules: RuleExplanation[];
}

/** The instant flag that records each trigger, for the "record it with" hints. */
export type TriggerFlags = Partial<Record<Trigger, string>>;

const ALWAYS: Pick<RuleVersion, 'inForceFrom'> = { inForceFrom: '0000-01-01' };

export function explainRegime(
  facts: Facts,
  regime: string,
  options: { named?: readonly string[]; triggerFlags?: TriggerFlags; catalog?: readonly Rule[] } = {},
): RegimeExplanation {
  const catalog = options.catalog ?? CATALOG;
  const listed = new Map(
    computeObligations(facts, { catalog })
      .filter((o) => o.regime === regime)
      .map((o) => [o.id, o]),
  );
  const flags = options.triggerFlags ?? {};
  const rules = catalog
    .filter((rule) => rule.regime === regime)
    .map((rule): RuleExplanation => {
      const base = { ruleId: rule.id, recipientName: rule.recipientName, citation: rule.citation };
      const obligation = listed.get(rule.id);
      if (obligation) {
        return { ...base, applies: true, reasons: obligation.notes.filter((n) => n.startsWith('Only if')) };
      }
      const version = versionInForce(facts, rule, catalog);
      if (!version) {
        const from = [...rule.versions].map((v) => v.inForceFrom).sort()[0];
        return {
          ...base,
          applies: false,
          reasons: [`No version of this rule is in force for the incident's dates (first in force ${from}).`],
        };
      }
      return { ...base, applies: false, reasons: failingConditions(facts, rule, version, catalog, flags) };
    });
  return { regime, named: options.named?.includes(regime) ?? false, rules };
}

/** Whether the engine lists `rule` with `applies` in place of its version's applicability, in force always. */
function holds(facts: Facts, rule: Rule, version: RuleVersion, applies: Applicability, catalog: readonly Rule[]) {
  const probe: Rule = { ...rule, versions: [{ ...version, ...ALWAYS, inForceUntil: undefined, applies }] };
  return computeObligations(facts, { catalog: [probe, ...anchorsOf(rule, catalog)] }).some((o) => o.id === rule.id);
}

/** The rules a rule's deadlines count from, transitively: all a probe needs besides itself (the engine is per rule). */
function anchorsOf(rule: Rule, catalog: readonly Rule[]): Rule[] {
  const byId = new Map(catalog.map((r) => [r.id, r]));
  const found = new Map<string, Rule>();
  const visit = (r: Rule) => {
    for (const id of r.versions.flatMap((v) => deadlineAnchors(v.deadline))) {
      const anchor = byId.get(id);
      if (anchor && anchor.id !== rule.id && !found.has(id)) {
        found.set(id, anchor);
        visit(anchor);
      }
    }
  };
  visit(rule);
  return [...found.values()];
}

/** The version the engine would read: the one listed when every version's conditions are lifted (marked by a note). */
function versionInForce(facts: Facts, rule: Rule, catalog: readonly Rule[]): RuleVersion | null {
  const others = anchorsOf(rule, catalog);
  const marker = (i: number) => `\u0000version ${i}`;
  const lifted: Rule = {
    ...rule,
    versions: rule.versions.map((v, i) => ({ ...v, applies: {}, notes: [...(v.notes ?? []), marker(i)] })),
  };
  const listed = computeObligations(facts, { catalog: [lifted, ...others] }).find((o) => o.id === rule.id);
  if (!listed) return null;
  const index = rule.versions.findIndex((_, i) => listed.notes.includes(marker(i)));
  return rule.versions[index] ?? null;
}

function failingConditions(
  facts: Facts,
  rule: Rule,
  version: RuleVersion,
  catalog: readonly Rule[],
  flags: TriggerFlags,
): string[] {
  const a = version.applies;
  const parts: { applies: Applicability; says: () => string }[] = [];
  if (a.requiresFacts) {
    const missing = a.requiresFacts.filter((t) => facts[t] === undefined);
    parts.push({
      applies: { requiresFacts: a.requiresFacts },
      says: () =>
        `Listed only once ${missing.map((t) => `${TRIGGER_LABELS[t]} (${flags[t] ? `\`--${flags[t]}\`` : t})`).join(' and ')} is recorded.`,
    });
  }
  if (a.entityTypes) {
    parts.push({
      applies: { entityTypes: a.entityTypes },
      says: () =>
        `Applies only to ${a.entityTypes?.map((t) => `${ENTITY_TYPE_LABELS[t]} (\`${t}\`)`).join(' or ')}; the incident records ${entityList(facts)}. Set with \`--entity\`.`,
    });
  }
  if (a.excludedEntityTypes) {
    parts.push({
      applies: { excludedEntityTypes: a.excludedEntityTypes },
      says: () =>
        `Not for ${a.excludedEntityTypes
          ?.filter((t) => facts.entityTypes.includes(t))
          .map((t) => `${ENTITY_TYPE_LABELS[t]} (\`${t}\`)`)
          .join(', ')}, which the incident records.`,
    });
  }
  if (a.residentsOf) {
    const where =
      a.residentsOf === 'ANY'
        ? 'anywhere'
        : a.residentsOf === 'EU_EEA'
          ? 'in the EU/EEA'
          : `in ${a.residentsOf} (${jurisdictionName(a.residentsOf)})`;
    parts.push({
      applies: { residentsOf: a.residentsOf },
      says: () =>
        `Needs people affected ${where}; the incident records ${affectedList(facts)}. Set with \`--affected\`.`,
    });
  }
  if (a.encryptionSafeHarbor) {
    parts.push({
      applies: { encryptionSafeHarbor: true },
      says: () => 'The data is recorded as encrypted (`--encrypted yes`), and this law exempts encrypted data.',
    });
  }
  if (a.data) {
    const data = a.data;
    parts.push({
      applies: { data },
      says: () =>
        `Needs ${scopeWords(data)}; the data recorded is ${listOr(facts.dataTypes, 'none')}. Set with \`--data\`.`,
    });
  }
  for (const threshold of a.thresholds ?? []) {
    parts.push({ applies: { thresholds: [threshold] }, says: () => thresholdWords(facts, rule, a, threshold) });
  }
  if (a.judgment) {
    const judgment = a.judgment;
    parts.push({ applies: { judgment }, says: () => judgmentWords(facts, judgment) });
  }
  if (a.anyOf) {
    const anyOf = a.anyOf;
    parts.push({
      applies: { anyOf, ...(a.residentsOf ? { residentsOf: a.residentsOf } : {}) },
      says: () =>
        `None of its alternatives holds: ${anyOf.map((c) => conditionWords(facts, rule, a, c)).join('; or ')}.`,
    });
  }
  const failing = parts.filter((p) => !holds(facts, rule, version, p.applies, catalog)).map((p) => p.says());
  return failing.length > 0
    ? failing
    : ['Its conditions hold only in combination the facts do not give (see its citation).'];
}

const listOr = (xs: readonly string[], none: string) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : none);
const entityList = (facts: Facts) => listOr(facts.entityTypes, 'no entity type');
function affectedList(facts: Facts): string {
  const entries = Object.entries(facts.affected);
  return entries.length ? entries.map(([c, n]) => `${c} ${n}`).join(', ') : 'no affected counts';
}

function scopeWords(scope: DataScope): string {
  if (scope.any) return 'any personal data';
  const out: string[] = [];
  const ids = (scope.identifiers ?? ['name']).join(' or ');
  if (scope.withName?.length) out.push(`${ids} with one of ${scope.withName.join(', ')}`);
  if (scope.standalone?.length) out.push(`any of ${scope.standalone.join(', ')} alone`);
  return out.join(', or ') || 'personal information as the statute defines it';
}

function thresholdWords(facts: Facts, rule: Rule, a: Applicability, t: Threshold): string {
  const op = t.op === '>' ? 'more than' : t.op === '>=' ? 'at least' : 'fewer than';
  const code =
    t.scope === 'total' ? null : a.residentsOf && a.residentsOf !== 'ANY' ? a.residentsOf : rule.jurisdiction;
  const counted =
    code === null
      ? Object.values(facts.affected).reduce((s, n) => s + (n ?? 0), 0)
      : (facts.affected[code as keyof Facts['affected']] ?? 0);
  return `Needs ${op} ${t.count.toLocaleString('en-US')} people affected ${code === null ? 'in total' : `in ${code}`}; the incident records ${counted.toLocaleString('en-US')}.`;
}

function judgmentWords(facts: Facts, j: NonNullable<Condition['judgment']>): string {
  const when = j.when ?? true;
  const recorded = judgmentValue(facts, j.key);
  const implied = isImpliedJudgment(facts, j.key) ? ' (implied by `riskOfHarm=yes`)' : '';
  return `Applies only if ${j.words} (\`${j.key}=${when ? 'yes' : 'no'}\`: ${JUDGMENT_LABELS[j.key]}); the team recorded \`${j.key}=${recorded === undefined ? 'undecided' : recorded ? 'yes' : 'no'}\`${implied}.`;
}

function conditionWords(facts: Facts, rule: Rule, a: Applicability, c: Condition): string {
  const out: string[] = [];
  for (const t of c.thresholds ?? []) out.push(thresholdWords(facts, rule, a, t).replace(/\.$/, ''));
  if (c.judgment) out.push(judgmentWords(facts, c.judgment).replace(/\.$/, ''));
  if (c.data) out.push(`needs ${scopeWords(c.data)}`);
  if (c.domicile) {
    out.push(
      `${rule.jurisdiction} is ${c.domicile.words} (domicile recorded: ${listOr(facts.domicile ?? [], 'none')}; \`--domicile\`)`,
    );
  }
  return out.join(' and ') || 'always';
}
