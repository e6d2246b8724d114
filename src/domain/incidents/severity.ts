import type { Severity } from './incident';

/**
 * What each severity means, said the same way wherever a person chooses one (the declare modal, `/incident help
 * open`). Each meaning fits Slack's 75 characters for an option's description. The checklist's length per
 * severity comes from the template (checklist/checklist.ts), not from here.
 */
export const SEVERITY_MEANINGS: Record<Severity, { name: string; meaning: string }> = {
  sev1: { name: 'Critical', meaning: 'Personal data confirmed taken or exposed; notices are likely.' },
  sev2: { name: 'High', meaning: 'Exposure likely, scope unknown: treat as notifiable until shown not.' },
  sev3: { name: 'Moderate', meaning: 'Limited or contained exposure; a notice is unlikely, not ruled out.' },
  sev4: { name: 'Low', meaning: 'Suspected or near miss: no sign data left your control.' },
};

/** "SEV2 · High": how a severity is named in a list to choose from. */
export function severityName(severity: Severity): string {
  return `${severity.toUpperCase()} · ${SEVERITY_MEANINGS[severity].name}`;
}
