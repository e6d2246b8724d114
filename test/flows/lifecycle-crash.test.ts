import { newIncident } from '../../src/domain/incidents/incident';
import { closed } from '../../src/domain/incidents/incident-lifecycle';
import { verifyChain } from '../../src/domain/timeline/hash-chain';
import { addChecklistItem } from '../../src/flows/add-checklist-item';
import { assignChecklistOwner } from '../../src/flows/assign-checklist-owner';
import { assignRole } from '../../src/flows/assign-role';
import { changeSeverity } from '../../src/flows/change-severity';
import type { Actor } from '../../src/flows/context';
import { markNotified } from '../../src/flows/mark-notified';
import { renameIncident } from '../../src/flows/rename-incident';
import { reopenIncident } from '../../src/flows/reopen-incident';
import { setIncidentStatus } from '../../src/flows/set-incident-status';
import { toggleChecklistItem } from '../../src/flows/toggle-checklist';
import { updateFacts } from '../../src/flows/update-facts';
import { record as record72h } from '../reminders/fixtures';
import { FlowHarness } from './flow-harness';

/**
 * Issue 12's lifecycle changes (severity, title, status, roles, reopen), the checklist's ticks, owners and added
 * items, notices marked given and facts changed, against a crash at every point of the act: the process is cut off after the
 * first n Redis commands (for every n up to the act's full run), then the person retries as they would after
 * a restarted bot. A change is never stored without its timeline entry (the legal record), the retry leaves
 * exactly one entry for it on an unbroken chain, and nobody is told of a change the timeline lacks.
 */
const h = new FlowHarness(`test-flow-lifecycle-crash-${process.pid}`);
afterAll(() => h.close());
beforeEach(() => h.wipe());

let channels = 0;

/** A fresh open incident in its own channel, opened by UALICE (who holds the commander's authority). */
async function freshIncident(): Promise<{ id: string; actor: Actor }> {
  channels += 1;
  const channel = { id: `C0CRASH${channels}`, name: `inc-crash-${channels}` };
  const incident = newIncident(
    await h.ctx.incidents.nextId(),
    {
      title: 'Laptop stolen',
      severity: 'sev3',
      regimes: [],
      drill: false,
      speed: 1,
      openedBy: 'UALICE',
      openedAt: h.now,
    },
    channel,
    'data-breach',
  );
  await h.ctx.incidents.create(incident);
  h.chat.channel(channel.id, ['UALICE', 'UBOB', 'UBOT']);
  return { id: incident.id, actor: { userId: 'UALICE', channelId: channel.id } };
}

interface Case {
  name: string;
  kind: string;
  /** Brings the fresh incident to where the change starts (closed, for a reopen). */
  setup?: (id: string) => Promise<void>;
  run: (actor: Actor) => Promise<unknown>;
  stored: (id: string) => Promise<boolean>;
  /** What the change shows once retried, beyond the record and the timeline. */
  shown?: (id: string) => void;
}

