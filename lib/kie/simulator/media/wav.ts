export const SAMPLE_RATE = 22050;

/** RIFF/WAVE, PCM 16-bit mono. */
export function encodeWav(samples: Int16Array, sampleRate = SAMPLE_RATE): Buffer {
  const dataBytes = samples.length * 2;
  const buf = Buffer.alloc(44 + dataBytes);
  buf.write("RIFF", 0, "ascii");
  buf.writeUInt32LE(36 + dataBytes, 4);
  buf.write("WAVE", 8, "ascii");
  buf.write("fmt ", 12, "ascii");
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write("data", 36, "ascii");
  buf.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) buf.writeInt16LE(samples[i], 44 + i * 2);
  return buf;
}

/**
 * Durations are whole multiples of 20 ms so that `seconds * 22050` is an integer and the
 * advertised duration equals the file's real duration exactly.
 */
export const DURATION_STEP_SAMPLES = SAMPLE_RATE / 50;

export function sampleCountFor(durationSeconds: number): number {
  return Math.round(durationSeconds * 50) * DURATION_STEP_SAMPLES;
}

export function durationOf(sampleCount: number): number {
  return Math.round((sampleCount / SAMPLE_RATE) * 100) / 100;
}
