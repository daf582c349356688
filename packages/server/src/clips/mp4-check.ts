import type { Result } from '../ports.js';

// Is an upload what a camera claims it is: a real MP4 with a video track (ISO/IEC 14496-12, the ISO base media file
// format)? Parsed here from the box structure, in JS, rather than by spawning ffprobe: no process per upload on a
// two-core node, and no C demuxer fed untrusted bytes (docs/decisions.md "Clip verification"). Checked: `ftyp` first,
// one `moov` with `mvhd`, a `trak` whose handler is `vide` with a known codec, frames, a duration, and a sample table
// that points inside an `mdat` large enough for it. Fragmented MP4 (`moof`) is not accepted.

/** Reads `length` bytes at `offset` of a file of `size` bytes. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

export interface Mp4Facts {
  /** The video track's duration. */
  durationMs: number;
  codec: string;
  frames: number;
}

const MAX_MOOV_BYTES = 16 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 64;
// H.264 only: the platform serves the bytes as uploaded, and H.264 is what every browser plays (docs/protocol.md §5.1).
const VIDEO_CODECS = new Set(['avc1', 'avc3']);

interface Box {
  type: string;
  /** Offset of the box's payload (after the header) and its length. */
  start: number;
  length: number;
}

/** The boxes directly inside `buf[from, to)`; null when one overruns its parent. */
function childBoxes(buf: Buffer, from: number, to: number): Box[] | null {
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return null;
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) return null;
    boxes.push({ type, start: at + header, length: size - header });
    at += size;
  }
  return at === to ? boxes : null;
}

const child = (buf: Buffer, parent: Box, type: string): Box | undefined =>
  childBoxes(buf, parent.start, parent.start + parent.length)?.find((b) => b.type === type);

function path(buf: Buffer, parent: Box, ...types: string[]): Box | undefined {
  let box: Box | undefined = parent;
  for (const type of types) box = box && child(buf, box, type);
  return box;
}

/** timescale and duration of an `mvhd` or `mdhd` (version 0 or 1). */
function timing(buf: Buffer, box: Box): { timescale: number; duration: number } | null {
  const version = buf[box.start];
  const need = version === 1 ? 32 : 20;
  if (box.length < need) return null;
  const at = box.start + (version === 1 ? 20 : 12);
  const timescale = buf.readUInt32BE(at);
  const duration = version === 1 ? Number(buf.readBigUInt64BE(at + 4)) : buf.readUInt32BE(at + 4);
  return timescale > 0 ? { timescale, duration } : null;
}

interface Track {
  codec: string;
  durationMs: number;
  frames: number;
  sampleBytes: number;
  chunkOffsets: number[];
}

function sampleSizes(buf: Buffer, stsz: Box): { frames: number; bytes: number } | null {
  if (stsz.length < 12) return null;
  const fixed = buf.readUInt32BE(stsz.start + 4);
  const frames = buf.readUInt32BE(stsz.start + 8);
  if (fixed > 0) return { frames, bytes: fixed * frames };
  if (stsz.length < 12 + 4 * frames) return null;
  let bytes = 0;
  for (let i = 0; i < frames; i++) bytes += buf.readUInt32BE(stsz.start + 12 + 4 * i);
  return { frames, bytes };
}

function chunkOffsets(buf: Buffer, stbl: Box): number[] | null {
  const box = child(buf, stbl, 'stco') ?? child(buf, stbl, 'co64');
  if (!box || box.length < 8) return null;
  const wide = box.type === 'co64';
  const count = buf.readUInt32BE(box.start + 4);
  if (box.length < 8 + count * (wide ? 8 : 4)) return null;
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = box.start + 8 + i * (wide ? 8 : 4);
    offsets.push(wide ? Number(buf.readBigUInt64BE(at)) : buf.readUInt32BE(at));
  }
  return offsets;
}

