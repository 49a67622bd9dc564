/** What the studio shows about a video, read from its MP4/QuickTime header (no decoding). */
export type Mp4Info = { durationSec: number | null; width: number | null; height: number | null };

export type RangeReader = (start: number, end: number) => Promise<Buffer>;

/** A moov box larger than this is not a real header (hours of tracks stay well under 1 MB). */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 1000;

type Box = { type: string; start: number; headerSize: number; size: number };

function boxAt(buf: Buffer, off: number, limit: number): Box | null {
  if (off + 8 > limit) return null;
  let size = buf.readUInt32BE(off);
  const type = buf.toString("latin1", off + 4, off + 8);
  let headerSize = 8;
  if (size === 1) {
    if (off + 16 > limit) return null;
    size = Number(buf.readBigUInt64BE(off + 8));
    headerSize = 16;
  } else if (size === 0) size = limit - off;
  if (size < headerSize || off + size > limit) return null;
  return { type, start: off, headerSize, size };
}

function* children(buf: Buffer, start: number, end: number): Generator<Box> {
  let off = start;
  while (off < end) {
    const box = boxAt(buf, off, end);
    if (!box) return;
    yield box;
    off += box.size;
  }
}

const childOf = (buf: Buffer, parent: Box, type: string) =>
  [...children(buf, parent.start + parent.headerSize, parent.start + parent.size)].find(
    (b) => b.type === type,
  );

/** Duration from mvhd, display size from the first video track's tkhd (rotation applied). */
export function parseMoov(moov: Buffer): Mp4Info {
  const root = boxAt(moov, 0, moov.length);
  const info: Mp4Info = { durationSec: null, width: null, height: null };
  if (root?.type !== "moov") return info;
  const mvhd = childOf(moov, root, "mvhd");
  if (mvhd) info.durationSec = readMvhdDuration(moov, mvhd.start + mvhd.headerSize, mvhd.start + mvhd.size);
  for (const trak of children(moov, root.headerSize, root.size)) {
    if (trak.type !== "trak") continue;
    const tkhd = childOf(moov, trak, "tkhd");
    const mdia = childOf(moov, trak, "mdia");
    const hdlr = mdia ? childOf(moov, mdia, "hdlr") : undefined;
    // hdlr: version/flags (4), pre_defined (4), handler_type (4).
    const handler = hdlr
      ? moov.toString("latin1", hdlr.start + hdlr.headerSize + 8, hdlr.start + hdlr.headerSize + 12)
      : "";
    if (!tkhd || (hdlr && handler !== "vide")) continue;
    const dims = readTkhdSize(moov, tkhd.start + tkhd.headerSize, tkhd.start + tkhd.size);
    if (dims && dims.width > 0 && dims.height > 0) {
      info.width = dims.width;
      info.height = dims.height;
      break;
    }
  }
  return info;
}

function readMvhdDuration(b: Buffer, off: number, end: number): number | null {
  const version = b[off];
  const need = version === 1 ? 32 : 20;
  if (off + need > end) return null;
  const timescale = version === 1 ? b.readUInt32BE(off + 20) : b.readUInt32BE(off + 12);
  const duration = version === 1 ? Number(b.readBigUInt64BE(off + 24)) : b.readUInt32BE(off + 16);
  const unknown = version === 1 ? duration === Number(0xffffffffffffffffn) : duration === 0xffffffff;
  if (!timescale || unknown) return null;
  return duration / timescale;
}

function readTkhdSize(b: Buffer, off: number, end: number): { width: number; height: number } | null {
  // After version/flags: times + track id + reserved + duration (20 bytes in v0, 32 in v1),
  // then reserved (8), layer, alternate group, volume, reserved (8), matrix (36), width, height (16.16).
  const version = b[off];
  const matrixAt = off + 4 + (version === 1 ? 32 : 20) + 16;
  if (matrixAt + 44 > end) return null;
  const a = b.readInt32BE(matrixAt);
  const bb = b.readInt32BE(matrixAt + 4);
  const width = Math.round(b.readUInt32BE(matrixAt + 36) / 65536);
  const height = Math.round(b.readUInt32BE(matrixAt + 40) / 65536);
  // A 90° or 270° rotation matrix (a = 0, b = ±1) means the picture is shown on its side.
  const rotated = a === 0 && Math.abs(bb) === 0x10000;
  return rotated ? { width: height, height: width } : { width, height };
}

/**
 * Finds the moov box wherever it is (start for "fast start" files, end otherwise) reading only box
 * headers and the moov itself. `null` when the file is not an MP4 we can read.
 */
export async function readMp4Info(read: RangeReader, size: number): Promise<Mp4Info | null> {
  let off = 0;
  for (let i = 0; i < MAX_TOP_LEVEL_BOXES && off + 8 <= size; i++) {
    const head = await read(off, Math.min(size, off + 16) - 1);
    if (head.length < 8) return null;
    const type = head.toString("latin1", 4, 8);
    let boxSize = head.readUInt32BE(0);
    if (boxSize === 1) {
      if (head.length < 16) return null;
      boxSize = Number(head.readBigUInt64BE(8));
    } else if (boxSize === 0) boxSize = size - off;
    if (boxSize < 8 || off + boxSize > size) return null;
    if (type === "moov") {
      if (boxSize > MAX_MOOV_BYTES) return null;
      return parseMoov(await read(off, off + boxSize - 1));
    }
    off += boxSize;
  }
  return null;
}
