import type { Readable } from "node:stream";

/** Inclusive byte range, as HTTP Range uses it. */
export type ByteRange = { start: number; end: number };

/**
 * Where mirrored files live. Every write is all-or-nothing: a reader sees the whole object or none
 * (local: temp file + rename; S3: a single PUT or a multipart upload completed at the end).
 */
export interface StorageDriver {
  readonly name: "local" | "s3";
  /** Streams `body` to `key`; when the stream fails nothing is left behind and the error is rethrown. */
  putStream(key: string, body: Readable, opts?: { contentType?: string }): Promise<void>;
  putBuffer(key: string, data: Buffer, opts?: { contentType?: string }): Promise<void>;
  /** Rejects when the object does not exist. */
  readStream(key: string, range?: ByteRange): Promise<Readable>;
  readBuffer(key: string): Promise<Buffer>;
  stat(key: string): Promise<{ size: number } | null>;
  remove(key: string): Promise<void>;
  /** A Blob that streams the object when read (for re-uploading a result to Kie). */
  openBlob(key: string, type: string): Promise<Blob>;
  /** Removes leftovers of writes a crashed process never finished; returns how many. */
  sweepPartials(olderThanMs: number): Promise<number>;
}

const KEY = /^[a-zA-Z0-9/_.-]+$/;

export function assertKey(key: string): string {
  if (!KEY.test(key) || key.includes("..") || key.startsWith("/") || key.includes(".part-"))
    throw new Error(`Invalid storage key: ${key}`);
  return key;
}
