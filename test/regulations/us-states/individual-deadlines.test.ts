import { US_JURISDICTIONS } from '../../../src/domain/regulations/jurisdictions';
import type { Trigger } from '../../../src/domain/regulations/vocabulary';
import { obligation, plusDays, stateFacts } from './state-facts';

/**
 * The outer limit for notice to residents, from each statute's words, for a breach discovered on 2 March 2026
 * with no other instant recorded (so every clock falls back to discovery). Jurisdictions not listed set no fixed
 * period ("most expedient time possible and without unreasonable delay" or similar).
 */
const FIXED: Record<string, { days: number; from: Trigger }> = {
  'US-AL': { days: 45, from: 'harmDeterminedAt' }, // § 8-38-5(b): 45 days after determining breach + substantial harm
  'US-AZ': { days: 45, from: 'determinedAt' }, // § 18-552(B): 45 days after the determination
  'US-CA': { days: 30, from: 'discoveredAt' }, // § 1798.82(a)(2) (SB 446): 30 calendar days of discovery
  'US-CO': { days: 30, from: 'determinedAt' }, // § 6-1-716(2): 30 days after determination
  'US-CT': { days: 60, from: 'discoveredAt' }, // § 36a-701b(b)(1): 60 days after discovery
  'US-DE': { days: 60, from: 'determinedAt' }, // § 12B-102(c): 60 days after determination
  'US-FL': { days: 30, from: 'discoveredAt' }, // § 501.171(4)(a): 30 days after determination or reason to believe (discovery)
  'US-IN': { days: 45, from: 'discoveredAt' }, // § 24-4.9-3-3: 45 days after discovery
  'US-LA': { days: 60, from: 'discoveredAt' }, // 51:3074(E): 60 days from discovery
  'US-ME': { days: 30, from: 'scopeIdentifiedAt' }, // § 1348(1): 30 days after awareness and scope
  'US-MD': { days: 45, from: 'discoveredAt' }, // § 14-3504(b)(3): 45 days after discovery
  'US-NM': { days: 45, from: 'discoveredAt' }, // § 57-12C-6: 45 calendar days following discovery
  'US-NY': { days: 30, from: 'discoveredAt' }, // § 899-aa(2): 30 days after discovery
  'US-OH': { days: 45, from: 'discoveredAt' }, // § 1349.19(B)(2): 45 days following discovery
  'US-OR': { days: 45, from: 'discoveredAt' }, // § 646A.604(3): 45 days after discovery
  'US-RI': { days: 45, from: 'scopeIdentifiedAt' }, // § 11-49.3-4: 45 days after confirmation and ability to ascertain
  'US-SD': { days: 60, from: 'discoveredAt' }, // § 22-40-20: 60 days from discovery
  'US-TN': { days: 45, from: 'discoveredAt' }, // § 47-18-2107(b): 45 days from discovery
  'US-TX': { days: 60, from: 'determinedAt' }, // § 521.053(b): 60th day after determination
  'US-VT': { days: 45, from: 'discoveredAt' }, // § 2435(b)(1): 45 days after discovery
  'US-WA': { days: 30, from: 'discoveredAt' }, // RCW 19.255.010: 30 calendar days after discovery
  'US-WI': { days: 45, from: 'discoveredAt' }, // § 134.98(3)(a): 45 days after learning of the acquisition
};

const DISCOVERED = '2026-03-02T14:00:00.000Z';

describe('individual notice deadlines (discovered 2026-03-02, nothing else recorded)', () => {
  it.each(Object.entries(FIXED))('%s: %o', (code, { days, from }) => {
    const o = obligation(
      stateFacts(code, { discoveredAt: DISCOVERED }),
      `us-${code.slice(3).toLowerCase()}/individuals`,
    );
    expect(o?.dueAt).toBe(plusDays(DISCOVERED, days));
    expect(o?.trigger.name).toBe(from);
    expect(o?.trigger.fallback).toBe(from !== 'discoveredAt');
  });

  it.each(US_JURISDICTIONS.filter((c) => !(c in FIXED)))('%s sets no fixed period', (code) => {
    const o = obligation(
      stateFacts(code, { discoveredAt: DISCOVERED }),
      `us-${code.slice(3).toLowerCase()}/individuals`,
    );
    expect(o).toBeDefined();
    expect(o?.dueAt).toBeNull();
  });

  it('counts from the recorded trigger instant when there is one (Texas: determination, not discovery)', () => {
    const determinedAt = '2026-03-10T09:00:00.000Z';
    const o = obligation(stateFacts('US-TX', { discoveredAt: DISCOVERED, determinedAt }), 'us-tx/individuals');
    expect(o?.dueAt).toBe(plusDays(determinedAt, 60));
    expect(o?.trigger).toEqual({ name: 'determinedAt', at: determinedAt, fallback: false });
  });

  it('Maine counts from scope identification once it is recorded', () => {
    const scopeIdentifiedAt = '2026-03-20T09:00:00.000Z';
    const o = obligation(stateFacts('US-ME', { discoveredAt: DISCOVERED, scopeIdentifiedAt }), 'us-me/individuals');
    expect(o?.dueAt).toBe(plusDays(scopeIdentifiedAt, 30));
  });
});

describe('what the statutes cover', () => {
  it('Indiana: an SSN alone is personal information; California needs a name with it', () => {
    const ssnOnly = { dataTypes: ['ssn' as const] };
    expect(obligation(stateFacts('US-IN', ssnOnly), 'us-in/individuals')).toBeDefined();
    expect(obligation(stateFacts('US-CA', ssnOnly), 'us-ca/individuals')).toBeUndefined();
  });

  it('encrypted data with the key kept is exempt', () => {
    expect(obligation(stateFacts('US-NY', { encrypted: true }), 'us-ny/individuals')).toBeUndefined();
  });

  it('residents of another jurisdiction do not trigger the statute', () => {
    expect(obligation(stateFacts('US-NY'), 'us-ca/individuals')).toBeUndefined();
  });

  it.each(['US-CA', 'US-IL', 'US-MN', 'US-NV', 'US-NY', 'US-TX', 'US-VI', 'US-ND', 'US-MA', 'US-PR'])(
    '%s has no harm threshold: a no-harm judgment does not remove the notice',
    (code) => {
      const o = obligation(
        stateFacts(code, { judgments: { riskOfHarm: false, informationBroker: true } }),
        `us-${code.slice(3).toLowerCase()}/individuals`,
      );
      expect(o).toBeDefined();
    },
  );

  it.each(['US-AL', 'US-CO', 'US-FL', 'US-NE', 'US-OR', 'US-WA', 'US-VT', 'US-DC'])(
    '%s excuses notice on a no-harm determination, and lists the condition until it is made',
    (code) => {
      const id = `us-${code.slice(3).toLowerCase()}/individuals`;
      expect(obligation(stateFacts(code, { judgments: { riskOfHarm: false } }), id)).toBeUndefined();
      const open = obligation(stateFacts(code, { judgments: {} }), id);
      expect(open?.notes.some((n) => n.includes('riskOfHarm'))).toBe(true);
    },
  );

  it('Georgia reaches only information brokers (and state data collectors)', () => {
    expect(
      obligation(stateFacts('US-GA', { judgments: { informationBroker: false } }), 'us-ga/individuals'),
    ).toBeUndefined();
    expect(obligation(stateFacts('US-GA'), 'us-ga/individuals')).toBeDefined();
  });
});
