import type { Incident } from '../../domain/incidents/incident';
import { regimeLabel } from '../../domain/obligations/regime-label';
import type { RegimeExplanation } from '../../domain/regulations/regime-explanation';
import { MESSAGE_BUDGET } from './budget';

/** `/incident why <regime>` in words: each of the regime's notices, whether it applies, and what decides it. */
export function whyText(incident: Incident, explanation: RegimeExplanation): string {
  const { regime, named, rules } = explanation;
  const applying = rules.filter((r) => r.applies).length;
  const lines = [
    `*Why ${regimeLabel(regime)} (\`${regime}\`) ${applying > 0 ? 'applies' : 'does not apply'} to ${incident.id}*: ${applying} of ${rules.length} notice(s) listed.`,
  ];
  if (named) lines.push('Named with `--regimes` at open: its notices are listed whatever the facts say.');
  for (const rule of rules) {
    lines.push(
      `${rule.applies ? '✅' : '✖️'} \`${rule.ruleId}\` — ${rule.recipientName} (${rule.citation}): ${rule.applies ? 'applies' : 'does not apply'}`,
    );
    const reasons = rule.applies && rule.reasons.length > 0 ? ['Still open:', ...rule.reasons] : rule.reasons;
    for (const reason of reasons) lines.push(`    • ${reason}`);
  }
  lines.push('`/incident facts …` changes what decides it; `/incident help facts` lists the values.');
  const text = lines.join('\n');
  const limit = MESSAGE_BUDGET.totalText;
  return text.length <= limit ? text : `${text.slice(0, limit - 60)}\n… (cut: see \`/incident deadlines\`)`;
}
