import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Flash, readRecord } from '../src/flash.js';
import { encodeRecord, type FlashSlots, type Slot, section } from '../src/flash-slots.js';
import { useStatePaths } from './support/state-path.js';

const statePath = useStatePaths();

const heartbeat = (ts: number) => ({ type: 'heartbeat' as const, ts, data: { session: 'session-1', frames: 1 } });
const slotB = (path: string) => `${path}.b`;
const generationOf = (file: string) => readRecord(readFileSync(file))?.generation ?? null;
/** A record holding only `seq`, as a save would write it. */
const recordWith = (generation: number, seq: number) =>
  Buffer.concat(encodeRecord(generation, section(Buffer.from('[]')), Buffer.from(`\n{"seq":${seq}}`)));
/** A state file on which `n` seqs were reserved: the newest record is slot A's if `n` is odd. */
function withSeqs(n: number): string {
  const path = statePath();
  const flash = new Flash(path);
  for (let i = 0; i < n; i++) flash.nextSeq();
  flash.close();
  return path;
}
/** The `seq` a restarted device would read: one less than the next it hands out. */
const bootSeq = (storage: string | FlashSlots) => new Flash(storage).nextSeq() - 1;

describe('flash slots on disk', () => {
  it('writes the two slots alternately, in place, each save with the next generation', () => {
    const path = statePath();
    const flash = new Flash(path);
    flash.nextSeq();
    expect(generationOf(path)).toBe(1);
    expect(existsSync(slotB(path))).toBe(false);
    flash.nextSeq();
    expect(generationOf(slotB(path))).toBe(2);
    const inodes = [statSync(path).ino, statSync(slotB(path)).ino];
    flash.nextSeq();
    flash.nextSeq();
    expect([generationOf(path), generationOf(slotB(path))]).toEqual([3, 4]);
    expect([statSync(path).ino, statSync(slotB(path)).ino]).toEqual(inodes); // overwritten, not replaced
    flash.close();
    expect(bootSeq(path)).toBe(4);
  });

  it('reads a shorter record written over a longer one, whatever of the old one lies beyond it', () => {
    const path = statePath();
    const flash = new Flash(path);
    for (let i = 0; i < 20; i++) flash.enqueue(heartbeat(i));
    flash.nextSeq(); // A
    flash.nextSeq(); // B
    const long = readFileSync(path).length;
    expect(flash.drainOutbox()).toHaveLength(20);
    flash.nextSeq(); // A again, shorter
    expect(readFileSync(path).length).toBe(long);
    const again = new Flash(path);
    expect(again.drainOutbox()).toEqual([]);
    expect(again.nextSeq()).toBe(4);
  });

  it('falls back to the other slot when the newest was torn mid-write', () => {
    const path = statePath();
    const flash = new Flash(path);
    flash.nextSeq(); // A, generation 1
    flash.nextSeq(); // B, generation 2
    const before = readFileSync(path);
    flash.nonces.remember('nonce-3', 2_000_000_000);
    flash.nextSeq(); // A, generation 3
    const written = readFileSync(path);
    // Power lost after the first 60 bytes of the new record reached the disk: the rest is the old record's.
    writeFileSync(path, Buffer.concat([written.subarray(0, 60), before.subarray(60)]));
    const again = new Flash(path);
    expect(again.nonces.toJSON()).toEqual([]);
    expect(again.nextSeq()).toBe(3);
    expect(generationOf(path)).toBe(3); // the torn slot is the one written next
    expect(bootSeq(path)).toBe(3);
  });

  it('ignores a slot whose checksum does not match, in the payload or in the header', () => {
    const path = withSeqs(3); // newest: A, generation 3
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3]! ^= 0x01;
    writeFileSync(path, flipped);
    expect(bootSeq(path)).toBe(2);
    for (const at of [30, 36]) {
      const header = Buffer.from(good);
      header[at]! ^= 0x01; // a digit of the length field, then of the checksum
      writeFileSync(path, header);
      expect(bootSeq(path)).toBe(2);
    }
    writeFileSync(path, good);
    expect(bootSeq(path)).toBe(3);
  });

  it('refuses to boot when neither slot holds a whole record', () => {
    const path = withSeqs(2);
    for (const file of [path, slotB(path)]) writeFileSync(file, 'x'.repeat(100));
    expect(() => new Flash(path)).toThrow(/neither slot/);
  });

  it('is back to factory state when the state file is deleted, even with slot B still there', () => {
    const path = withSeqs(5);
    const flash = new Flash(path);
    flash.setPinnedKeys([{ kid: 'pk-1', publicKey: 'key-1' }]);
    flash.nextSeq(); // slot B, generation 6
    rmSync(path);
    const reset = new Flash(path);
    expect(reset.paired).toBe(false);
    expect(reset.nextSeq()).toBe(1); // slot A, generation 7
    expect(new Flash(path).paired).toBe(false);
    expect(bootSeq(path)).toBe(1);
  });

  it('starts empty when the very first save was cut short', () => {
    const path = statePath();
    writeFileSync(path, recordWith(1, 1).subarray(0, 30));
    expect(bootSeq(path)).toBe(0);
  });
});

