import { describe, expect, it } from 'vitest';
import { DeviceOwnership, type HeldMessage, PARTITIONS, partitionOf } from '../src/gateway/ownership.js';

// Which node handles which device (gateway/ownership.ts, docs/decisions.md "Several nodes: device partitions").

const evt = (id: string, seq: number) => ({
  topic: `threshold/v1/d/${id}/evt`,
  payload: Buffer.from(JSON.stringify({ device: id, seq })),
});

function world() {
  let now = 1_000;
  const ownership = new DeviceOwnership(() => now);
  const replayed: HeldMessage[] = [];
  const drained: number[][] = [];
  const forgotten: number[][] = [];
  ownership.attach({
    replay: (messages) => replayed.push(...messages),
    drain: async (partitions) => {
      drained.push([...partitions]);
    },
    forget: (partitions) => forgotten.push([...partitions]),
  });
  return { ownership, replayed, drained, forgotten, advance: (ms: number) => (now += ms) };
}

describe('device ownership', () => {
  it('puts every device id in one stable partition out of 64', () => {
    expect(partitionOf('lk-aaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(partitionOf('lk-aaaaaaaaaaaaaaaaaaaaaaaaaa'));
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const p = partitionOf(`cam-${i}`);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(PARTITIONS);
      seen.add(p);
    }
    expect(seen.size).toBe(PARTITIONS);
  });

  it('owns a device only while the lease of its partition lasts', () => {
    const { ownership, advance } = world();
    const id = 'lk-one';
    expect(ownership.owns(id)).toBe(false);
    ownership.grant([partitionOf(id)], 1_000 + 5_000);
    expect(ownership.owns(id)).toBe(true);
    advance(5_000);
    expect(ownership.owns(id)).toBe(false);
  });

  it('on taking a partition over, replays what was kept for it in order, leaving out what the store accepted', () => {
    const { ownership, replayed } = world();
    const id = 'lk-two';
    const status = { topic: `threshold/v1/d/${id}/status`, payload: Buffer.from('online') };
    for (const m of [evt(id, 7), status, evt(id, 8), evt(id, 9)]) ownership.hold(id, m.topic, m.payload);
    expect(ownership.heldDevices([partitionOf(id)])).toEqual([id]);
    ownership.grant([partitionOf(id)], 100_000, new Map([[id, 8]]));
    expect(replayed.map((m) => m.payload.toString())).toEqual(['online', JSON.stringify({ device: id, seq: 9 })]);
    // Renewing the same lease replays nothing again.
    ownership.grant([partitionOf(id)], 200_000);
    expect(replayed).toHaveLength(2);
  });

  it('forgets kept messages older than a lease could live', () => {
    const { ownership, replayed, advance } = world();
    const id = 'cam-three';
    const old = evt(id, 1);
    ownership.hold(id, old.topic, old.payload);
    advance(20_000);
    ownership.grant([partitionOf(id)], 100_000);
    expect(replayed).toEqual([]);
  });

  it('gives a partition back at once and waits for what was under way', async () => {
    const { ownership, drained } = world();
    const id = 'lk-four';
    ownership.grant([partitionOf(id)], 100_000);
    await ownership.revoke([partitionOf(id)]);
    expect(ownership.owns(id)).toBe(false);
    expect(drained).toEqual([[partitionOf(id)]]);
  });

  it('forgets what it remembers of a partition when it gives it back and when it takes it, not when it renews it', async () => {
    const { ownership, forgotten, drained, advance } = world();
    const [p, q] = [partitionOf('lk-five'), partitionOf('cam-five')];
    ownership.grant([p], 5_000);
    expect(forgotten).toEqual([[p]]); // taken: start from the store, whatever an earlier lease left in memory
    ownership.grant([p], 10_000);
    expect(forgotten).toHaveLength(1); // renewed: what this node heard meanwhile is still the truth
    await ownership.revoke([p]);
    expect(drained).toEqual([[p]]);
    expect(forgotten).toEqual([[p], [p]]); // given back, after what was under way finished
    // A lease that ran out without a revoke (a stalled node) is forgotten when it is taken again.
    ownership.grant([q], 6_000);
    advance(10_000);
    ownership.grant([q], 20_000);
    expect(forgotten.slice(2)).toEqual([[q], [q]]);
  });

  it('keeps whether a message was a retained copy sent on subscribe, for the replay after a takeover', () => {
    const { ownership, replayed } = world();
    const id = 'lk-six';
    const state = { topic: `threshold/v1/d/${id}/state`, payload: Buffer.from(JSON.stringify({ device: id, seq: 3 })) };
    ownership.hold(id, state.topic, state.payload, true);
    ownership.grant([partitionOf(id)], 100_000);
    expect(replayed.map((m) => m.retained)).toEqual([true]);
  });
});
