import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, openAsBlob } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertKey, type ByteRange, type StorageDriver } from "./types";

const PARTIAL = ".part-";
/** Temp files name their writer (this host, its pid), so a dead writer's leftovers go at once. */
const HOST_TAG = createHash("sha256").update(os.hostname()).digest("hex").slice(0, 6);
const WRITER = /\.part-([0-9a-f]{6})-(\d+)-[0-9a-f]{8}$/;
/** Large media: fewer, bigger writes keep the disk busy instead of waiting on 16 KiB round trips. */
const STREAM_BUFFER = 1 << 20;

/** Objects are files under `root`, written to a sibling temp file and renamed into place. */
export function localDriver(root: string): StorageDriver {
  const fileOf = (key: string) => path.join(root, assertKey(key));

  async function tempFor(key: string): Promise<string> {
    const final = fileOf(key);
    await fs.mkdir(path.dirname(final), { recursive: true });
    return `${final}${PARTIAL}${HOST_TAG}-${process.pid}-${randomBytes(4).toString("hex")}`;
  }

  async function publish(key: string, write: (tmp: string) => Promise<void>): Promise<void> {
    const tmp = await tempFor(key);
    try {
      await write(tmp);
      await fs.rename(tmp, fileOf(key));
    } catch (err) {
      await fs.rm(tmp, { force: true });
      throw err;
    }
  }

  return {
    name: "local",
    putStream: (key, body) =>
      publish(key, (tmp) =>
        pipeline(body, createWriteStream(tmp, { flags: "wx", highWaterMark: STREAM_BUFFER })),
      ),
    putBuffer: (key, data) => publish(key, (tmp) => fs.writeFile(tmp, data, { flag: "wx" })),
    async readStream(key, range?: ByteRange): Promise<Readable> {
      const file = fileOf(key);
      await fs.access(file);
      return createReadStream(file, range);
    },
    readBuffer: (key) => fs.readFile(fileOf(key)),
    async stat(key) {
      try {
        const s = await fs.stat(fileOf(key));
        return s.isFile() ? { size: s.size } : null;
      } catch {
        return null;
      }
    },
    remove: (key) => fs.rm(fileOf(key), { force: true }),
    openBlob: (key, type) => openAsBlob(fileOf(key), { type }),
    async sweepPartials(olderThanMs) {
      let entries: string[];
      try {
        entries = await fs.readdir(root, { recursive: true });
      } catch {
        return 0;
      }
      let removed = 0;
      const cutoff = Date.now() - olderThanMs;
      for (const rel of entries) {
        if (!path.basename(rel).includes(PARTIAL)) continue;
        const file = path.join(root, rel);
        const s = await fs.stat(file).catch(() => null);
        if (s && (s.mtimeMs < cutoff || writerIsDead(rel))) {
          await fs.rm(file, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

/** True only for a temp file written on this host by a process that no longer exists (kill -9). */
function writerIsDead(file: string): boolean {
  const m = WRITER.exec(file);
  if (!m || m[1] !== HOST_TAG) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}
