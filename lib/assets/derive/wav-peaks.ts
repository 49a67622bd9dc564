/** Waveform peaks as stored next to an audio asset and served as `?variant=peaks`. */
export type Peaks = {
  version: 1;
  /** Largest absolute sample (all channels) per bucket, 0..1, evenly spread over the track. */
  peaks: number[];
  sampleRate: number;
  channels: number;
  durationSec: number;
};

export const PEAK_COUNT = 1000;
/** Working resolution: when exceeded, neighbouring buckets merge, so memory stays bounded. */
const MAX_BUCKETS = 16_384;
/** A WAV whose sample data does not start within this many bytes is not worth decoding. */
const MAX_HEADER_BYTES = 1 << 20;

type Format = { channels: number; sampleRate: number; bytesPerSample: number; float: boolean; frame: number };

/**
 * Decodes PCM WAV (8/16/24/32-bit integer, 32/64-bit float) chunk by chunk as it streams past and
 * keeps only bucket maxima. `push` never throws; a file it cannot read yields `null` from `finish`.
 */
export function wavPeaksAccumulator(count = PEAK_COUNT) {
  let header: Buffer | null = Buffer.alloc(0);
  let format: Format | null = null;
  let dataLeft = 0;
  let carry = Buffer.alloc(0);
  let failed = false;
  let frames = 0;
  let bucketFrames = 1;
  let bucketFill = 0;
  let bucketMax = 0;
  let buckets: number[] = [];

  function readHeader(): void {
    const h = header!;
    if (h.length < 12) return;
    if (h.toString("latin1", 0, 4) !== "RIFF" || h.toString("latin1", 8, 12) !== "WAVE") {
      failed = true;
      return;
    }
    let off = 12;
    while (off + 8 <= h.length) {
      const id = h.toString("latin1", off, off + 4);
      const size = h.readUInt32LE(off + 4);
      if (id === "data") {
        if (!format) {
          failed = true;
          return;
        }
        // 0 and 0xFFFFFFFF mark a stream whose length was unknown when the header was written.
        dataLeft = size === 0 || size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
        header = null;
        consume(h.subarray(off + 8));
        return;
      }
      if (off + 8 + size > h.length) break;
      if (id === "fmt ") format = parseFmt(h.subarray(off + 8, off + 8 + size));
      if (id === "fmt " && !format) {
        failed = true;
        return;
      }
      off += 8 + size + (size % 2);
    }
    if (h.length > MAX_HEADER_BYTES) failed = true;
  }

  function consume(chunk: Buffer): void {
    const f = format!;
    let data = chunk.subarray(0, Math.min(chunk.length, dataLeft));
    dataLeft -= data.length;
    if (carry.length) {
      data = Buffer.concat([carry, data]);
      carry = Buffer.alloc(0);
    }
    const whole = data.length - (data.length % f.frame);
    for (let off = 0; off < whole; off += f.frame) {
      let max = 0;
      for (let c = 0; c < f.channels; c++) {
        const v = Math.abs(sampleAt(data, off + c * f.bytesPerSample, f));
        if (v > max) max = v;
      }
      if (max > bucketMax) bucketMax = max;
      frames++;
      if (++bucketFill === bucketFrames) closeBucket();
    }
    if (whole < data.length) carry = Buffer.from(data.subarray(whole));
  }

  function closeBucket(): void {
    buckets.push(Math.min(1, bucketMax));
    bucketFill = 0;
    bucketMax = 0;
    if (buckets.length >= MAX_BUCKETS) {
      const merged: number[] = [];
      for (let i = 0; i < buckets.length; i += 2) merged.push(Math.max(buckets[i], buckets[i + 1] ?? 0));
      buckets = merged;
      bucketFrames *= 2;
    }
  }

  return {
    push(chunk: Buffer): void {
      if (failed) return;
      if (header) {
        header = Buffer.concat([header, chunk]);
        readHeader();
      } else if (dataLeft > 0) consume(chunk);
    },
    finish(): Peaks | null {
      if (failed || header || !format || frames === 0) return null;
      if (bucketFill > 0) closeBucket();
      return {
        version: 1,
        peaks: downsample(buckets, count).map((v) => Math.round(v * 1000) / 1000),
        sampleRate: format.sampleRate,
        channels: format.channels,
        durationSec: frames / format.sampleRate,
      };
    },
  };
}

function parseFmt(fmt: Buffer): Format | null {
  if (fmt.length < 16) return null;
  let tag = fmt.readUInt16LE(0);
  // WAVE_FORMAT_EXTENSIBLE keeps the real format in the first two bytes of its sub-format GUID.
  if (tag === 0xfffe && fmt.length >= 26) tag = fmt.readUInt16LE(24);
  const channels = fmt.readUInt16LE(2);
  const sampleRate = fmt.readUInt32LE(4);
  const bits = fmt.readUInt16LE(14);
  const float = tag === 3;
  const supported = (tag === 1 && [8, 16, 24, 32].includes(bits)) || (float && (bits === 32 || bits === 64));
  if (!supported || channels < 1 || channels > 32 || sampleRate < 1) return null;
  const bytesPerSample = bits / 8;
  return { channels, sampleRate, bytesPerSample, float, frame: bytesPerSample * channels };
}

function sampleAt(b: Buffer, off: number, f: Format): number {
  if (f.float) return f.bytesPerSample === 4 ? b.readFloatLE(off) : b.readDoubleLE(off);
  switch (f.bytesPerSample) {
    case 1:
      return (b[off] - 128) / 128;
    case 2:
      return b.readInt16LE(off) / 32768;
    case 3:
      return b.readIntLE(off, 3) / 8388608;
    default:
      return b.readInt32LE(off) / 2147483648;
  }
}

/** Exactly `count` values (fewer when there are fewer buckets), each the max of its span. */
export function downsample(values: number[], count: number): number[] {
  if (values.length <= count) return values.slice();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * values.length) / count);
    const to = Math.floor(((i + 1) * values.length) / count);
    let max = 0;
    for (let j = from; j < to; j++) if (values[j] > max) max = values[j];
    out.push(max);
  }
  return out;
}