describe('the single-file format of earlier versions', () => {
  const old = {
    seq: 41,
    pinnedKeys: [{ kid: 'pk-1', publicKey: 'key-1' }],
    nonces: [['nonce-1', 2_000_000_000]],
    visits: [],
    acks: [['cmd-1', { command: 'cmd-1', status: 'ok', result: { bolt: 'unlocked' } }]],
    outbox: [],
    settings: { bolt: 'unlocked' },
  };

  it('is read on the first boot, and kept until a record in slot B replaces it', () => {
    const path = statePath();
    writeFileSync(path, JSON.stringify(old));
    const flash = new Flash(path);
    expect([...flash.pinnedKeys]).toEqual([['pk-1', 'key-1']]);
    expect(flash.nonces.toJSON()).toEqual([['nonce-1', 2_000_000_000]]);
    expect(flash.ackFor('cmd-1')).toEqual(old.acks[0]![1]);
    expect(flash.setting('bolt', 'locked')).toBe('unlocked');
    expect(flash.nextSeq()).toBe(42);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(old);
    expect(generationOf(slotB(path))).toBe(1);
    expect(flash.nextSeq()).toBe(43);
    expect(generationOf(path)).toBe(2);
    expect(bootSeq(path)).toBe(43);
  });

  it('is still read when the first record written after it was torn', () => {
    const path = statePath();
    writeFileSync(path, JSON.stringify(old));
    writeFileSync(slotB(path), recordWith(1, 42).subarray(0, 50));
    expect(bootSeq(path)).toBe(41);
  });
});

/**
 * Slots in memory whose `crashAt`-th write is cut short: only the 16-byte blocks `kept` marks reach the slot (a
 * power loss, with the disk writing blocks in any order), and nothing is written after it.
 */
class CrashingSlots implements FlashSlots {
  readonly slots: [Buffer | null, Buffer | null] = [null, null];
  /** Each write's whole record, as it was meant to be. */
  readonly intended: Buffer[] = [];
  crashed = false;

  constructor(
    private readonly crashAt: number,
    private readonly kept: readonly boolean[],
  ) {}

  read(slot: Slot): Buffer | null {
    const bytes = this.slots[slot];
    return bytes === null ? null : Buffer.from(bytes);
  }

  write(slot: Slot, chunks: readonly Buffer[]): void {
    if (this.crashed) return;
    const record = Buffer.concat(chunks);
    this.intended.push(record);
    const torn = this.intended.length === this.crashAt;
    const old = this.slots[slot] ?? Buffer.alloc(0);
    const next = Buffer.alloc(Math.max(old.length, record.length));
    old.copy(next);
    for (let block = 0; block * 16 < record.length; block++) {
      if (!torn || this.kept[block] === true) record.copy(next, block * 16, block * 16, block * 16 + 16);
    }
    this.slots[slot] = next;
    this.crashed = torn;
  }

  close(): void {}

  /** A restart: the same slots, with writes going through again. */
  reboot(): FlashSlots {
    const slots = new CrashingSlots(0, []);
    slots.slots[0] = this.slots[0];
    slots.slots[1] = this.slots[1];
    return slots;
  }
}