const record = async (id: string) => {
  const found = await h.ctx.incidents.get(id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

/** Facts and one GDPR regulator notice (72 hours), as the open stores them. */
async function gdprNotice(id: string): Promise<void> {
  await h.ctx.deadlines.update(id, () => ({
    facts: {
      discoveredAt: h.now.toISOString(),
      entityTypes: [],
      dataTypes: [],
      encrypted: false,
      affected: {},
      judgments: {},
    },
    factsUpdatedAt: h.now.toISOString(),
    factsUpdatedBy: 'UALICE',
    computedAt: h.now.toISOString(),
    obligations: [record72h('gdpr/regulator', h.now.toISOString(), 72 * 3600_000)],
  }));
}

/** The incident of a case's actor: the checklist flows name the incident their button belongs to. */
const incidentOf = async (actor: Actor) => {
  const found = await h.ctx.incidents.getByChannel(actor.channelId);
  if (!found) throw new Error(`no incident in ${actor.channelId}`);
  return found.id;
};

const cases: Case[] = [
  {
    name: 'severity',
    kind: 'severity_changed',
    run: (actor) => changeSeverity(h.ctx, actor, 'sev1'),
    stored: async (id) => (await record(id)).severity === 'sev1',
  },
  {
    name: 'title',
    kind: 'title_changed',
    run: (actor) => renameIncident(h.ctx, actor, 'Laptop stolen from a car'),
    stored: async (id) => (await record(id)).title === 'Laptop stolen from a car',
  },
  {
    name: 'status',
    kind: 'status_changed',
    run: (actor) => setIncidentStatus(h.ctx, actor, 'contained'),
    stored: async (id) => (await record(id)).phase === 'contained',
  },
  {
    name: 'role',
    kind: 'role_assigned',
    run: (actor) => assignRole(h.ctx, actor, 'legal', 'UBOB'),
    stored: async (id) => (await record(id)).roles.legal === 'UBOB',
  },
  {
    name: 'reopen',
    kind: 'reopened',
    setup: async (id) => {
      await gdprNotice(id);
      await h.ctx.incidents.update(id, (current) => closed(current, h.now).next);
    },
    // The reopen shown once retried: its notices' reminders back, the header open again.
    shown: (id) => {
      expect(h.reminders.scheduled.map((s) => s.incidentId)).toContain(id);
      expect(h.chat.calls).toContain('refreshHeader:open');
    },
    run: (actor) => reopenIncident(h.ctx, actor, 'Beacon seen again'),
    stored: async (id) => (await record(id)).status === 'open',
  },
  {
    name: 'checklist tick',
    kind: 'checklist_item',
    run: async (actor) =>
      toggleChecklistItem(h.ctx, actor, { incidentId: await incidentOf(actor), itemId: 'isolate-systems', to: 'done' }),
    stored: async (id) => (await h.ctx.incidents.getChecklist(id)).get('isolate-systems')?.done === true,
  },
  {
    name: 'checklist owner',
    kind: 'checklist_item',
    // Answered only once stored: a run that returns is one the person is told of.
    run: async (actor) => {
      const incidentId = await incidentOf(actor);
      await assignChecklistOwner(h.ctx, actor, { incidentId, itemId: 'isolate-systems', ownerId: 'UBOB' });
      return true;
    },
    stored: async (id) => (await h.ctx.incidents.getChecklistOwners(id)).get('isolate-systems') === 'UBOB',
  },
  {
    name: 'checklist item added',
    kind: 'checklist_item',
    run: async (actor) => {
      const incidentId = await incidentOf(actor);
      await addChecklistItem(h.ctx, actor, { incidentId, nistPhase: 'contain', text: 'Call the vendor' });
      return true;
    },
    // Added once, however often the person tries again.
    stored: async (id) => {
      const added = await h.ctx.incidents.getAddedChecklistItems(id);
      expect(added.length).toBeLessThanOrEqual(1);
      return added.length === 1;
    },
  },
  {
    name: 'notice marked given',
    kind: 'notice_done',
    setup: gdprNotice,
    run: (actor) => markNotified(h.ctx, actor, { regime: 'gdpr', recipient: 'regulator' }, { note: 'portal ref 7' }),
    stored: async (id) =>
      (await h.ctx.deadlines.get(id))?.obligations.find((o) => o.id === 'gdpr/regulator')?.doneAt != null,
  },
  {
    name: 'facts',
    kind: 'facts_changed',
    setup: gdprNotice,
    run: (actor) => updateFacts(h.ctx, actor, { dataTypes: ['name', 'ssn'], affected: { 'US-CA': 1200 } }),
    stored: async (id) => (await h.ctx.deadlines.get(id))?.facts.dataTypes.includes('ssn') === true,
  },
];

/** Whether the person (or the channel) was told the change is stored. */
function told(outcome: unknown): boolean {
  if (h.chat.announced.length > 0) return true;
  if (outcome && typeof outcome === 'object' && 'changed' in outcome) return outcome.changed === true;
  if (outcome && typeof outcome === 'object' && 'kind' in outcome) return outcome.kind === 'reopened';
  if (outcome && typeof outcome === 'object' && 'ok' in outcome) return outcome.ok === true;
  // assignRole answers with the incident only when the role is stored.
  return outcome !== undefined && outcome !== null;
}

describe.each(cases)('a $name change cut off after any Redis command', ({ kind, setup, run, stored, shown }) => {
  test('is stored with exactly one timeline entry once retried, and never shown stored without it', async () => {
    // How many commands a whole run sends: every cut point up to it is tried.
    const probe = await freshIncident();
    await setup?.(probe.id);
    h.countCommands();
    await run(probe.actor);
    const full = h.commandsSent;
    expect(full).toBeGreaterThan(1);

    for (let cut = 0; cut <= full; cut += 1) {
      const { id, actor } = await freshIncident();
      await setup?.(id);
      h.reset();
      h.crashAfter(cut);
      const outcome = await run(actor).catch(() => undefined);
      h.revive();
      const entriesAfterCrash = (await h.ctx.timeline.entries(id)).filter((e) => e.kind === kind);
      // The record never holds the change without its entry, whatever the cut point …
      expect({ cut, stored: await stored(id), entries: entriesAfterCrash.length }).toEqual({
        cut,
        stored: entriesAfterCrash.length === 1,
        entries: entriesAfterCrash.length,
      });
      // … and nobody is told of a change the timeline lacks.
      if (told(outcome)) expect({ cut, entries: entriesAfterCrash.length }).toEqual({ cut, entries: 1 });

      // The person runs the command again (the restarted bot answers).
      await run(actor);
      const entries = await h.ctx.timeline.entries(id);
      expect({ cut, stored: await stored(id), entries: entries.filter((e) => e.kind === kind).length }).toEqual({
        cut,
        stored: true,
        entries: 1,
      });
      expect(verifyChain(entries)).toEqual({ ok: true, entries: entries.length });
      shown?.(id);
    }
  });
});
