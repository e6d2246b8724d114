/**
 * Work that runs after Slack was acknowledged (the HTTP response is gone, so closing the server does not
 * wait for it). Shutdown drains this before closing Redis, so a decision being stored is not cut off.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves when all tracked work has settled, or after `timeoutMs`, whichever is first. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        }),
      ]);
      if (timer) clearTimeout(timer);
    }
    return this.pending.size === 0;
  }
}

/** Acknowledged work still running when the shutdown's drain time ran out: it was given up. */
export class DrainTimeout extends Error {
  override name = 'DrainTimeout';
  constructor(readonly pending: number) {
    super(`${pending} acknowledged task(s) still running when the drain time ran out`);
  }
}
