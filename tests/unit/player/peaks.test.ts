import { describe, expect, it } from "vitest";
import { downsamplePeaks, flatPeaks, parsePeaks } from "@/components/player/peaks";

describe("parsePeaks", () => {
  it("reads the server's {version, peaks} document", () => {
    expect(parsePeaks({ version: 1, peaks: [0, 0.5, 1], sampleRate: 44100 })).toEqual([0, 0.5, 1]);
  });

  it("reads bare arrays, signed samples and larger scales as 0–1 magnitudes", () => {
    expect(parsePeaks([-0.5, 0.25])).toEqual([0.5, 0.25]);
    expect(parsePeaks({ data: [0, 16384, -32768] })).toEqual([0, 0.5, 1]);
    // Quiet but normalized peaks stay quiet: no stretching to full height.
    expect(parsePeaks([0.1, 0.2])).toEqual([0.1, 0.2]);
  });

  it("treats junk as no peaks and silence as zeros", () => {
    expect(parsePeaks(null)).toBeUndefined();
    expect(parsePeaks({ peaks: [] })).toBeUndefined();
    expect(parsePeaks("nope")).toBeUndefined();
    expect(parsePeaks([0, "x", Number.NaN])).toEqual([0, 0, 0]);
  });
});

describe("downsamplePeaks", () => {
  it("keeps the loudest peak of each bucket", () => {
    expect(downsamplePeaks([0.1, 0.9, 0.2, 0.3, 0.8, 0.1], 3)).toEqual([0.9, 0.3, 0.8]);
  });

  it("covers every input peak once when the count does not divide evenly", () => {
    const peaks = Array.from({ length: 1000 }, (_, i) => (i === 999 ? 1 : 0.1));
    const bars = downsamplePeaks(peaks, 120);
    expect(bars).toHaveLength(120);
    expect(bars.at(-1)).toBe(1);
    expect(bars.slice(0, -1).every((v) => v === 0.1)).toBe(true);
  });

  it("stretches fewer peaks than bars without inventing values", () => {
    expect(downsamplePeaks([0.2, 0.6], 4)).toEqual([0.2, 0.2, 0.6, 0.6]);
    expect(downsamplePeaks([], 4)).toEqual([]);
    expect(downsamplePeaks([1], 0)).toEqual([]);
  });

  it("draws a flat line when there are no peaks", () => {
    expect(flatPeaks(3)).toEqual([0.08, 0.08, 0.08]);
  });
});
