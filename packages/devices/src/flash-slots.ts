import { closeSync, constants, openSync, readFileSync, writeSync, writevSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/**
 * The two places the flash record is kept, as on a device with A/B slots: each save overwrites the older slot in
 * place, so the newer one stays whole until the next save has fully replaced the other.
 */
export interface FlashSlots {
  /** The slot's bytes, or null if it was never written. */
  read(slot: Slot): Buffer | null;
  /** Writes `chunks`, one after the other, at the start of the slot, in place: what lies beyond is left as it was. */
  write(slot: Slot, chunks: readonly Buffer[]): void;
  /** Lets go of any open file; a later write opens it again. */
  close(): void;
}

export type Slot = 0 | 1;

/**
 * Slot A is the state file itself (where the earlier single-file format lived, read once to migrate), slot B sits next
 * to it. Each file is opened once and overwritten with positional writes: no truncation and no rename, which on ext4
 * (auto_da_alloc) would force the data to disk on every save and hold up the device's only thread.
 */
export function fileSlots(path: string): FlashSlots {
  const paths = [path, `${path}.b`] as const;
  const fds: Array<number | null> = [null, null];
  return {
    read(slot) {
      try {
        return readFileSync(paths[slot]);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    write(slot, chunks) {
      let fd = fds[slot];
      if (fd === null || fd === undefined) {
        fd = openSync(paths[slot], constants.O_RDWR | constants.O_CREAT, 0o644);
        fds[slot] = fd;
      }
      // The record's parts as they are (no copy into one buffer): most of it is the acks' part, kept between saves.
      const total = chunks.reduce((n, c) => n + c.length, 0);
      let done = writevSync(fd, chunks as Buffer[], 0);
      if (done === total) return;
      const bytes = Buffer.concat(chunks);
      while (done < total) done += writeSync(fd, bytes, done, total - done, done);
    },
    close() {
      for (const slot of [0, 1] as const) {
        const fd = fds[slot];
        fds[slot] = null;
        if (fd !== null && fd !== undefined) closeSync(fd);
      }
    },
  };
}

// A record: a fixed-width text header, then the payload: a part that changes less often than it is saved (its
// CRC-32 worked out once, when it changes), then the rest. The checksum is the CRC-32 of the payload followed by the
// header's generation and length, so a write torn anywhere (or a flipped bit) makes the slot invalid rather than
// half old, half new.
const MAGIC = 'TFLASH1';
const HEADER_BYTES = MAGIC.length + 1 + 16 + 1 + 8 + 1 + 8 + 1;
const HEADER = /^TFLASH1 ([0-9a-f]{16}) ([0-9a-f]{8}) ([0-9a-f]{8})\n$/;
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Bytes with their CRC-32. */
export interface Section {
  readonly bytes: Buffer;
  readonly crc: number;
}

export const section = (bytes: Buffer): Section => ({ bytes, crc: crc32(bytes) });

/** The record's bytes, in parts: header, `head`, `rest`. */
export function encodeRecord(generation: number, head: Section, rest: Buffer): Buffer[] {
  const length = head.bytes.length + rest.length;
  const covered = `${MAGIC} ${hex(generation, 16)} ${hex(length, 8)} `;
  const crc = crc32(covered, crc32(rest, head.crc));
  return [Buffer.from(`${covered}${hex(crc, 8)}\n`, 'latin1'), head.bytes, rest];
}

/** The slot's record if it is whole, else null (never written, torn, or corrupted). */
export function decodeRecord(bytes: Buffer): { generation: number; payload: string } | null {
  if (bytes.length < HEADER_BYTES) return null;
  const header = HEADER.exec(bytes.toString('latin1', 0, HEADER_BYTES));
  if (header === null) return null;
  const generation = Number.parseInt(header[1]!, 16);
  const length = Number.parseInt(header[2]!, 16);
  if (HEADER_BYTES + length > bytes.length) return null;
  const payload = bytes.subarray(HEADER_BYTES, HEADER_BYTES + length);
  const covered = `${MAGIC} ${header[1]} ${header[2]} `;
  if (crc32(covered, crc32(payload)) !== Number.parseInt(header[3]!, 16)) return null;
  return { generation, payload: payload.toString('utf8') };
}
