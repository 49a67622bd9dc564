import { describe, expect, it } from "vitest";
import { gmProgramFor, isDrumKit } from "@/lib/ops/music/derived/gm-programs";
import { encodeSmf, midiVelocity, PPQ, toBase64, vlq } from "@/lib/ops/music/derived/smf";

type Event = { tick: number; status: number; data: number[] };

/** A minimal SMF reader for the assertions: header, chunk lengths, absolute ticks per event. */
function readSmf(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number) => String.fromCharCode(...bytes.slice(at, at + 4));
  expect(text(0)).toBe("MThd");
  const header = {
    length: view.getUint32(4),
    format: view.getUint16(8),
    ntracks: view.getUint16(10),
    division: view.getUint16(12),
  };
  const tracks: Event[][] = [];
  let at = 14;
  while (at < bytes.length) {
    expect(text(at)).toBe("MTrk");
    const end = at + 8 + view.getUint32(at + 4);
    let p = at + 8;
    let tick = 0;
    const events: Event[] = [];
    const readVlq = () => {
      let v = 0;
      for (;;) {
        const b = bytes[p++];
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) return v;
      }
    };
    while (p < end) {
      tick += readVlq();
      const status = bytes[p++];
      if (status === 0xff) {
        const type = bytes[p++];
        const len = readVlq();
        events.push({ tick, status, data: [type, ...bytes.slice(p, p + len)] });
        p += len;
      } else {
        const size = (status & 0xf0) === 0xc0 ? 1 : 2;
        events.push({ tick, status, data: [...bytes.slice(p, p + size)] });
        p += size;
      }
    }
    expect(p).toBe(end);
    tracks.push(events);
    at = end;
  }
  return { header, tracks };
}

describe("Standard MIDI File encoder", () => {
  it("encodes variable-length quantities like the SMF spec's examples", () => {
    expect(vlq(0)).toEqual([0x00]);
    expect(vlq(0x40)).toEqual([0x40]);
    expect(vlq(0x7f)).toEqual([0x7f]);
    expect(vlq(0x80)).toEqual([0x81, 0x00]);
    expect(vlq(0x2000)).toEqual([0xc0, 0x00]);
    expect(vlq(0x3fff)).toEqual([0xff, 0x7f]);
    expect(vlq(0x0fffffff)).toEqual([0xff, 0xff, 0xff, 0x7f]);
  });

  it("writes a format-1 file: conductor track with 120 bpm, then one named track per instrument", () => {
    const smf = readSmf(
      encodeSmf([
        { name: "Drums", notes: [{ pitch: 36, startSec: 0.5, endSec: 0.75, velocity: 1 }] },
        {
          name: "Electric Bass (finger)",
          notes: [
            { pitch: 40, startSec: 1, endSec: 2, velocity: 0.5 },
            { pitch: 40, startSec: 2, endSec: 3, velocity: 100 },
          ],
        },
      ]),
    );
    expect(smf.header).toEqual({ length: 6, format: 1, ntracks: 3, division: PPQ });
    expect(smf.tracks).toHaveLength(3);
    expect(smf.tracks[0]).toContainEqual({ tick: 0, status: 0xff, data: [0x51, 0x07, 0xa1, 0x20] });

    const drums = smf.tracks[1];
    expect(drums[0].data.slice(1)).toEqual([..."Drums"].map((c) => c.charCodeAt(0)));
    // Drums play on channel 10 (index 9) with no program change; 1 s = 960 ticks at 120 bpm.
    expect(drums.filter((e) => e.status !== 0xff)).toEqual([
      { tick: 480, status: 0x99, data: [36, 127] },
      { tick: 720, status: 0x89, data: [36, 0] },
    ]);

    const bass = smf.tracks[2].filter((e) => e.status !== 0xff);
    expect(bass[0]).toEqual({ tick: 0, status: 0xc0, data: [33] });
    // Back-to-back repeats: the note-off at tick 1920 comes before the next note-on.
    expect(bass.slice(1)).toEqual([
      { tick: 960, status: 0x90, data: [40, 64] },
      { tick: 1920, status: 0x80, data: [40, 0] },
      { tick: 1920, status: 0x90, data: [40, 100] },
      { tick: 2880, status: 0x80, data: [40, 0] },
    ]);
    expect(smf.tracks[2].at(-1)).toEqual({ tick: 2880, status: 0xff, data: [0x2f] });
  });

  it("keeps zero-length notes audible and clamps out-of-range pitches", () => {
    const smf = readSmf(
      encodeSmf([
        { name: "Lead 2 (sawtooth)", notes: [{ pitch: 140, startSec: 1, endSec: 1, velocity: 0.2 }] },
      ]),
    );
    const notes = smf.tracks[1].filter((e) => (e.status & 0xe0) === 0x80);
    expect(notes).toEqual([
      { tick: 960, status: 0x90, data: [127, 25] },
      { tick: 961, status: 0x80, data: [127, 0] },
    ]);
  });

  it("maps velocities, GM names and drum kits", () => {
    expect([
      midiVelocity(1),
      midiVelocity(0.5),
      midiVelocity(90),
      midiVelocity(400),
      midiVelocity(0),
    ]).toEqual([127, 64, 90, 127, 64]);
    expect(gmProgramFor("Electric Bass (finger)")).toBe(33);
    expect(gmProgramFor("Acoustic Grand Piano")).toBe(0);
    expect(gmProgramFor("Funky guitar")).toBe(25);
    expect(isDrumKit("Drums")).toBe(true);
    expect(isDrumKit("Steel Drums")).toBe(false);
  });

  it("base64-encodes like Node's Buffer for every padding length", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
