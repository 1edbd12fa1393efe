/**
 * Turns for CPU-heavy work: one per event-loop iteration, first come first served.
 *
 * Why: a busy Node process takes in one new connection per event-loop iteration, and every
 * request whose bytes are ready runs in the same iteration. Fifty connections each ranking
 * (and, on embedded PGlite, storing, which is synchronous WebAssembly) made iterations of
 * 300–600 ms, so a connection opened under load waited for dozens of iterations: measured
 * with `npm run bench:http`, requests on new connections timed out after 10 s while the service
 * itself answered each in under 150 ms. Taking a turn keeps an iteration to one piece of heavy
 * work, so new connections, timers and health checks get their place between pieces.
 */
export class FairTurns {
  private readonly waiting: (() => void)[] = [];
  private granting = false;

  /** Resolves when it is the caller's turn; the caller then runs its work without awaiting I/O first. */
  take(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (!this.granting) {
        this.granting = true;
        setImmediate(this.grant);
      }
    });
  }

  /** Callers waiting for a turn. */
  get queued(): number {
    return this.waiting.length;
  }

  // The next grant is scheduled before the work of this one runs (in the microtasks after this
  // callback), so it lands in the next iteration's check phase, after that iteration's I/O.
  private readonly grant = (): void => {
    const next = this.waiting.shift();
    if (next === undefined) {
      this.granting = false;
      return;
    }
    setImmediate(this.grant);
    next();
  };
}
