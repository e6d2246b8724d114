import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { readRegister } from '../src/cli/register-command';
import { CHECKLIST_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../src/domain/checklist/templates';
import type { Incident } from '../src/domain/incidents/incident';
import type { ObligationRecord } from '../src/domain/obligations/obligation-record';
import { registerCsv } from '../src/domain/register/register-export';
import { buildIncidentSummary } from '../src/domain/summary/incident-summary';
import { summaryMarkdown } from '../src/domain/summary/markdown';
import { messageDecisionEntry, pinnedMessageEntry, typedDecisionEntry } from '../src/domain/timeline/decision-entry';
import type { TimelineEntryInput } from '../src/domain/timeline/timeline-entry';
import { connectRedis, DEFAULT_REDIS_URL } from '../src/store/connection';
import { DeadlineStore } from '../src/store/deadline-store';
import { IncidentStore } from '../src/store/incident-store';
import { RedisKeys } from '../src/store/keys';
import { loadSummaryInput } from '../src/store/summary-records';
import { TimelineStore } from '../src/store/timeline-store';

const ENTRIES = 10_000;
const OBLIGATIONS = 60;
const RUNS = Number(process.env.BENCH_SUMMARY_RUNS ?? 5);

/**
 * The summary of a large incident: 10,000 timeline entries (decisions typed and recorded from messages,
 * pinned messages, checklist ticks, reminders) and 60 obligations, stored in a real Redis under a
 * throw-away prefix. Measures reading + building + rendering the summary (median of 5), the register export
 * (read from Redis as `breachbot register` does, rows and CSV; median of 5), the Markdown's
 * size, and the Redis memory the incident takes (MEMORY USAGE over its keys, all samples).
 */
export async function runSummaryBench(): Promise<Record<string, number | string>> {
  const redis = connectRedis(process.env.REDIS_URL || DEFAULT_REDIS_URL);
  const prefix = `bench-summary-${process.pid}-${Date.now()}`;
  const keys = new RedisKeys(prefix);
  const store = new IncidentStore(redis, keys);
  const timeline = new TimelineStore(redis, keys);
  try {
    const openedAt = new Date('2026-11-29T10:00:00.000Z');
    const incident: Incident = {
      id: 'INC-1',
      title: 'Benchmark: customer database exposed',
      severity: 'sev1',
      status: 'open',
      drill: false,
      drillSpeed: 1,
      channelId: 'C0BENCH',
      channelName: 'inc-20261129-bench',
      openedBy: 'U0OPENER',
      openedAt: openedAt.toISOString(),
      discoveredAt: '2026-11-29T08:00:00.000Z',
      roles: { commander: 'U0OPENER', legal: 'U0LEGAL', comms: 'U0COMMS' },
      regimes: [],
      checklistTemplate: DEFAULT_TEMPLATE_ID,
      inviteFailures: [],
      // As an incident opened from Slack has (the opener's zone): the file writes its times there.
      timeZone: 'America/New_York',
    };
    await store.create(incident);
    const items = CHECKLIST_TEMPLATES.get(DEFAULT_TEMPLATE_ID)?.items ?? [];
    for (const item of items.slice(0, Math.floor(items.length / 2))) {
      await store.transitionChecklistItem(incident.id, item.id, {
        done: true,
        by: 'U0SCRIBE',
        at: openedAt.toISOString(),
      });
    }
    const deadlines = new DeadlineStore(redis, keys);
    await deadlines.update(incident.id, () => ({
      facts: {
        discoveredAt: incident.discoveredAt,
        entityTypes: [],
        dataTypes: ['name', 'ssn'],
        encrypted: false,
        affected: { 'US-CA': 1200 },
        judgments: {},
      },
      factsUpdatedAt: openedAt.toISOString(),
      factsUpdatedBy: 'U0OPENER',
      computedAt: openedAt.toISOString(),
      obligations: Array.from({ length: OBLIGATIONS }, (_, i) => obligation(i, openedAt)),
    }));

    const appendStart = performance.now();
    for (let i = 0; i < ENTRIES; i += 1) await timeline.append(incident.id, syntheticEntry(i, openedAt));
    const appendMs = performance.now() - appendStart;

    const runs: number[] = [];
    const cpuRuns: number[] = [];
    let markdown = '';
    let decisions = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const input = await loadSummaryInput(
        { incidents: store, timeline, deadlines },
        incident,
        new Date('2026-12-10T00:00:00.000Z'),
      );
      const summary = buildIncidentSummary(input);
      markdown = summaryMarkdown(summary);
      runs.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuRuns.push((used.user + used.system) / 1000);
      decisions = summary.decisions.length;
    }
    runs.sort((a, b) => a - b);
    cpuRuns.sort((a, b) => a - b);

    // The export of the same incident: read from Redis as `breachbot register` does, then the CSV.
    const exportRuns: number[] = [];
    let csvBytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      const register = await readRegister(redis, keys, incident.id, { zone: 'America/New_York', now: new Date() });
      const csv = registerCsv(register?.rows ?? [], 'America/New_York');
      exportRuns.push(performance.now() - start);
      csvBytes = Buffer.byteLength(csv, 'utf8');
    }
    exportRuns.sort((a, b) => a - b);

    const incidentKeys = await redis.keys(`${prefix}:*`);
    let memory = 0;
    for (const key of incidentKeys) memory += Number(await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0'));

    return {
      summary_timeline_entries: ENTRIES,
      summary_decisions: decisions,
      summary_obligations: OBLIGATIONS,
      summary_build_ms_median: round(runs[Math.floor(runs.length / 2)] ?? 0),
      summary_build_ms_max: round(runs[runs.length - 1] ?? 0),
      // CPU this process spent on it: on a shared machine, wall time also counts the waits for a core.
      summary_build_cpu_ms_median: round(cpuRuns[Math.floor(cpuRuns.length / 2)] ?? 0),
      summary_markdown_bytes: Buffer.byteLength(markdown, 'utf8'),
      // The file's bytes: a faster build must write the very same file.
      summary_markdown_sha256: createHash('sha256').update(markdown).digest('hex'),
      export_csv_ms_median: round(exportRuns[Math.floor(exportRuns.length / 2)] ?? 0),
      export_csv_ms_max: round(exportRuns[exportRuns.length - 1] ?? 0),
      export_csv_bytes: csvBytes,
      summary_redis_memory_bytes: memory,
      summary_redis_bytes_per_entry: round(memory / ENTRIES),
      timeline_append_ms_per_entry: round(appendMs / ENTRIES, 3),
    };
  } finally {
    const leftovers = await redis.keys(`${prefix}:*`);
    if (leftovers.length) await redis.del(...leftovers);
    await redis.quit();
  }
}

