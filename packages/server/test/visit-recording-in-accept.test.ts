import type { AnyEvent } from '@threshold/protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Bus } from '../src/bus.js';
import { groupCommitAccept } from '../src/gateway/accept-batch.js';
import type { AcceptedWithin } from '../src/gateway/ingest.js';
import { isoAt } from '../src/ports.js';
import { applyVisitEvent } from '../src/services/visits/runner.js';
import { handOffConfirmed, waitForConfirmation } from '../src/services/visits/waits.js';
import type { Db } from '../src/store/db.js';
import { arriveAtFrontDoor } from './support/front-door-visit.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// The camera's `recording: started` moves a visit awaiting it to `recording` in the transaction that accepts the
// message (services/visits/device-events.ts): the message and the transition are one commit. The camera is stopped
// after the arrival, so only the messages sent here (through the same accept and the same visit services as the
// gateway's) confirm anything.

describeEachDialect('the camera confirms in the transaction that accepts its message', (getStore) => {
  let p: Platform;
  let within: AcceptedWithin;

  beforeAll(async () => {
    p = await startPlatform(getStore());
    // The visit services register what they write in an accept when they start: restarted here to be handed it.
    const registered = vi.spyOn(p.gateway, 'withinAccept');
    await p.restartServices();
    within = registered.mock.calls.map(([consumer]) => consumer).findLast((c) => c !== undefined)!;
    registered.mockRestore();
    expect(within).toBeDefined();
  });
  afterAll(async () => {
    await p?.close();
  });

  /** An arrived visit whose unlock was requested (`verified`); the camera takes `record.start` but never confirms. */
  async function awaitingTheCamera(): Promise<string> {
    const arrived = await arriveAtFrontDoor(p);
    expect(arrived.statusCode).toBe(201);
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;
    p.camera.faults.set({ noRecordingConfirm: true });
    const requested = await applyVisitEvent(p.deps, visitId, { type: 'unlock_requested' });
    if (!requested.ok) throw new Error(requested.error.detail);
    expect(requested.value.visit.state).toBe('verified');
    await requested.value.commands; // the camera's ack is in: the seqs below are the next ones
    p.camera.faults.set({ noRecordingConfirm: false });
    return visitId;
  }

  /** The door relocks (the platform's relock timer) and the courier completes: the visit has ended. */
  async function finish(visitId: string) {
    p.clock.advance(16_000);
    await until(async () => (await visit(visitId)).state === 'relocked' || undefined, 'visit relocked', 8000);
    const done = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/complete` });
    expect(done.statusCode).toBe(200);
  }

  const cameraSeq = async () =>
    Number(
      (
        await p.store.db
          .selectFrom('devices')
          .select('last_seq')
          .where('id', '=', p.camera.id)
          .executeTakeFirstOrThrow()
      ).last_seq,
    );
  const visit = (visitId: string) =>
    p.store.db.selectFrom('visits').select(['state', 'version']).where('id', '=', visitId).executeTakeFirstOrThrow();
  const facts = async (visitId: string) =>
    (
      await p.store.db
        .selectFrom('ledger_entries')
        .select('kind')
        .where('subject', '=', visitId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.kind);

  /** The camera's `recording: started` for `session`, accepted as the gateway accepts it (with what it causes). */
  function started(session: string, seq: number): Promise<boolean> {
    const now = p.clock.now();
    const event = {
      v: 1,
      device: p.camera.id,
      seq,
      ts: now,
      type: 'recording',
      data: { recording: 'started', session },
      sig: '',
    } as unknown as AnyEvent;
    const accept = groupCommitAccept(p.store.db, p.store.dialect);
    return accept(
      { id: p.camera.id, seq, health: {}, at: isoAt(now) },
      { within: (tx: Db) => within(tx, { deviceId: p.camera.id, event, receivedAt: now }) },
    );
  }

  it('a confirmation that cannot be written leaves the message unaccepted; sent again, both commit', async () => {
    const visitId = await awaitingTheCamera();
    const seq = (await cameraSeq()) + 1;
    const before = await visit(visitId);
    const factsBefore = await facts(visitId);
    // Signing the capability fails: the transition cannot be written.
    const keys = vi.spyOn(p.gateway, 'keys').mockImplementation(() => {
      throw new Error('no signing key');
    });
    try {
      await expect(started(visitId, seq)).rejects.toThrow('no signing key');
    } finally {
      keys.mockRestore();
    }
    expect(await cameraSeq()).toBeLessThan(seq); // not taken: the camera may send it again
    expect(await visit(visitId)).toEqual(before);
    expect(await facts(visitId)).toEqual(factsBefore);

    expect(await started(visitId, seq)).toBe(true);
    expect(await cameraSeq()).toBeGreaterThanOrEqual(seq);
    const confirmed = (await facts(visitId)).slice(factsBefore.length);
    expect(confirmed).toEqual(expect.arrayContaining(['recording.confirmed', 'capability.issued']));
    // Committed with the message, the unlock goes to the lock, whose bolt then moves the visit on.
    await until(async () => (await visit(visitId)).state === 'unlocked' || undefined, 'visit unlocked', 8000);
    await finish(visitId);
  });

  it('a replayed or late `recording: started` changes nothing; one for an ended visit opens nothing', async () => {
    const visitId = await awaitingTheCamera();
    const seq = (await cameraSeq()) + 1;
    expect(await started(visitId, seq)).toBe(true);
    await until(async () => (await visit(visitId)).state === 'unlocked' || undefined, 'visit unlocked', 8000);
    const unlocked = await visit(visitId);
    const factsUnlocked = await facts(visitId);
    // The same message again is refused by the store; a later one finds the visit past `verified`.
    expect(await started(visitId, seq)).toBe(false);
    expect(await started(visitId, (await cameraSeq()) + 1)).toBe(true);
    expect(await visit(visitId)).toEqual(unlocked);
    expect(await facts(visitId)).toEqual(factsUnlocked);

    await finish(visitId);
    const ended = await visit(visitId);
    const factsEnded = await facts(visitId);
    expect(await started(visitId, (await cameraSeq()) + 1)).toBe(true);
    expect(await visit(visitId)).toEqual(ended);
    expect(await facts(visitId)).toEqual(factsEnded);
    expect(p.lock.state().bolt).toBe('locked');
  });
});

describe('the unlock request hears its confirmation', () => {
  const bus = new Bus();
  const waits = { recordingMs: 60_000, unlockMs: 60_000 };

  it('from the accepting transaction on this node: the unlock command’s answers, and no one else’s', async () => {
    const other = waitForConfirmation({ bus, waits }, 'cam_1', 'vis_other');
    const mine = waitForConfirmation({ bus, waits }, 'cam_1', 'vis_mine');
    const answers = Promise.resolve([]);
    handOffConfirmed('vis_mine', answers);
    const heard = await mine.promise;
    expect(heard?.by).toBe('here');
    expect(heard?.by === 'here' && heard.commands).toBe(answers);
    heard?.moved.cancel();
    other.cancel();
    expect(await other.promise).toBeNull();
  });

  it('from the bus when another node accepted the camera’s message; a cancelled wait takes no hand-off', async () => {
    const waiting = waitForConfirmation({ bus, waits }, 'cam_1', 'vis_bus');
    const event = { type: 'recording', data: { recording: 'started', session: 'vis_bus' } } as unknown as AnyEvent;
    bus.emit('device.event', { deviceId: 'cam_1', event, receivedAt: 0 });
    const heard = await waiting.promise;
    expect(heard?.by).toBe('heard');
    heard?.moved.cancel();
    const cancelled = waitForConfirmation({ bus, waits }, 'cam_1', 'vis_gone');
    cancelled.cancel();
    handOffConfirmed('vis_gone', Promise.resolve([]));
    expect(await cancelled.promise).toBeNull();
  });
});
