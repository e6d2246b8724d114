/**
 * The one place that names Redis keys. Keys of one incident share the hash tag `{<incidentId>}` so that
 * multi-key transactions on an incident work on Redis Cluster; global indexes have their own tags.
 *
 *   <prefix>:incident-seq                         string   INCR counter behind incident ids (INC-<n>)
 *   <prefix>:{<id>}:incident                      string   JSON incident record (incidentSchema)
 *   <prefix>:{<id>}:checklist                     hash     itemId → JSON checklist item state
 *   <prefix>:{<id>}:checklist-owners              hash     itemId → Slack user id of the item's owner
 *   <prefix>:{<id>}:checklist-added               list     JSON checklist items the team added (ids added-<n>)
 *   <prefix>:{<id>}:timeline                      list     JSON timeline entries, append-only, hash-chained
 *   <prefix>:{<id>}:timeline-dedupe               hash     dedupe key (message, event, job) → timeline seq
 *   <prefix>:{<id>}:timeline-head                  string   JSON {seq, hash} of the last entry, written with it
 *   <prefix>:{<id>}:obligations                   string   JSON obligations with their status
 *   <prefix>:{<id>}:facts                         string   JSON facts the obligations were computed from (src/reminders)
 *   <prefix>:{<id>}:reminder-jobs                 set      ids of the incident's scheduled reminder jobs (jobs/reminders)
 *   <prefix>:{<id>}:reminder-deliveries           hash     reminder id → JSON delivery state (posting / posted)
 *   <prefix>:{ch:<channelId>}:incident-id         string   channel → incident id
 *   <prefix>:{events}:seen:<eventKey>             string   delivery dedupe marker with TTL
 *   {<prefix>:bull}:<queue>:*                     BullMQ   queues (BullMQ's own layout; one hash tag per prefix)
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  incidentSeq(): string {
    return `${this.prefix}:incident-seq`;
  }
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
  seen(eventKey: string): string {
    return `${this.prefix}:{events}:seen:${eventKey}`;
  }
  /** BullMQ's own `prefix` option; its keys are `<this>:<queue>:…` and BullMQ adds the queue hash tag. */
  bullPrefix(): string {
    return `{${this.prefix}:bull}`;
  }
}
