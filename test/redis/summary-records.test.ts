import { Redis } from 'ioredis';
import { type Incident, newIncident } from '../../src/domain/incidents/incident';
import { DeadlineStore } from '../../src/store/deadline-store';
import { IncidentStore } from '../../src/store/incident-store';
import { CorruptRecordError } from '../../src/store/json-record';
import { RedisKeys } from '../../src/store/keys';
import { loadSummaryInput } from '../../src/store/summary-records';
import { TimelineStore } from '../../src/store/timeline-store';

/** The summary reads obligations through the store that writes them (real Redis), progress included. */
const prefix = `test-summary-records-${process.pid}-${Date.now()}`;
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const keys = new RedisKeys(prefix);
const deadlines = new DeadlineStore(redis, keys);
const sources = { incidents: new IncidentStore(redis, keys), timeline: new TimelineStore(redis, keys), deadlines };
const incidentOf = (id: string): Incident =>
  newIncident(
    id,
    {
      title: 'T',
      severity: 'sev2',
      regimes: [],
      drill: false,
      speed: 1,
      openedBy: 'U0L',
      openedAt: new Date('2026-11-29T09:00:00.000Z'),
    },
    { id: 'C0SUMMARY', name: 'inc-summary' },
    'data-breach',
  );
const readObligations = async (id: string) => (await loadSummaryInput(sources, incidentOf(id), new Date())).obligations;

afterAll(async () => {
  const found = await redis.keys(`${prefix}:*`);
  if (found.length) await redis.del(...found);
  await redis.quit();
});

const obligation = {
  id: 'gdpr/regulator',
  regime: 'gdpr',
  jurisdiction: 'EU',
  recipient: 'regulator' as const,
  recipientName: 'Supervisory authority',
  dueAt: '2026-12-02T08:30:00.000Z',
  deadline: '72 hours after becoming aware',
  citation: 'GDPR art. 33(1)',
  trigger: { name: 'discoveredAt' as const, at: '2026-11-29T08:30:00.000Z', fallback: true },
  notes: [],
};

const store = (id: string, progress: { doneAt: string | null; doneBy: string | null }) =>
  deadlines.update(id, () => ({
    facts: {
      discoveredAt: '2026-11-29T08:30:00.000Z',
      entityTypes: [],
      dataTypes: [],
      encrypted: false,
      affected: { EU: 40 },
      judgments: {},
    },
    factsUpdatedAt: '2026-11-29T09:00:00.000Z',
    factsUpdatedBy: 'U0L',
    computedAt: '2026-11-29T09:00:00.000Z',
    obligations: [{ ...obligation, ...progress, doneNote: progress.doneAt ? 'portal ref 1' : null, current: true }],
  }));

describe('stored obligations as the summary reads them (real Redis)', () => {
  test('no record means none computed', async () => {
    expect(await readObligations('INC-1')).toBeNull();
  });

  test('a notice marked done carries when and by whom', async () => {
    await store('INC-2', { doneAt: '2026-12-01T00:00:00.000Z', doneBy: 'U0L' });
    expect(await readObligations('INC-2')).toEqual([
      { ...obligation, doneAt: '2026-12-01T00:00:00.000Z', doneBy: 'U0L', doneNote: 'portal ref 1', current: true },
    ]);
  });

  test('an open notice has no done time', async () => {
    await store('INC-3', { doneAt: null, doneBy: null });
    expect(await readObligations('INC-3')).toEqual([
      { ...obligation, doneAt: null, doneBy: null, doneNote: null, current: true },
    ]);
  });

  test('a record that fails its schema is refused, not summarised', async () => {
    await store('INC-4', { doneAt: null, doneBy: null });
    await redis.set(
      keys.obligations('INC-4'),
      JSON.stringify({ version: 1, computedAt: 'yesterday', obligations: [] }),
    );
    await expect(readObligations('INC-4')).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
