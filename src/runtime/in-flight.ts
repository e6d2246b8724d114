/**
 * Work that runs after Slack was acknowledged (the HTTP response is gone, so closing the server does not
 * wait for it). Shutdown drains this before closing Redis, so a decision being stored is not cut off; what
 * is still running when the grace runs out is reported by `summary()` (act names and counts, no content).
 */
export class InFlight {
  private readonly pending = new Map<Promise<unknown>, string>();

  /** `act` names the work in the shutdown log (e.g. `command_open`); never user input. */
  track<T>(work: Promise<T>, act = 'act'): Promise<T> {
    this.pending.set(work, act);
    const done = () => this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** What is running now: how many, and how many of each act (`command_open:2,checklist_toggle:1`). */
  summary(): { inFlight: number; acts: string } {
    const counts = new Map<string, number>();
    for (const act of this.pending.values()) counts.set(act, (counts.get(act) ?? 0) + 1);
    return {
      inFlight: this.pending.size,
      acts: [...counts].map(([act, n]) => `${act}:${n}`).join(','),
    };
  }

  /** Resolves when all tracked work has settled, or after `timeoutMs`, whichever is first. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending.keys()]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        }),
      ]);
      if (timer) clearTimeout(timer);
    }
    return this.pending.size === 0;
  }
}
