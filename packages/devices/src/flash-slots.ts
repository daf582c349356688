import { closeSync, constants, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/**
 * The two places the flash record is kept, as on a device with A/B slots: each save overwrites the older slot in
 * place, so the newer one stays whole until the next save has fully replaced the other.
 */
export interface FlashSlots {
  /** The slot's bytes, or null if it was never written. */
  read(slot: Slot): Buffer | null;
  /** Writes `bytes` at the start of the slot, in place: what lies beyond them is left as it was. */
  write(slot: Slot, bytes: Uint8Array): void;
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
    write(slot, bytes) {
      let fd = fds[slot];
      if (fd === null || fd === undefined) {
        fd = openSync(paths[slot], constants.O_RDWR | constants.O_CREAT, 0o644);
        fds[slot] = fd;
      }
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, done);
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

// A record: a fixed-width text header, then the JSON payload. The CRC-32 covers the header's generation and length
// and the payload, so a write torn anywhere (or a flipped bit) makes the slot invalid rather than half old, half new.
const MAGIC = 'TFLASH1';
const HEADER_BYTES = MAGIC.length + 1 + 16 + 1 + 8 + 1 + 8 + 1;
const HEADER = /^TFLASH1 ([0-9a-f]{16}) ([0-9a-f]{8}) ([0-9a-f]{8})\n$/;
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function encodeRecord(generation: number, payload: string): Buffer {
  const length = Buffer.byteLength(payload);
  const bytes = Buffer.allocUnsafe(HEADER_BYTES + length);
  bytes.write(payload, HEADER_BYTES, 'utf8');
  const covered = `${MAGIC} ${hex(generation, 16)} ${hex(length, 8)} `;
  const crc = crc32(bytes.subarray(HEADER_BYTES), crc32(covered));
  bytes.write(`${covered}${hex(crc, 8)}\n`, 0, 'latin1');
  return bytes;
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
  if (crc32(payload, crc32(covered)) !== Number.parseInt(header[3]!, 16)) return null;
  return { generation, payload: payload.toString('utf8') };
}
