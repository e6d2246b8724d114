import { freshRecord, type ObligationRecord } from '../../src/domain/obligations/obligation-record';
import type { Obligation } from '../../src/domain/regulations/obligation';

/** An obligation whose clock started at `triggerAt` and runs `clockMs`. */
export function obligation(
  id: string,
  triggerAt: string,
  clockMs: number | null,
  extra: Partial<Obligation> = {},
): Obligation {
  const [regime = 'x', recipient = 'regulator'] = id.split('/');
  return {
    id,
    regime,
    jurisdiction: 'EU',
    recipient: recipient as Obligation['recipient'],
    recipientName: 'supervisory authority',
    dueAt: clockMs === null ? null : new Date(Date.parse(triggerAt) + clockMs).toISOString(),
    deadline: 'test clock',
    citation: 'Test Art 1',
    trigger: { name: 'discoveredAt', at: triggerAt, fallback: false },
    notes: [],
    ...extra,
  };
}

export function record(
  id: string,
  triggerAt: string,
  clockMs: number | null,
  extra: Partial<Obligation> = {},
): ObligationRecord {
  return freshRecord(obligation(id, triggerAt, clockMs, extra));
}
