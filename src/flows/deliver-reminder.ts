import { type Incident, incidentClock } from '../domain/incidents/incident';
import { regimeLabel } from '../domain/obligations/regime-label';
import { type DigestItem, digestItems, digestPartId, type PlannedDigest } from '../domain/reminders/reminder-digest';
import { nextEscalation, type PlannedReminder } from '../domain/reminders/reminder-plan';
import type { BotLog } from '../runtime/log';
import type { DeadlineStore } from '../store/deadline-store';
import type { DeliveryLedger } from '../store/delivery-ledger';
import type { IncidentStore } from '../store/incident-store';
import type { TimelineStore } from '../store/timeline-store';
import { type DigestPost, PostFailure, type RegisterRefreshPort, type ReminderPostPort } from './ports/reminder-post';

export type DeliveryOutcome =
  /** `ts` of the first message posted now; `posts` how many messages this attempt posted. */
  | { outcome: 'posted'; ts: string; posts: number; reminders: number }
  | { outcome: 'already_posted'; ts: string | null }
  | { outcome: 'dropped'; reason: 'incident_closed' | 'incident_missing' | 'nothing_due' | 'escalations_capped' };

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  /** The escalations to schedule after this digest (for an escalation digest that was delivered). */
  next: PlannedReminder[];
}

export interface ReminderDeliveryDeps {
  incidents: IncidentStore;
  deadlines: DeadlineStore;
  ledger: DeliveryLedger;
  timeline: TimelineStore;
  poster: ReminderPostPort;
  log: BotLog;
  now: () => Date;
  /** REMINDER_ESCALATION_CAP: overdue escalations posted per obligation; the last says so. Absent: no cap. */
  escalationCap?: number;
  /** The pinned register, brought up to date at each digest's instant. Absent: left as the last act drew it. */
  register?: RegisterRefreshPort;
}

/**
 * Posts one reminder digest: every reminder of the incident due at that instant in one message (several when
 * they do not fit one), each message at most once, and only about what is still true: the incident open, each
 * obligation still listed, not done and still due when planned. Knows nothing of the queue; the worker calls it
 * and retries what it throws.
 *
 * Exactly once rests on the ledger, per message: the split into messages is fixed by the first attempt; for
 * each message "posting" is recorded before the post; an attempt that finds "posting" (a crash, a timeout, a
 * 5xx that may have posted) searches the channel for the message's id before posting again; a failure that
 * certainly posted nothing releases the mark.
 */
export async function deliverDigest(
  deps: ReminderDeliveryDeps,
  digest: PlannedDigest,
  attempt: number,
): Promise<DeliveryResult> {
  const { incidents, deadlines, ledger, poster, log } = deps;
  // Read together: a burst of digests waits on Redis once per digest here, not twice.
  const [incident, state] = await Promise.all([
    incidents.get(digest.incidentId),
    deadlines.obligations(digest.incidentId),
  ]);
  if (!incident) return dropped('incident_missing');
  if (incident.status !== 'open') return dropped('incident_closed');
  const clock = incidentClock(incident);
  const due = digestItems(digest, state?.obligations ?? [], clock);
  if (due.length === 0) return dropped('nothing_due');
  const items = digest.kind === 'escalations' ? await capEscalations(deps, digest.incidentId, due) : due;
  if (items.length === 0) return dropped('escalations_capped');
  // The escalation that reaches the cap is the obligation's last: no next one is planned after it.
  const next =
    digest.kind === 'escalations'
      ? items
          .filter((i) => i.finalOfCap === undefined)
          .map((i) => nextEscalation(digest.incidentId, i.obligation, i.reminder.n ?? 1, clock, deps.now()))
          .filter((r): r is PlannedReminder => r !== null)
      : [];

  const parts = await ledger.fixParts(
    digest.incidentId,
    digest.id,
    poster.split(incident, digest.kind, items, deps.now()),
  );
  const byObligation = new Map(items.map((i) => [i.obligation.id, i]));
  let first: string | null = null;
  let posts = 0;
  let reminders = 0;
  let earlier: string | null = null;
  for (const [index, ids] of parts.entries()) {
    const partItems = ids.map((id) => byObligation.get(id)).filter((i): i is DigestItem => i !== undefined);
    // Everything in this part was done or moved since the split was fixed: nothing to say.
    if (partItems.length === 0) continue;
    const post: DigestPost = {
      id: digestPartId(digest.id, index),
      digestId: digest.id,
      kind: digest.kind,
      items: partItems,
      part: index,
      parts: parts.length,
    };
    const result = await deliverPart(deps, incident, post, attempt);
    if (result.posted) {
      posts += 1;
      reminders += partItems.length;
      first ??= result.ts;
    } else earlier ??= result.ts;
  }
  await refreshRegister(deps, incident, digest);
  if (posts === 0) return { outcome: { outcome: 'already_posted', ts: earlier }, next };
  log.info('reminder_digest_posted', { incident: digest.incidentId, digest: digest.id, posts, reminders });
  return { outcome: { outcome: 'posted', ts: first ?? '', posts, reminders }, next };
}

/**
 * A digest's instant is when the register's counts change (a notice due now is overdue from this instant on; a
 * lead time brings one within 24 hours): the pinned register is re-rendered then, so it never says "0 overdue"
 * while the digest beside it says overdue. Drawn as of just after the instant (the job may run a hair early on
 * another host's clock), from the obligations as stored now. Best effort: a failure is logged and the next
 * digest or act draws it again; the digest itself is delivered either way. Also after a digest found already
 * posted: the attempt that posted it may have died before this step.
 */
