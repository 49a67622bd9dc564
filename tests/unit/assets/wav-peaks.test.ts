import { describe, expect, it } from "vitest";
import { downsample, wavPeaksAccumulator } from "@/lib/assets/derive/wav-peaks";

/** A PCM WAV whose amplitude ramps from 0 to 1 over the file (so peaks must rise steadily). */
function rampWav(opts: {
  frames: number;
  channels: number;
  bits: 8 | 16 | 24 | 32;
  float?: boolean;
  rate?: number;
}) {
  const { frames, channels, bits } = opts;
  const rate = opts.rate ?? 8000;
  const bps = bits / 8;
  const data = Buffer.alloc(frames * channels * bps);
  for (let f = 0; f < frames; f++) {
    const amp = f / (frames - 1);
    // Alternate sign so the decoder has to take absolute values; channel 1 is quieter.
    const v = (f % 2 ? -1 : 1) * amp;
    for (let c = 0; c < channels; c++) {
      const s = c === 0 ? v : v / 2;
      const off = (f * channels + c) * bps;
      if (opts.float) data.writeFloatLE(s, off);
      else if (bits === 8) data[off] = Math.round(128 + s * 127);
      else if (bits === 16) data.writeInt16LE(Math.round(s * 32767), off);
      else if (bits === 24) data.writeIntLE(Math.round(s * 8388607), off, 3);
      else data.writeInt32LE(Math.round(s * 2147483647), off);
    }
  }
  const fmt = Buffer.alloc(24);
  fmt.write("fmt ", 0, "latin1");
  fmt.writeUInt32LE(16, 4);
  fmt.writeUInt16LE(opts.float ? 3 : 1, 8);
  fmt.writeUInt16LE(channels, 10);
  fmt.writeUInt32LE(rate, 12);
  fmt.writeUInt32LE(rate * channels * bps, 16);
  fmt.writeUInt16LE(channels * bps, 20);
  fmt.writeUInt16LE(bits, 22);
  const list = Buffer.concat([Buffer.from("LIST\x04\0\0\0INFO", "latin1")]);
  const dataHeader = Buffer.alloc(8);
  dataHeader.write("data", 0, "latin1");
  dataHeader.writeUInt32LE(data.length, 4);
  const body = Buffer.concat([Buffer.from("WAVE", "latin1"), fmt, list, dataHeader, data]);
  const riff = Buffer.alloc(8);
  riff.write("RIFF", 0, "latin1");
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

function feed(wav: Buffer, chunkSize: number, count?: number) {
  const acc = wavPeaksAccumulator(count);
  for (let i = 0; i < wav.length; i += chunkSize) acc.push(wav.subarray(i, i + chunkSize));
  return acc.finish();
}

describe("wavPeaksAccumulator", () => {
  it.each([
    [8, false],
    [16, false],
    [24, false],
    [32, false],
    [32, true],
  ] as const)("decodes %i-bit (float: %s) PCM into 1000 rising peaks", (bits, float) => {
    const wav = rampWav({ frames: 40_000, channels: 2, bits, float });
    const peaks = feed(wav, 997)!; // odd chunk size: frames straddle chunk boundaries
    expect(peaks.peaks).toHaveLength(1000);
    expect(peaks.channels).toBe(2);
    expect(peaks.sampleRate).toBe(8000);
    expect(peaks.durationSec).toBe(5);
    expect(peaks.peaks[0]).toBeLessThan(0.01);
    expect(peaks.peaks[999]).toBeGreaterThan(0.99);
    expect(peaks.peaks[500]).toBeCloseTo(0.5, 1);
    for (let i = 1; i < 1000; i++) expect(peaks.peaks[i]).toBeGreaterThanOrEqual(peaks.peaks[i - 1]);
  });

  it("gives the same answer whatever the chunking", () => {
    const wav = rampWav({ frames: 12_345, channels: 1, bits: 16 });
    expect(feed(wav, 1)).toEqual(feed(wav, 65_536));
  });

  it("keeps memory bounded on long files by merging buckets", () => {
    const wav = rampWav({ frames: 600_000, channels: 1, bits: 8 });
    const peaks = feed(wav, 1 << 16)!;
    expect(peaks.peaks).toHaveLength(1000);
    expect(peaks.durationSec).toBe(75);
    expect(peaks.peaks[999]).toBeGreaterThan(0.99);
  });

  it("returns fewer peaks than asked for a very short file", () => {
    const peaks = feed(rampWav({ frames: 300, channels: 1, bits: 16 }), 4096)!;
    expect(peaks.peaks).toHaveLength(300);
  });

  it("returns null for what it cannot decode instead of throwing", () => {
    expect(feed(Buffer.from("ID3\x04\0\0\0\0\0\0 an mp3 file", "latin1"), 8)).toBeNull();
    const adpcm = rampWav({ frames: 100, channels: 1, bits: 16 });
    adpcm.writeUInt16LE(2, 20); // format tag 2 = MS ADPCM
    expect(feed(adpcm, 64)).toBeNull();
    expect(feed(rampWav({ frames: 100, channels: 1, bits: 16 }).subarray(0, 30), 8)).toBeNull();
  });
});

describe("downsample", () => {
  it("keeps the maximum of each span", () => {
    expect(downsample([0, 5, 1, 2, 9, 3], 3)).toEqual([5, 2, 9]);
    expect(downsample([1, 2], 5)).toEqual([1, 2]);
  });
});
