import "server-only";
import { createReadStream, createWriteStream, openAsBlob } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";

/** Local-folder storage: objects are files under DATA_DIR/storage, written via temp file + rename. */
const root = path.join(env.dataDir, "storage");

function resolveKey(key: string): string {
  if (!/^[a-zA-Z0-9/_.-]+$/.test(key) || key.includes("..")) throw new Error(`Invalid storage key: ${key}`);
  return path.join(root, key);
}

export async function tempPath(key: string): Promise<string> {
  const final = resolveKey(key);
  await fs.mkdir(path.dirname(final), { recursive: true });
  return `${final}.part-${process.pid}-${Date.now()}`;
}

export function writeStreamFor(tmp: string) {
  return createWriteStream(tmp, { flags: "wx" });
}

/** Atomic publish: the object exists fully or not at all. */
export async function commit(tmp: string, key: string): Promise<void> {
  await fs.rename(tmp, resolveKey(key));
}

export async function discard(tmp: string): Promise<void> {
  await fs.rm(tmp, { force: true });
}

export async function putBuffer(key: string, data: Buffer): Promise<void> {
  const tmp = await tempPath(key);
  await fs.writeFile(tmp, data);
  await commit(tmp, key);
}

export async function stat(key: string): Promise<{ size: number } | null> {
  try {
    const s = await fs.stat(resolveKey(key));
    return { size: s.size };
  } catch {
    return null;
  }
}

export function readStream(key: string, range?: { start: number; end: number }): Readable {
  return createReadStream(resolveKey(key), range);
}

/** A file-backed Blob: read lazily, so uploading it streams from disk. */
export function openBlob(key: string, type: string): Promise<Blob> {
  return openAsBlob(resolveKey(key), { type });
}

export async function readBuffer(key: string): Promise<Buffer> {
  return fs.readFile(resolveKey(key));
}

export async function remove(key: string): Promise<void> {
  await fs.rm(resolveKey(key), { force: true });
}
