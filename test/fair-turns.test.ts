import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FairTurns } from '../src/fair-turns.js';

/** Keeps the thread busy, as ranking or a PGlite write does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('fair turns for heavy work', () => {
  it('grants turns first come, first served', async () => {
    const turns = new FairTurns();
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => turns.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
    expect(turns.queued).toBe(0);
  });

  it('grants one turn per event-loop iteration, so a timer due meanwhile runs between two turns', async () => {
    const turns = new FairTurns();
    const events: string[] = [];
    await Promise.all([
      turns.take().then(() => {
        setTimeout(() => events.push('timer'), 0);
        busy(5);
        events.push('turn 1');
      }),
      turns.take().then(() => events.push('turn 2')),
      turns.take().then(() => events.push('turn 3')),
    ]);
    expect(events).toEqual(['turn 1', 'timer', 'turn 2', 'turn 3']);
  });

  it('lets a connection opened during a run of heavy turns in before the run ends', async () => {
    // The failure this prevents: Node takes in one new connection per iteration, so heavy work
    // all done in one iteration kept a new connection waiting until the whole run was over.
    const turns = new FairTurns();
    const events: string[] = [];
    const server = createServer((socket) => {
      events.push('connection');
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      let client: Socket | undefined;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          turns.take().then(() => {
            if (i === 0) {
              client = connect(port, '127.0.0.1');
              client.on('error', () => {});
            }
            busy(5);
            events.push(`turn ${i + 1}`);
          }),
        ),
      );
      client?.destroy();
      const accepted = events.indexOf('connection');
      expect(accepted).toBeGreaterThan(-1);
      expect(accepted).toBeLessThan(events.indexOf('turn 20'));
      expect(events.filter((e) => e.startsWith('turn'))).toEqual(Array.from({ length: 20 }, (_, i) => `turn ${i + 1}`));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
