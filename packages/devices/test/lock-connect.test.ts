import { claimHash, verifyEvent } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { provision as provisionDevice } from '../src/identity.js';
import { useFixture } from './support/fixture.js';
import { newSigner } from './support/platform-double.js';

const f = useFixture();

describe('a lock connecting and pairing', () => {
  it('announces status online, then hello, then the retained state, all signed', async () => {
    const lock = provisionDevice('lock');
    await f.online(lock);
    const mine = f.platform.seen.filter((s) => s.deviceId === lock.id);
    expect(mine.map((s) => s.channel)).toEqual(['status', 'evt', 'state']);
    expect(mine[0]!.text).toBe('online');
    expect(mine[0]!.retain).toBe(false); // a live delivery; the broker keeps the retained copy
    const hello = mine[1]!.event!;
    expect(hello.type).toBe('hello');
    expect(hello.data).toEqual({
      kind: 'lock',
      publicKey: lock.publicKey,
      firmware: lock.firmware,
      claimHash: claimHash(lock.claimCode),
      pinnedKids: [],
    });
    const state = mine[2]!.event!;
    expect(state.type).toBe('state');
    expect(state.data).toMatchObject({ kind: 'lock', bolt: 'locked', door: 'closed', paired: false, jammed: false });
    expect(state.seq).toBeGreaterThan(hello.seq);
    for (const s of mine.slice(1)) expect(verifyEvent(s.event!, lock.publicKey)).toBe(true);
    expect(verifyEvent(hello, provisionDevice('lock').publicKey)).toBe(false);
  });

  it('pins the keys with the right proof, refuses a wrong proof and a second pair', async () => {
    const lock = provisionDevice('lock');
    const handle = await f.online(lock);
    const wrong = await f.platform.pair(lock, 'AAAA-BBBB-CCCC');
    expect(await f.platform.waitForAck(lock.id, wrong)).toEqual({
      command: wrong,
      status: 'rejected',
      reason: 'bad_proof',
    });
    expect(handle.state().paired).toBe(false);

    const right = await f.platform.pair(lock);
    const ack = await f.platform.waitForAck(lock.id, right);
    expect(ack).toEqual({ command: right, status: 'ok', result: { pinnedKids: ['pk-test-1'] } });
    expect(handle.state().paired).toBe(true);
    await f.platform.waitForEvent(lock.id, 'state', (e) => e.data.paired === true);

    const again = await f.platform.pair(lock);
    expect((await f.platform.waitForAck(lock.id, again)).reason).toBe('already_paired');
  });

  it('refuses commands before pairing and commands signed by a key it has not pinned', async () => {
    const lock = provisionDevice('lock');
    await f.online(lock);
    const early = await f.platform.send(lock.id, 'lock', {});
    expect((await f.platform.waitForAck(lock.id, early)).reason).toBe('not_paired');
    await f.platform.waitForAck(lock.id, await f.platform.pair(lock));
    const stranger = await f.platform.send(lock.id, 'lock', {}, { signer: newSigner('pk-other') });
    expect((await f.platform.waitForAck(lock.id, stranger)).reason).toBe('unknown_key');
    const impostor = await f.platform.send(lock.id, 'lock', {}, { signer: newSigner('pk-test-1') });
    expect((await f.platform.waitForAck(lock.id, impostor)).reason).toBe('bad_signature');
    const late = await f.platform.send(lock.id, 'lock', {}, { nowMs: Date.now() - 200_000 });
    expect((await f.platform.waitForAck(lock.id, late)).reason).toBe('expired');
    await f.platform.sendRaw(lock.id, JSON.stringify({ id: 'cmd-broken', type: 'unlock' }));
    expect(await f.platform.waitForAck(lock.id, 'cmd-broken')).toEqual({
      command: 'cmd-broken',
      status: 'rejected',
      reason: 'malformed',
    });
  });

  it('says hello again with no claim hash and its pinned kids after a reconnect', async () => {
    const lock = provisionDevice('lock');
    const handle = await f.paired(lock);
    handle.faults.set({ offline: true });
    await f.platform.waitFor((s) => s.deviceId === lock.id && s.channel === 'status' && s.text === 'offline');
    const lastSeq = Math.max(...f.platform.events(lock.id).map((e) => e.seq));
    handle.faults.set({ offline: false });
    const hello = await f.platform.waitForEvent(lock.id, 'hello', (e) => e.seq > lastSeq);
    expect(hello.data.claimHash).toBeNull();
    expect(hello.data.pinnedKids).toEqual(['pk-test-1']);
  });

  it('rotates platform keys: adds the new one, retires the old, never the last', async () => {
    const lock = provisionDevice('lock');
    await f.paired(lock);
    const next = newSigner('pk-test-2');
    const add = { kid: next.kid, publicKey: next.publicKey };
    const rotate = await f.platform.send(lock.id, 'keys.rotate', { add, retire: 'pk-test-1' });
    expect(await f.platform.waitForAck(lock.id, rotate)).toEqual({
      command: rotate,
      status: 'ok',
      result: { pinnedKids: ['pk-test-2'] },
    });
    const old = await f.platform.send(lock.id, 'lock', {});
    expect((await f.platform.waitForAck(lock.id, old)).reason).toBe('unknown_key');
    const fresh = await f.platform.send(lock.id, 'lock', {}, { signer: next });
    expect((await f.platform.waitForAck(lock.id, fresh)).status).toBe('ok');
    const last = await f.platform.send(lock.id, 'keys.rotate', { retire: 'pk-test-2' }, { signer: next });
    expect((await f.platform.waitForAck(lock.id, last)).reason).toBe('unsupported');
  });
});