function syntheticEntry(i: number, openedAt: Date): TimelineEntryInput {
  const at = new Date(openedAt.getTime() + i * 60_000);
  const actor = `U0USER${i % 12}`;
  const words = `entry ${i}: containment of the affected database replica, vendor contacted, logs preserved under case ${1000 + i}`;
  const message = {
    channelId: 'C0BENCH',
    ts: `${Math.floor(at.getTime() / 1000)}.${String(i).padStart(6, '0')}`,
    author: actor,
    text: words,
    permalink: `https://example.slack.com/archives/C0BENCH/p${i}`,
  };
  switch (i % 5) {
    case 0:
      return typedDecisionEntry({ actor, at, text: `Decision ${words}` });
    case 1:
      return messageDecisionEntry({ recordedBy: actor, at, message });
    case 2:
      return pinnedMessageEntry({ pinnedBy: actor, at, message });
    case 3:
      return {
        kind: 'checklist_item',
        actor,
        at: at.toISOString(),
        summary: `Ticked: item ${i}`,
        data: { itemId: `item-${i}`, done: true },
      };
    default:
      return {
        kind: 'reminder_sent',
        actor: 'breachbot',
        at: at.toISOString(),
        summary: `Reminder: obligation ${i % OBLIGATIONS} due soon`,
        data: { obligationId: `reg-${i % OBLIGATIONS}/regulator` },
        dedupeKey: `reminder:${i}`,
      };
  }
}

function obligation(i: number, openedAt: Date): ObligationRecord {
  const dueAt = new Date(openedAt.getTime() + (24 + i * 12) * 3600_000).toISOString();
  return {
    id: `reg-${i}/regulator`,
    regime: `reg-${i}`,
    jurisdiction: 'US-CA',
    recipient: 'regulator',
    recipientName: 'Attorney General',
    dueAt,
    deadline: 'without unreasonable delay',
    citation: `Statute § ${i}`,
    trigger: { name: 'discoveredAt', at: openedAt.toISOString(), fallback: true },
    notes: [],
    doneAt: i % 3 === 0 ? dueAt : null,
    doneBy: i % 3 === 0 ? 'U0LEGAL' : null,
    doneNote: null,
    current: true,
  };
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

if (require.main === module) {
  runSummaryBench().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
