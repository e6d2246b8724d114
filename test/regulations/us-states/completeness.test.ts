import { CATALOG } from '../../../src/domain/regulations/catalog';
import { US_STATE_RULES } from '../../../src/domain/regulations/catalog/us-states';
import { US_JURISDICTIONS } from '../../../src/domain/regulations/jurisdictions';
import { type Deadline, deadlineAnchors } from '../../../src/domain/regulations/rule';

const ruleIds = new Set(US_STATE_RULES.map((r) => r.id));
/** A state notice may be counted from a federal one (New York and Illinois: after the HIPAA notice to HHS). */
const catalogIds = new Set(CATALOG.map((r) => r.id));

/** N.D. Cent. Code § 51-30-02: the AG is told of a breach "which exceeds two hundred fifty individuals". */
// Statutes counting "individuals" or "persons" rather than residents, read broadly: N.D. § 51-30-02; Ark.
// § 4-110-105(b)(2); HRS § 487N-2(f) ("more than one thousand persons at one time"); N.C.G.S. § 75-65(f);
// Tex. Bus. & Com. Code § 521.053(h).
const TOTAL_SCOPE = new Set([
  'us-nd/regulator',
  'us-ar/regulator',
  'us-hi/regulator',
  'us-hi/credit_bureaus',
  'us-nc/credit_bureaus',
  'us-tx/credit_bureaus',
]);

describe('US state catalog completeness', () => {
  it('covers the 54 jurisdictions: 50 states, DC, Puerto Rico, Guam, US Virgin Islands', () => {
    const covered = new Set(US_STATE_RULES.map((r) => r.jurisdiction));
    expect(US_JURISDICTIONS).toHaveLength(54);
    expect([...covered].sort()).toEqual([...US_JURISDICTIONS].sort());
  });

  it.each([...US_JURISDICTIONS])('%s has an individuals rule for its own residents', (code) => {
    const id = `us-${code.slice(3).toLowerCase()}/individuals`;
    const rule = US_STATE_RULES.find((r) => r.id === id);
    expect(rule).toBeDefined();
    expect(rule?.recipient).toBe('individuals');
    expect(rule?.jurisdiction).toBe(code);
    for (const v of rule?.versions ?? []) expect(v.applies.residentsOf).toBe(code);
  });

  it.each(US_STATE_RULES.map((r) => [r.id, r] as const))('%s is well formed', (id, rule) => {
    const suffix = rule.regime.slice(3);
    expect(rule.regime).toMatch(/^us-[a-z]{2}$/);
    expect(rule.jurisdiction).toBe(`US-${suffix.toUpperCase()}`);
    expect(id.startsWith(`${rule.regime}/${rule.recipient}`)).toBe(true);
    expect(rule.citation.length).toBeGreaterThan(5);
    expect(rule.recipientName.length).toBeGreaterThan(3);
    expect(rule.verification.sources.length).toBeGreaterThan(0);
    expect(rule.versions.length).toBeGreaterThan(0);
    const dates = rule.versions.map((v) => v.inForceFrom);
    for (const d of dates) {
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
    }
    expect([...dates].sort()).toEqual(dates);
    for (const v of rule.versions) {
      // Every state statute protects its own residents, and defines the data that triggers it.
      expect(v.applies.residentsOf).toBe(rule.jurisdiction);
      // A notice that copies a federal one to the state (HIPAA → HHS) reaches whatever the federal rule reaches.
      if (v.applies.entityTypes?.includes('hipaa_covered_entity')) expect(v.applies.data?.any).toBe(true);
      else {
        expect(v.applies.data?.any).toBeUndefined();
        expect((v.applies.data?.withName?.length ?? 0) + (v.applies.data?.standalone?.length ?? 0)).toBeGreaterThan(0);
      }
      for (const anchor of deadlineAnchors(v.deadline)) expect(catalogIds.has(anchor)).toBe(true);
      // State thresholds count the state's residents; a copy of the HHS notice follows HIPAA's count of everyone,
      // and a statute counting "individuals" rather than its residents is read as counting everyone affected.
      const federalCopy = deadlineAnchors(v.deadline).some((id) => id.startsWith('hipaa/'));
      const scope = federalCopy || TOTAL_SCOPE.has(id) ? 'total' : 'jurisdiction';
      for (const t of v.applies.thresholds ?? []) expect(t.scope).toBe(scope);
    }
  });

  it('versions of one rule start their clocks at the same instant, so no breach falls between two versions', () => {
    const clockStart = (d: Deadline): string => {
      if (d.kind === 'period' || d.kind === 'no_fixed_period') return d.from;
      if (d.kind === 'earliest_of') return d.deadlines[0] ? clockStart(d.deadlines[0]) : 'none';
      // A notice tied to another follows the version of that other notice's clock (as the engine selects it).
      const anchorId = d.kind === 'after_notice' ? d.afterRuleId : d.individualRuleId;
      const latest = US_STATE_RULES.find((r) => r.id === anchorId)?.versions.at(-1);
      return latest ? clockStart(latest.deadline) : 'none';
    };
    // Texas counted "as quickly as possible" from discovery until HB 4390 made it 60 days from determination;
    // a determination cannot precede discovery, so the two windows cannot both miss a breach.
    const allowed = new Set(['us-tx/individuals']);
    const mixed = US_STATE_RULES.filter((r) => new Set(r.versions.map((v) => clockStart(v.deadline))).size > 1).map(
      (r) => r.id,
    );
    expect(mixed.filter((id) => !allowed.has(id))).toEqual([]);
  });

  it('has unique rule ids', () => {
    expect(ruleIds.size).toBe(US_STATE_RULES.length);
  });
});
