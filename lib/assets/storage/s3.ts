import { randomBytes } from "node:crypto";
import { createWriteStream, openAsBlob } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertKey, type ByteRange, type StorageDriver } from "./types";

export type S3Config = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Local scratch folder for Blobs handed to uploads (they must be re-readable). */
  scratchDir: string;
};

const PART_SIZE = 8 * 1024 * 1024;

const isNotFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NotFound" || e?.name === "NoSuchKey" || e?.$metadata?.httpStatusCode === 404;
};

/**
 * An S3-compatible bucket. Objects are private: the studio streams them through its own
 * authorized route and never hands out a bucket address.
 */
export function s3Driver(cfg: S3Config): StorageDriver {
  const client = new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint,
    forcePathStyle: cfg.forcePathStyle,
    credentials:
      cfg.accessKeyId && cfg.secretAccessKey
        ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey }
        : undefined,
  });
  const Bucket = cfg.bucket;

  async function get(key: string, range?: ByteRange): Promise<Readable> {
    const out = await client.send(
      new GetObjectCommand({
        Bucket,
        Key: assertKey(key),
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    if (!(out.Body instanceof Readable)) throw new Error(`Storage returned no body for ${key}`);
    return out.Body;
  }

  async function put(key: string, body: Readable | Buffer, contentType?: string): Promise<void> {
    // Small bodies become one PUT; larger ones a multipart upload that only appears once completed
    // and is aborted (parts deleted) when the body fails.
    const upload = new Upload({
      client,
      params: { Bucket, Key: assertKey(key), Body: body, ContentType: contentType },
      partSize: PART_SIZE,
      queueSize: 4,
      leavePartsOnError: false,
    });
    // The body's own failure is the one worth reporting, also when aborting the upload fails too
    // (parts left by a failed abort are removed by sweepPartials or a bucket lifecycle rule).
    let bodyError: unknown;
    if (body instanceof Readable)
      body.once("error", (err) => {
        bodyError = err;
      });
    try {
      await upload.done();
    } catch (err) {
      throw bodyError ?? err;
    }
  }

  return {
    name: "s3",
    putStream: (key, body, opts) => put(key, body, opts?.contentType),
    putBuffer: (key, data, opts) => put(key, data, opts?.contentType),
    readStream: get,
    async readBuffer(key) {
      const chunks: Buffer[] = [];
      for await (const chunk of await get(key)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: assertKey(key) }));
        return { size: head.ContentLength ?? 0 };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertKey(key) }));
    },
    async openBlob(key, type) {
      await fs.mkdir(cfg.scratchDir, { recursive: true });
      const file = path.join(cfg.scratchDir, `${randomBytes(8).toString("hex")}.blob`);
      try {
        await pipeline(await get(key), createWriteStream(file, { flags: "wx" }));
      } catch (err) {
        await fs.rm(file, { force: true });
        throw err;
      }
      // The scratch copy is removed by sweepPartials once no upload can still be reading it.
      return openAsBlob(file, { type });
    },
    async sweepPartials(olderThanMs) {
      const cutoff = Date.now() - olderThanMs;
      let removed = 0;
      for (const name of await fs.readdir(cfg.scratchDir).catch(() => [] as string[])) {
        const file = path.join(cfg.scratchDir, name);
        const s = await fs.stat(file).catch(() => null);
        if (s && s.mtimeMs < cutoff) {
          await fs.rm(file, { force: true });
          removed++;
        }
      }
      try {
        const listed = await client.send(new ListMultipartUploadsCommand({ Bucket }));
        for (const u of listed.Uploads ?? []) {
          if (!u.Key || !u.UploadId || (u.Initiated && u.Initiated.getTime() >= cutoff)) continue;
          await client.send(new AbortMultipartUploadCommand({ Bucket, Key: u.Key, UploadId: u.UploadId }));
          removed++;
        }
      } catch (err) {
        // Some S3-compatible servers cannot list uploads; a bucket lifecycle rule covers those.
        if (!isNotImplemented(err)) throw err;
      }
      return removed;
    },
  };
}

function isNotImplemented(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  return e?.name === "NotImplemented" || status === 501 || status === 404 || status === 405;
}