function videoTrack(buf: Buffer, trak: Box): Track | string | null {
  const hdlr = path(buf, trak, 'mdia', 'hdlr');
  if (!hdlr || hdlr.length < 12 || buf.toString('latin1', hdlr.start + 8, hdlr.start + 12) !== 'vide') return null;
  const mdhd = path(buf, trak, 'mdia', 'mdhd');
  const time = mdhd && timing(buf, mdhd);
  const stbl = path(buf, trak, 'mdia', 'minf', 'stbl');
  const stsd = stbl && child(buf, stbl, 'stsd');
  const stsz = stbl && child(buf, stbl, 'stsz');
  if (!time || !stbl || !stsd || stsd.length < 16 || !stsz) return 'the video track has no complete sample table';
  const codec = buf.toString('latin1', stsd.start + 12, stsd.start + 16);
  const sizes = sampleSizes(buf, stsz);
  const offsets = chunkOffsets(buf, stbl);
  if (!sizes || !offsets) return 'the video track has no complete sample table';
  return {
    codec,
    durationMs: Math.round((time.duration * 1000) / time.timescale),
    frames: sizes.frames,
    sampleBytes: sizes.bytes,
    chunkOffsets: offsets,
  };
}

async function topLevel(src: ByteSource): Promise<Box[] | string> {
  const boxes: Box[] = [];
  let at = 0;
  while (at < src.size) {
    if (boxes.length >= MAX_TOP_LEVEL_BOXES) return 'too many top-level boxes';
    const head = await src.read(at, Math.min(16, src.size - at));
    if (head.length < 8) return 'the file ends inside a box header';
    const head32 = head.readUInt32BE(0);
    const wide = head32 === 1;
    if (wide && head.length < 16) return 'the file ends inside a box header';
    const size = wide ? Number(head.readBigUInt64BE(8)) : head32 === 0 ? src.size - at : head32;
    const header = wide ? 16 : 8;
    if (size < header || at + size > src.size) return 'a box overruns the file';
    boxes.push({ type: head.toString('latin1', 4, 8), start: at + header, length: size - header });
    at += size;
  }
  return boxes;
}

function judgeTrack(track: Track, mdat: Box[]): string | null {
  if (!VIDEO_CODECS.has(track.codec)) return `the video codec "${track.codec}" is not one a camera records`;
  if (track.frames === 0) return 'the video track has no frames';
  if (track.durationMs <= 0) return 'the video track has no duration';
  const inMdat = (offset: number) => mdat.some((m) => offset >= m.start && offset < m.start + m.length);
  if (track.chunkOffsets.length === 0 || !track.chunkOffsets.every(inMdat)) {
    return 'the sample table points outside the media data';
  }
  const mediaBytes = mdat.reduce((sum, m) => sum + m.length, 0);
  return track.sampleBytes > mediaBytes ? 'the frames are larger than the media data' : null;
}

/** The video facts of an MP4, or why the bytes are not one (a plain sentence for the visit's mark). */
export async function checkMp4(src: ByteSource): Promise<Result<Mp4Facts, string>> {
  const boxes = await topLevel(src);
  if (typeof boxes === 'string') return { ok: false, error: `not an MP4 file: ${boxes}` };
  if (boxes[0]?.type !== 'ftyp') return { ok: false, error: 'not an MP4 file: it does not start with a file type box' };
  if (boxes.some((b) => b.type === 'moof')) return { ok: false, error: 'fragmented MP4 is not accepted' };
  const moovBox = boxes.filter((b) => b.type === 'moov');
  const mdat = boxes.filter((b) => b.type === 'mdat');
  if (moovBox.length !== 1) return { ok: false, error: 'the file has no single movie box (moov)' };
  if (mdat.length === 0) return { ok: false, error: 'the file has no media data (mdat)' };
  const moov = moovBox[0]!;
  if (moov.length > MAX_MOOV_BYTES) return { ok: false, error: 'the movie box is implausibly large' };
  // Read whole; box positions below are within this buffer, while chunk offsets in it are the file's own.
  const buf = await src.read(moov.start, moov.length);
  const root: Box = { type: 'moov', start: 0, length: moov.length };
  const children = childBoxes(buf, root.start, root.start + root.length);
  if (!children) return { ok: false, error: 'the movie box is malformed' };
  if (!children.some((b) => b.type === 'mvhd')) return { ok: false, error: 'the movie box has no header (mvhd)' };
  const tracks = children.filter((b) => b.type === 'trak').map((t) => videoTrack(buf, t));
  const problem = tracks.find((t): t is string => typeof t === 'string');
  const video = tracks.find((t): t is Track => typeof t === 'object' && t !== null);
  if (!video) return { ok: false, error: problem ?? 'the file has no video track' };
  const wrong = judgeTrack(video, mdat);
  if (wrong) return { ok: false, error: wrong };
  return { ok: true, value: { durationMs: video.durationMs, codec: video.codec, frames: video.frames } };
}
