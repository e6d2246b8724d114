import type { Facts } from './facts';
import type { Judgment } from './vocabulary';

/**
 * Judgments that recording `riskOfHarm: true` answers. A no-harm exception needs the organisation to determine
 * that harm (or misuse) is not likely: AS 45.48.010(c) "determines that there is not a reasonable likelihood that
 * harm ... has resulted or will result"; N.Y. Gen. Bus. Law § 899-aa(2)(a) "reasonably determines such exposure
 * will not likely result in misuse ... or financial harm ... or emotional harm". A team that has decided harm is
 * likely cannot rely on either, so the filing those exceptions create is not owed and the notices they would
 * excuse are. Only an unrecorded value is filled in: what the team records itself always wins.
 */
const ANSWERED_BY_HARM_LIKELY: ReadonlySet<Judgment> = new Set<Judgment>([
  'relyingOnNoHarmException',
  'inadvertentDisclosureNoHarm',
]);

/** The team's answer to `key`, or the one its `riskOfHarm` answer implies; undefined while undecided. */
export function judgmentValue(facts: Pick<Facts, 'judgments'>, key: Judgment): boolean | undefined {
  const recorded = facts.judgments[key];
  if (recorded !== undefined) return recorded;
  if (ANSWERED_BY_HARM_LIKELY.has(key) && facts.judgments.riskOfHarm === true) return false;
  return undefined;
}

/** Whether `judgmentValue` gave an implied answer rather than the team's own. */
export function isImpliedJudgment(facts: Pick<Facts, 'judgments'>, key: Judgment): boolean {
  return facts.judgments[key] === undefined && judgmentValue(facts, key) !== undefined;
}
