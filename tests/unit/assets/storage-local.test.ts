import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { localDriver } from "@/lib/assets/storage/local";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "kie-local-storage-"));
const store = localDriver(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const text = async (r: Readable) => {
  let s = "";
  for await (const c of r) s += c;
  return s;
};

describe("local storage driver", () => {
  it("writes, stats, reads with a range and removes", async () => {
    await store.putStream("assets/u/a", Readable.from([Buffer.from("hello "), Buffer.from("world")]));
    expect(await store.stat("assets/u/a")).toEqual({ size: 11 });
    expect(await text(await store.readStream("assets/u/a", { start: 6, end: 10 }))).toBe("world");
    expect((await store.readBuffer("assets/u/a")).toString()).toBe("hello world");
    expect(await (await store.openBlob("assets/u/a", "text/plain")).text()).toBe("hello world");
    await store.remove("assets/u/a");
    expect(await store.stat("assets/u/a")).toBeNull();
    await expect(store.readStream("assets/u/a")).rejects.toThrow();
  });

  it("publishes nothing, and leaves no temp file, when the stream fails", async () => {
    await store.putBuffer("assets/u/b", Buffer.from("old"));
    const failing = new Readable({
      read() {
        this.push(Buffer.from("partial"));
        this.destroy(new Error("connection lost"));
      },
    });
    await expect(store.putStream("assets/u/b", failing)).rejects.toThrow("connection lost");
    expect((await store.readBuffer("assets/u/b")).toString()).toBe("old");
    expect(fs.readdirSync(path.join(root, "assets/u"))).toEqual(["b"]);
  });

  it("refuses keys that could escape the folder", async () => {
    for (const key of ["../etc/passwd", "/abs", "a/../../b", "a b", "x.part-1"])
      await expect(store.putBuffer(key, Buffer.from("x"))).rejects.toThrow("Invalid storage key");
  });

  it("sweeps temp files a crashed process left, but not fresh ones", async () => {
    const dir = path.join(root, "assets/v");
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, "c.part-123-abcd");
    const fresh = path.join(dir, "d.part-456-ef01");
    fs.writeFileSync(stale, "x");
    fs.writeFileSync(fresh, "y");
    const old = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(stale, old, old);
    expect(await store.sweepPartials(3600_000)).toBe(1);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it("sweeps at once a fresh temp file whose writer on this host is dead, never a live writer's", async () => {
    const dir = path.join(root, "assets/w");
    fs.mkdirSync(dir, { recursive: true });
    const host = createHash("sha256").update(os.hostname()).digest("hex").slice(0, 6);
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    const dead = path.join(dir, `e.part-${host}-${deadPid}-0badf00d`);
    const mine = path.join(dir, `f.part-${host}-${process.pid}-0badf00d`);
    const parent = path.join(dir, `g.part-${host}-${process.ppid}-0badf00d`);
    const elsewhere = path.join(dir, `h.part-abcdef-${deadPid}-0badf00d`);
    for (const f of [dead, mine, parent, elsewhere]) fs.writeFileSync(f, "z");
    expect(await store.sweepPartials(3600_000)).toBe(1);
    expect(fs.existsSync(dead)).toBe(false);
    for (const f of [mine, parent, elsewhere]) expect(fs.existsSync(f)).toBe(true);
  });
});