async function refreshRegister(deps: ReminderDeliveryDeps, incident: Incident, digest: PlannedDigest): Promise<void> {
  if (!deps.register || !incident.registerMessageTs) return;
  try {
    let rendered = await deps.deadlines.obligations(incident.id);
    if (!rendered) return;
    const at = () => new Date(Math.max(deps.now().getTime(), Date.parse(digest.fireAt) + 1));
    await deps.register.refreshRegister(incident, rendered.obligations, at());
    // An act on a bot may have changed the obligations (and drawn the register) meanwhile: as the acts do
    // (showRegister), draw again until what is shown is the latest stored version.
    for (let pass = 0; pass < 3; pass += 1) {
      const latest = await deps.deadlines.obligations(incident.id);
      if (!latest || latest.version === rendered.version) break;
      rendered = latest;
      await deps.register.refreshRegister(incident, rendered.obligations, at());
    }
  } catch (error) {
    deps.log.warn('register_refresh_failed', { incident: incident.id, digest: digest.id, err: error });
  }
}

async function deliverPart(
  deps: ReminderDeliveryDeps,
  incident: Incident,
  post: DigestPost,
  attempt: number,
): Promise<{ posted: boolean; ts: string | null }> {
  const { ledger, poster, log } = deps;
  const previous = await ledger.beginPosting(incident.id, post.id, attempt, deps.now());
  if (previous?.state === 'posted') return { posted: false, ts: previous.ts };
  if (previous?.state === 'posting') {
    const ts = await poster.findReminderPost(incident.channelId, post.id, Date.parse(previous.since));
    if (ts) {
      await ledger.markPosted(incident.id, post.id, ts, deps.now(), escalationsIn(post));
      await record(deps, incident.id, post, ts);
      log.info('reminder_found_posted', { incident: incident.id, reminder: post.id });
      return { posted: false, ts };
    }
  }
  let ts: string;
  try {
    ts = await poster.postDigest(incident, post, deps.now());
  } catch (error) {
    if (error instanceof PostFailure && error.notPosted) await ledger.release(incident.id, post.id);
    log.warn('reminder_post_failed', {
      incident: incident.id,
      reminder: post.id,
      attempt,
      error: error instanceof PostFailure ? error.code : 'unknown',
    });
    throw error;
  }
  await ledger.markPosted(incident.id, post.id, ts, deps.now(), escalationsIn(post));
  await record(deps, incident.id, post, ts);
  const stopped = post.items.filter((i) => i.finalOfCap !== undefined).length;
  log.info('reminder_posted', {
    incident: incident.id,
    reminder: post.id,
    kind: post.kind,
    items: post.items.length,
    ...(stopped > 0 ? { escalations_stopped: stopped } : {}),
  });
  return { posted: true, ts };
}

/**
 * The escalations a message holds: each counts against REMINDER_ESCALATION_CAP for its own obligation, noted in
 * the ledger with the message's own "posted" mark (one write).
 */
function escalationsIn(post: DigestPost): string[] {
  return post.items.filter((i) => i.reminder.kind === 'overdue').map((i) => i.reminder.id);
}

/** One timeline entry per message, naming each reminder in it. No "time left" words: the record is permanent. */
async function record(deps: ReminderDeliveryDeps, incidentId: string, post: DigestPost, ts: string): Promise<void> {
  const names = post.items.map((i) => `${regimeLabel(i.obligation.regime)} ${i.obligation.id}`);
  const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
  await deps.timeline.append(incidentId, {
    kind: 'reminder_sent',
    actor: 'breachbot',
    at: deps.now().toISOString(),
    summary: `${post.kind === 'escalations' ? 'Overdue escalation' : 'Reminder'} posted for ${post.items.length} notice${post.items.length === 1 ? '' : 's'}: ${shown}`,
    data: {
      reminderId: post.id,
      ts,
      // The reminder ids follow from these (reminderId: obligation, kind, due time); the record stays small.
      kind: post.kind,
      obligations: post.items.map((i) => i.obligation.id),
      reminderKinds: post.items.map((i) =>
        i.reminder.kind === 'before'
          ? `before-${Math.round((i.reminder.leadMs ?? 0) / 60_000)}m`
          : i.reminder.kind === 'overdue'
            ? `overdue-${i.reminder.n ?? 1}`
            : 'due',
      ),
    },
    dedupeKey: `reminder:${post.id}`,
  });
}

/**
 * REMINDER_ESCALATION_CAP with digests: the cap is still counted per obligation, against the ledger's record of
 * that obligation's escalations posted in earlier digests (`noteEscalations`). An obligation at the cap is left
 * out of the digest; the one whose escalation reaches it is marked `finalOfCap`, and its line in the digest
 * says escalations stop.
 */
async function capEscalations(
  deps: ReminderDeliveryDeps,
  incidentId: string,
  items: readonly DigestItem[],
): Promise<DigestItem[]> {
  const cap = deps.escalationCap;
  if (cap === undefined) return [...items];
  const counts = await deps.ledger.escalationsPosted(
    incidentId,
    items.map((i) => i.reminder.id),
  );
  const kept: DigestItem[] = [];
  for (const item of items) {
    const before = counts.get(item.obligation.id) ?? 0;
    if (before >= cap) {
      deps.log.info('reminder_dropped', {
        incident: incidentId,
        reminder: item.reminder.id,
        reason: 'escalations_capped',
      });
      continue;
    }
    kept.push(before + 1 >= cap ? { ...item, finalOfCap: cap } : item);
  }
  return kept;
}

function dropped(reason: Extract<DeliveryOutcome, { outcome: 'dropped' }>['reason']): DeliveryResult {
  return { outcome: { outcome: 'dropped', reason }, next: [] };
}
