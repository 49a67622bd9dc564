import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import { localDriver } from "./local";
import { s3Driver } from "./s3";
import type { ByteRange, StorageDriver } from "./types";

export type { ByteRange, StorageDriver } from "./types";

let driver: StorageDriver | undefined;

/** The configured driver (STORAGE_DRIVER): a local folder under DATA_DIR by default, or S3. */
export function storage(): StorageDriver {
  driver ??=
    env.STORAGE_DRIVER === "s3"
      ? s3Driver({
          bucket: env.S3_BUCKET!,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          scratchDir: path.join(env.dataDir, "tmp", "s3-blobs"),
        })
      : localDriver(path.join(env.dataDir, "storage"));
  return driver;
}

export const putStream = (key: string, body: Readable, opts?: { contentType?: string }) =>
  storage().putStream(key, body, opts);
export const putBuffer = (key: string, data: Buffer, opts?: { contentType?: string }) =>
  storage().putBuffer(key, data, opts);
export const readStream = (key: string, range?: ByteRange) => storage().readStream(key, range);
export const readBuffer = (key: string) => storage().readBuffer(key);
export const stat = (key: string) => storage().stat(key);
export const remove = (key: string) => storage().remove(key);
/** A Blob that streams the stored object when read (re-uploading a result to Kie). */
export const openBlob = (key: string, type: string) => storage().openBlob(key, type);
