import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMoov, readMp4Info } from "@/lib/assets/derive/mp4";

const box = (type: string, ...payload: Buffer[]) => {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
};

/** A 64-bit "largesize" box header (size field 1), as big files use for mdat. */
const largeBox = (type: string, body: Buffer) => {
  const head = Buffer.alloc(16);
  head.writeUInt32BE(1, 0);
  head.write(type, 4, "latin1");
  head.writeBigUInt64BE(BigInt(16 + body.length), 8);
  return Buffer.concat([head, body]);
};

function mvhd(version: 0 | 1, timescale: number, duration: number) {
  const b = Buffer.alloc(version === 1 ? 112 : 100);
  b[0] = version;
  if (version === 1) {
    b.writeUInt32BE(timescale, 20);
    b.writeBigUInt64BE(BigInt(duration), 24);
  } else {
    b.writeUInt32BE(timescale, 12);
    b.writeUInt32BE(duration, 16);
  }
  return box("mvhd", b);
}

function tkhd(version: 0 | 1, width: number, height: number, rotate90 = false) {
  const b = Buffer.alloc(version === 1 ? 96 : 84);
  b[0] = version;
  const matrix = 4 + (version === 1 ? 32 : 20) + 16;
  const m = rotate90
    ? [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000]
    : [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
  for (const [i, v] of m.entries()) b.writeInt32BE(v, matrix + i * 4);
  b.writeUInt32BE(width * 65536, matrix + 36);
  b.writeUInt32BE(height * 65536, matrix + 40);
  return box("tkhd", b);
}

const hdlr = (handler: string) => {
  const b = Buffer.alloc(24);
  b.write(handler, 8, "latin1");
  return box("hdlr", b);
};

const trak = (handler: string, header: Buffer) => box("trak", header, box("mdia", hdlr(handler)));
const ftyp = box("ftyp", Buffer.from("isom\0\0\x02\0isomiso2mp41", "latin1"));

const reader = (file: Buffer) => async (start: number, end: number) => file.subarray(start, end + 1);

describe("parseMoov", () => {
  it("reads duration from mvhd and size from the video track's tkhd (version 0)", () => {
    const moov = box("moov", mvhd(0, 1000, 8_500), trak("vide", tkhd(0, 1280, 720)));
    expect(parseMoov(moov)).toEqual({ durationSec: 8.5, width: 1280, height: 720 });
  });

  it("reads version 1 boxes and skips an audio track listed first", () => {
    const moov = box(
      "moov",
      mvhd(1, 90_000, 900_000),
      trak("soun", tkhd(1, 0, 0)),
      trak("vide", tkhd(1, 1920, 1080)),
    );
    expect(parseMoov(moov)).toEqual({ durationSec: 10, width: 1920, height: 1080 });
  });

  it("swaps width and height for a track rotated by 90°", () => {
    const moov = box("moov", mvhd(0, 600, 3000), trak("vide", tkhd(0, 1920, 1080, true)));
    expect(parseMoov(moov)).toEqual({ durationSec: 5, width: 1080, height: 1920 });
  });

  it("answers nulls for a moov without the boxes it needs, and for garbage", () => {
    expect(parseMoov(box("moov", trak("soun", tkhd(0, 0, 0))))).toEqual({
      durationSec: null,
      width: null,
      height: null,
    });
    expect(parseMoov(Buffer.from("not an mp4 at all"))).toEqual({
      durationSec: null,
      width: null,
      height: null,
    });
    const lying = box("moov", mvhd(0, 1000, 1000));
    lying.writeUInt32BE(10_000, 8); // mvhd claims to be larger than its parent
    expect(parseMoov(lying).durationSec).toBeNull();
  });
});

describe("readMp4Info", () => {
  it("finds a moov after a large mdat (not fast-start) reading only headers and the moov", async () => {
    const moov = box("moov", mvhd(0, 1000, 4000), trak("vide", tkhd(0, 640, 360)));
    const file = Buffer.concat([ftyp, largeBox("mdat", Buffer.alloc(200_000)), moov]);
    const reads: number[] = [];
    const info = await readMp4Info(async (s, e) => {
      reads.push(e - s + 1);
      return file.subarray(s, e + 1);
    }, file.length);
    expect(info).toEqual({ durationSec: 4, width: 640, height: 360 });
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(moov.length + 100);
  });

  it("answers null for a file whose boxes run past its end or that has no moov", async () => {
    const truncated = Buffer.concat([ftyp, box("mdat", Buffer.alloc(100))]).subarray(0, 60);
    expect(await readMp4Info(reader(truncated), truncated.length)).toBeNull();
    const noMoov = Buffer.concat([ftyp, box("free", Buffer.alloc(10))]);
    expect(await readMp4Info(reader(noMoov), noMoov.length)).toBeNull();
  });

  it.each([
    ["clip-a-16x9.mp4", 640, 360],
    ["clip-d-9x16.mp4", 360, 640],
  ])("reads the simulator's sample %s (8 s, %i×%i, as ffprobe reports)", async (name, width, height) => {
    const file = fs.readFileSync(path.resolve("public/sim-media", name));
    expect(await readMp4Info(reader(file), file.length)).toEqual({ durationSec: 8, width, height });
  });
});
