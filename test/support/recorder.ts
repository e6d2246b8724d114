/**
 * An append-only log with event-driven waiting: `wait()` resolves as soon as a matching entry is (or already was)
 * recorded, so tests wait for what they expect instead of sleeping.
 */

export interface WaitOptions {
  /** Give up after this long (ms). Default 5000. */
  timeoutMs?: number;
  /** Only entries with `seq` greater than this count (take it from `mark()` before acting). */
  since?: number;
}

interface Waiter<T> {
  matches: (entry: T) => boolean;
  settle: (outcome: { entry: T } | { error: Error }) => void;
}

export class Recorder<T extends { seq: number }> {
  private entries: T[] = [];
  private waiters = new Set<Waiter<T>>();

  constructor(
    private readonly nextSeq: () => number,
    private readonly describe: (entry: T) => string,
  ) {}

  /** Records an entry (its `seq` is assigned here) and wakes the waiters it satisfies. */
  add(entry: Omit<T, 'seq'>): T {
    const full = { ...entry, seq: this.nextSeq() } as T;
    this.entries.push(full);
    for (const waiter of [...this.waiters]) {
      if (waiter.matches(full)) waiter.settle({ entry: full });
    }
    return full;
  }

  all(): T[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }

  /** Resolves with the first matching entry (already recorded or arriving later); rejects after the timeout. */
  wait(matches: (entry: T) => boolean, label: string, options: WaitOptions = {}): Promise<T> {
    const { timeoutMs = 5000, since = 0 } = options;
    const wanted = (entry: T) => entry.seq > since && matches(entry);
    const existing = this.entries.find(wanted);
    if (existing) return Promise.resolve(existing);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches: wanted,
        settle: (outcome) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          if ('entry' in outcome) resolve(outcome.entry);
          else reject(outcome.error);
        },
      };
      const timer = setTimeout(() => {
        const seen = this.entries.filter((e) => e.seq > since).map(this.describe);
        waiter.settle({
          error: new Error(
            `Timed out after ${timeoutMs} ms waiting for ${label}. Recorded meanwhile: ` +
              (seen.length ? seen.join(', ') : 'nothing'),
          ),
        });
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Resolves once `count` matching entries exist (with the first `count` of them). */
  async waitCount(
    matches: (entry: T) => boolean,
    count: number,
    label: string,
    options: WaitOptions = {},
  ): Promise<T[]> {
    const since = options.since ?? 0;
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    const found = () => this.entries.filter((e) => e.seq > since && matches(e));
    let seen = found();
    while (seen.length < count) {
      const last = seen[seen.length - 1]?.seq ?? since;
      const timeoutMs = Math.max(1, deadline - Date.now());
      await this.wait(matches, `${label} (${seen.length} of ${count} so far)`, { timeoutMs, since: last });
      seen = found();
    }
    return seen.slice(0, count);
  }

  /** Rejects every pending waiter (used when the server stops). */
  cancelAll(reason: string): void {
    for (const waiter of [...this.waiters]) waiter.settle({ error: new Error(reason) });
  }
}
