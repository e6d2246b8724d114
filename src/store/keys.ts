/**
 * The one place that names Redis keys. Keys of one incident share the hash tag `{<incidentId>}` so that
 * multi-key transactions on an incident work on Redis Cluster; global indexes have their own tags.
 *
 *   <prefix>:incident-seq                         string   (no longer written) the counter behind old ids INC-<n>
 *   <prefix>:{<id>}:incident                      string   JSON incident record (incidentSchema)
 *   <prefix>:{<id>}:checklist                     hash     itemId → JSON checklist item state
 *   <prefix>:{<id>}:checklist-owners              hash     itemId → Slack user id of the item's owner
 *   <prefix>:{<id>}:checklist-added               list     JSON checklist items the team added (ids added-<n>)
 *   <prefix>:{<id>}:timeline                      list     JSON timeline entries, append-only, hash-chained
 *   <prefix>:{<id>}:timeline-dedupe               hash     dedupe key (message, event, job) → timeline seq
 *   <prefix>:{<id>}:timeline-head                  string   JSON {seq, hash} of the last entry, written with it
 *   <prefix>:{<id>}:anchor                        string   JSON {ts, length, head_hash} of the incident's anchor message in Slack
 *   <prefix>:{<id>}:obligations                   string   JSON obligations with their status
 *   <prefix>:{<id>}:facts                         string   JSON facts the obligations were computed from (src/reminders)
 *   <prefix>:{<id>}:reminder-jobs                 set      ids of the incident's scheduled reminder digest jobs (jobs/reminders)
 *   <prefix>:{<id>}:reminder-deliveries           hash     digest (part) id → JSON delivery state (posting / posted);
 *                                                           `<digest>|parts` → JSON obligation ids per message
 *   <prefix>:{ch:<channelId>}:incident-id         string   channel → incident id
 *   <prefix>:{events}:seen:<eventKey>             string   delivery dedupe marker with TTL
 *   <prefix>:{requests}:signature:<signature>     string   replay marker of a signed request, TTL past Slack's 5-minute window
 *   <prefix>:{acts}:open:<id>                     string   JSON open act: intent and step results (openActSchema)
 *   <prefix>:{<id>}:act-lease[:<kind>]           string   token of the process running the incident's open (or close) act (PX)
 *   <prefix>:{acts}:pending                       zset     incident ids with an unfinished open → start time (ms)
 *   <prefix>:{acts}:close:<id>                    string   JSON close act (closeActSchema)
 *   <prefix>:{acts}:pending-close                 zset     incident ids with an unfinished close → start time (ms)
 *   <prefix>:{acts}:open-by:<dedupe key>          string   incident id of a person's open of a title (TTL)
 *   <prefix>:{acts}:stale-registers               zset     `<incident id>|<token>` of a change whose register is not yet drawn → when (ms)
 *   <prefix>:{acts}:channel-name:<name>           string   incident id a channel name is reserved for (TTL)
 *   <prefix>:{users}:names                        hash     Slack user id → display name (users.info), for exports
 *   <prefix>:{incidents}:open                     zset     ids of the open incidents → opened at (ms); App Home reads it
 *   <prefix>:{incidents}:open-indexed             string   set once the open index was built from a SCAN of the records
 *   <prefix>:{home}:viewers                       zset     user ids who opened the bot's Home tab → when (ms), 7 days
 *   {<prefix>:bull}:<queue>:*                     BullMQ   queues (BullMQ's own layout; one hash tag per prefix)
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  incident(id: string): string {
    return `${this.prefix}:{${id}}:incident`;
  }
  checklist(id: string): string {
    return `${this.prefix}:{${id}}:checklist`;
  }
  checklistAdded(id: string): string {
    return `${this.prefix}:{${id}}:checklist-added`;
  }
  checklistOwners(id: string): string {
    return `${this.prefix}:{${id}}:checklist-owners`;
  }
  timeline(id: string): string {
    return `${this.prefix}:{${id}}:timeline`;
  }
  timelineHead(id: string): string {
    return `${this.prefix}:{${id}}:timeline-head`;
  }
  timelineDedupe(id: string): string {
    return `${this.prefix}:{${id}}:timeline-dedupe`;
  }
  anchor(id: string): string {
    return `${this.prefix}:{${id}}:anchor`;
  }
  obligations(id: string): string {
    return `${this.prefix}:{${id}}:obligations`;
  }
  facts(id: string): string {
    return `${this.prefix}:{${id}}:facts`;
  }
  reminderJobs(id: string): string {
    return `${this.prefix}:{${id}}:reminder-jobs`;
  }
  reminderDeliveries(id: string): string {
    return `${this.prefix}:{${id}}:reminder-deliveries`;
  }
  channelIncident(channelId: string): string {
    return `${this.prefix}:{ch:${channelId}}:incident-id`;
  }
  userNames(): string {
    return `${this.prefix}:{users}:names`;
  }
  openIncidents(): string {
    return `${this.prefix}:{incidents}:open`;
  }
  openIncidentsIndexed(): string {
    return `${this.prefix}:{incidents}:open-indexed`;
  }
  homeViewers(): string {
    return `${this.prefix}:{home}:viewers`;
  }
  seen(eventKey: string): string {
    return `${this.prefix}:{events}:seen:${eventKey}`;
  }
  signatureSeen(signature: string): string {
    return `${this.prefix}:{requests}:signature:${signature}`;
  }
  openAct(id: string): string {
    return `${this.prefix}:{acts}:open:${id}`;
  }
  actLease(id: string, kind: 'open' | 'close' = 'open'): string {
    return `${this.prefix}:{${id}}:act-lease${kind === 'open' ? '' : `:${kind}`}`;
  }
  closeAct(id: string): string {
    return `${this.prefix}:{acts}:close:${id}`;
  }
  pendingCloses(): string {
    return `${this.prefix}:{acts}:pending-close`;
  }
  pendingActs(): string {
    return `${this.prefix}:{acts}:pending`;
  }
  staleRegisters(): string {
    return `${this.prefix}:{acts}:stale-registers`;
  }
  openBy(dedupeKey: string): string {
    return `${this.prefix}:{acts}:open-by:${dedupeKey}`;
  }
  channelNameReservation(name: string): string {
    return `${this.prefix}:{acts}:channel-name:${name}`;
  }
  /** BullMQ's own `prefix` option; its keys are `<this>:<queue>:…` and BullMQ adds the queue hash tag. */
  bullPrefix(): string {
    return `{${this.prefix}:bull}`;
  }
}
