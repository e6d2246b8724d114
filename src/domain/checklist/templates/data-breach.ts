import { type ChecklistTemplate, checklistTemplateSchema } from '../checklist';

/**
 * The breach response checklist. Phases follow NIST SP 800-61 Rev. 3 (April 2025), which maps incident
 * response onto the CSF 2.0 functions: Respond (RS.MA management, RS.AN analysis, RS.CO reporting and
 * communication, RS.MI mitigation) and Recover (RC.RP, RC.CO), with lessons learned fed back to Identify
 * (ID.IM). Items add the practice of large personal-data breaches (counsel-directed forensics for
 * privilege, regulator clocks, credit monitoring, call centres).
 *
 * `upTo` sets depth by severity: a sev4 gets the core items, a sev1 every item.
 */
export const dataBreachTemplate: ChecklistTemplate = checklistTemplateSchema.parse({
  id: 'data-breach',
  title: 'Breach response checklist',
  source: 'NIST SP 800-61 Rev. 3 (CSF 2.0 RS/RC); breach practice',
  items: [
    // Triage and declare: RS.MA-01 to RS.MA-05
    {
      id: 'assign-commander',
      phase: 'triage',
      upTo: 'sev4',
      text: 'Confirm the incident commander and a scribe',
      basis: 'NIST SP 800-61r3 RS.MA-01',
    },
    {
      id: 'record-discovery',
      phase: 'triage',
      upTo: 'sev4',
      text: 'Record when and how the breach was discovered (starts most legal clocks)',
      basis: 'GDPR Art. 33(1); 45 CFR 164.404(a)(2)',
    },
    {
      id: 'triage-severity',
      phase: 'triage',
      upTo: 'sev4',
      text: 'Triage: confirm it is a breach of personal data and set the severity',
      basis: 'NIST SP 800-61r3 RS.MA-02, RS.MA-03',
    },
    {
      id: 'brief-leadership',
      phase: 'triage',
      upTo: 'sev2',
      text: 'Brief executive leadership and the board contact',
      basis: 'NIST SP 800-61r3 RS.CO-02; SEC Reg. S-K Item 106(c)',
    },
    // Contain: RS.MI-01
    {
      id: 'isolate-systems',
      phase: 'contain',
      upTo: 'sev4',
      text: 'Isolate affected systems and accounts from the network',
      basis: 'NIST SP 800-61r3 RS.MI-01',
    },
    {
      id: 'rotate-credentials',
      phase: 'contain',
      upTo: 'sev4',
      text: 'Revoke and rotate exposed credentials, tokens and keys',
      basis: 'NIST SP 800-61r3 RS.MI-01',
    },
    {
      id: 'block-exfiltration',
      phase: 'contain',
      upTo: 'sev3',
      text: 'Block exfiltration paths (egress rules, C2 domains, cloud sharing links)',
      basis: 'NIST SP 800-61r3 RS.MI-01',
    },
    {
      id: 'confirm-containment',
      phase: 'contain',
      upTo: 'sev2',
      text: 'Confirm containment: no further attacker activity for an agreed window',
      basis: 'NIST SP 800-61r3 RS.MI-02',
    },
    // Preserve evidence: RS.AN-06 to RS.AN-08
    {
      id: 'preserve-images',
      phase: 'preserve',
      upTo: 'sev3',
      text: 'Take forensic images and memory captures before rebuilding anything',
      basis: 'NIST SP 800-61r3 RS.AN-07; NIST SP 800-86',
    },
    {
      id: 'preserve-logs',
      phase: 'preserve',
      upTo: 'sev4',
      text: 'Preserve logs (extend retention; export cloud and identity-provider logs)',
      basis: 'NIST SP 800-61r3 RS.AN-06',
    },
    {
      id: 'chain-of-custody',
      phase: 'preserve',
      upTo: 'sev2',
      text: 'Start the chain-of-custody record for all evidence',
      basis: 'NIST SP 800-61r3 RS.AN-07',
    },
    {
      id: 'legal-hold',
      phase: 'preserve',
      upTo: 'sev2',
      text: 'Issue a legal hold to the people and systems involved',
      basis: 'Fed. R. Civ. P. 37(e) duty to preserve',
    },
    // Engage outside parties: RS.CO
    {
      id: 'engage-counsel',
      phase: 'engage',
      upTo: 'sev3',
      text: 'Engage outside breach counsel',
      basis: 'Privilege over the investigation',
    },
    {
      id: 'engage-forensics',
      phase: 'engage',
      upTo: 'sev2',
      text: 'Engage a forensics firm through counsel',
      basis: 'Privilege (see In re Capital One, E.D. Va. 2020)',
    },
    {
      id: 'notify-insurer',
      phase: 'engage',
      upTo: 'sev2',
      text: 'Notify the cyber insurer within the policy notice period',
      basis: 'Policy notice conditions',
    },
    {
      id: 'contact-law-enforcement',
      phase: 'engage',
      upTo: 'sev2',
      text: 'Contact law enforcement (FBI field office / IC3) and record any delay request',
      basis: '45 CFR 164.412; state law-enforcement delay clauses',
    },
    // Scope: RS.AN-03, RS.AN-08
    {
      id: 'identify-data-types',
      phase: 'scope',
      upTo: 'sev4',
      text: 'Identify the data types taken (SSN, account numbers, health, credentials …)',
      basis: 'NIST SP 800-61r3 RS.AN-03; state definitions of personal information',
    },
    {
      id: 'count-records',
      phase: 'scope',
      upTo: 'sev3',
      text: 'Count the records and individuals affected',
      basis: 'NIST SP 800-61r3 RS.AN-08; notice thresholds',
    },
    {
      id: 'map-jurisdictions',
      phase: 'scope',
      upTo: 'sev3',
      text: 'Map affected individuals by state and country of residence',
      basis: 'Residence decides which laws apply',
    },
    {
      id: 'check-encryption',
      phase: 'scope',
      upTo: 'sev3',
      text: 'Establish whether the data was encrypted and whether keys were taken',
      basis: 'Encryption safe harbours in most statutes',
    },
    {
      id: 'record-facts',
      phase: 'scope',
      upTo: 'sev3',
      text: 'Enter the facts in breachbot (/incident facts …) so every clock is computed',
      basis: 'Deadline tracking',
    },
    // Notify: RS.CO-02, RS.CO-03
    {
      id: 'materiality-call',
      phase: 'notify',
      upTo: 'sev1',
      text: 'Make and record the materiality determination (SEC registrants)',
      basis: 'Form 8-K Item 1.05, Instruction 1',
    },
    {
      id: 'regulator-notices',
      phase: 'notify',
      upTo: 'sev3',
      text: 'File each regulator notice before its deadline (see /incident deadlines)',
      basis: 'NIST SP 800-61r3 RS.CO-02',
    },
    {
      id: 'individual-notices',
      phase: 'notify',
      upTo: 'sev3',
      text: 'Approve and send notices to individuals',
      basis: 'State breach statutes; GDPR Art. 34',
    },
    {
      id: 'ag-cra-notices',
      phase: 'notify',
      upTo: 'sev2',
      text: 'Send attorney-general and credit-bureau notices where thresholds are met',
      basis: 'State breach statutes',
    },
    {
      id: 'partner-notices',
      phase: 'notify',
      upTo: 'sev2',
      text: 'Notify contractual counterparties (investors, covered entities, card brands)',
      basis: 'Contracts; 45 CFR 164.410; agency servicing guides',
    },
    {
      id: 'public-statement',
      phase: 'notify',
      upTo: 'sev1',
      text: 'Prepare the public statement and media holding lines',
      basis: 'NIST SP 800-61r3 RS.CO-03; 45 CFR 164.406',
    },
    // Support: RC.CO
    {
      id: 'call-centre',
      phase: 'support',
      upTo: 'sev2',
      text: 'Stand up a call centre with scripts and an FAQ',
      basis: 'NIST SP 800-61r3 RC.CO-03',
    },
    {
      id: 'credit-monitoring',
      phase: 'support',
      upTo: 'sev2',
      text: 'Arrange credit monitoring and identity protection where SSNs were taken',
      // D.C.: § 28-3852.02 (D.C. Law 23-98, 2020), "identity theft protection services at no cost ... for a period of
      // not less than 18 months" where an SSN or TIN was taken (code.dccouncil.gov); (a-1) of § 28-3852 is the notice's content.
      basis: 'Conn. Gen. Stat. § 36a-701b(b)(2)(B); D.C. Code § 28-3852.02; Mass. G.L. c. 93H § 3A',
    },
    {
      id: 'customer-channels',
      phase: 'support',
      upTo: 'sev1',
      text: 'Warn customers about phishing that exploits the breach',
      basis: 'Breach practice',
    },
    // Recover: RC.RP
    {
      id: 'eradicate',
      phase: 'recover',
      upTo: 'sev4',
      text: 'Eradicate the attacker’s access and fix the root cause',
      basis: 'NIST SP 800-61r3 RS.MI-02, RC.RP-01',
    },
    {
      id: 'restore-verify',
      phase: 'recover',
      upTo: 'sev3',
      text: 'Restore from known-good backups and verify integrity',
      basis: 'NIST SP 800-61r3 RC.RP-03, RC.RP-05',
    },
    {
      id: 'heightened-monitoring',
      phase: 'recover',
      upTo: 'sev2',
      text: 'Keep heightened monitoring in place for re-entry',
      basis: 'NIST SP 800-61r3 DE.CM',
    },
    // Review: ID.IM
    {
      id: 'post-incident-review',
      phase: 'review',
      upTo: 'sev4',
      text: 'Hold the post-incident review and record lessons learned',
      basis: 'NIST SP 800-61r3 ID.IM-03',
    },
    {
      id: 'final-report',
      phase: 'review',
      upTo: 'sev3',
      text: 'Publish the final incident summary to the record',
      basis: 'NYDFS 23 NYCRR 500.17; GDPR Art. 33(5) breach register',
    },
    {
      id: 'track-actions',
      phase: 'review',
      upTo: 'sev2',
      text: 'Assign owners and dates to every improvement action',
      basis: 'NIST SP 800-61r3 ID.IM-04',
    },
  ],
});