type Op =
  | { kind: 'seq' }
  | { kind: 'ack'; n: number }
  | { kind: 'nonce'; n: number }
  | { kind: 'set'; value: number }
  | { kind: 'enqueue' }
  | { kind: 'drain' }
  | { kind: 'tick' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'seq' as const }),
  fc.constant({ kind: 'seq' as const }),
  fc.record({ kind: fc.constant('ack' as const), n: fc.nat(600) }),
  fc.record({ kind: fc.constant('nonce' as const), n: fc.nat(50) }),
  fc.record({ kind: fc.constant('set' as const), value: fc.integer() }),
  fc.constant({ kind: 'enqueue' as const }),
  fc.constant({ kind: 'drain' as const }),
  fc.constant({ kind: 'tick' as const }),
);

const seqOf = (record: Buffer | undefined) => (record === undefined ? 0 : readRecord(record)!.data.seq);

/** Applies `ops` until the crash; what nextSeq handed out, the nonces saved and the acks written, before it. */
async function runUntilCrash(flash: Flash, slots: CrashingSlots, ops: readonly Op[]) {
  const handedOut: number[] = [];
  const saved = new Set<string>();
  const acked = new Set<string>();
  let durableAcks = new Set<string>();
  for (const o of ops) {
    const writes = slots.intended.length;
    if (o.kind === 'ack') acked.add(`cmd-${o.n}`);
    if (o.kind === 'seq') {
      const seq = flash.nextSeq();
      if (!slots.crashed) handedOut.push(seq); // else the device died inside nextSeq: nothing was signed
    } else if (o.kind === 'ack') flash.rememberAck({ command: `cmd-${o.n}`, status: 'ok', result: {} });
    else if (o.kind === 'nonce') {
      flash.nonces.remember(`nonce-${o.n}`, 2_000_000_000);
      flash.save();
      if (!slots.crashed) saved.add(`nonce-${o.n}`);
    } else if (o.kind === 'set') flash.set('delay', o.value);
    else if (o.kind === 'enqueue') flash.enqueue(heartbeat(1));
    else if (o.kind === 'drain') flash.drainOutbox();
    else await Promise.resolve(); // the end of a turn: a change no seq followed is written
    if (slots.crashed) break;
    if (slots.intended.length > writes) durableAcks = new Set(acked); // a save writes every change made before it
  }
  return { handedOut, saved, durableAcks };
}

describe('a crash at any point of any sequence of saves', () => {
  // The guarantee, precisely: let the crash cut short the n-th slot write (any subset of its blocks persisted, nothing
  // after it). Every `seq` that nextSeq returned, and every nonce whose save() returned, did so before that write
  // began. At the next boot the device's `seq` is at least each of those, its nonces include each of those, and its
  // `seq` is that of the last write before the crash or of the cut one (had all of its blocks landed). Every ack
  // remembered before a write that completed is there too.
  it('boots with a seq at least every seq handed out before it, every nonce saved and every ack written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.boolean(), { maxLength: 200 }),
        async (ops, crashAt, kept) => {
          const slots = new CrashingSlots(crashAt, kept);
          const { handedOut, saved, durableAcks } = await runUntilCrash(new Flash(slots), slots, ops);
          const disk = slots.reboot();
          const booted = new Flash(disk);
          const seq = booted.nextSeq() - 1;
          for (const s of handedOut) expect(seq).toBeGreaterThanOrEqual(s);
          const nonces = new Set(booted.nonces.toJSON().map(([n]) => n));
          for (const n of saved) expect(nonces.has(n)).toBe(true);
          for (const id of durableAcks) expect(booted.ackFor(id)).toBeDefined();
          const complete = slots.crashed ? slots.intended.length - 1 : slots.intended.length;
          const possible = [seqOf(slots.intended[complete - 1])];
          if (slots.crashed) possible.push(seqOf(slots.intended[complete]));
          expect(possible).toContain(seq);
          // The slot the crash damaged is the next one written, and the record that boots next is the new one.
          expect(bootSeq(disk)).toBe(seq + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
