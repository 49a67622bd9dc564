import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acceptHead, capsFrom, isPermanentMirrorError } from "@/lib/assets/media-rules";
import { EnvError, loadEnv } from "@/lib/env-schema";
import { AppError } from "@/lib/errors";

const DATA_DIR = path.join(os.tmpdir(), `kie-caps-test-${process.pid}`);

describe("mirror size caps", () => {
  it("default to 25 MB images, 100 MB audio and 1 GB video", () => {
    const caps = capsFrom(loadEnv({ DATA_DIR }));
    expect(caps).toMatchObject({ image: 25e6, audio: 100e6, video: 1e9 });
  });

  it("are configurable per kind", () => {
    const env = loadEnv({
      DATA_DIR,
      MIRROR_MAX_IMAGE_MB: "2.5",
      MIRROR_MAX_AUDIO_MB: "40",
      MIRROR_MAX_VIDEO_MB: "3000",
    });
    expect(capsFrom(env)).toMatchObject({ image: 2.5e6, audio: 40e6, video: 3e9 });
  });

  it("refuse nonsense with a message naming the variable", () => {
    expect(() => loadEnv({ DATA_DIR, MIRROR_MAX_VIDEO_MB: "0" })).toThrow(
      "MIRROR_MAX_VIDEO_MB must be more than 0 MB",
    );
    expect(() => loadEnv({ DATA_DIR, MIRROR_MAX_IMAGE_MB: "lots" })).toThrow(EnvError);
  });
});

describe("storage configuration", () => {
  it("defaults to the local driver", () => {
    expect(loadEnv({ DATA_DIR }).STORAGE_DRIVER).toBe("local");
  });

  it("reads the S3 settings", () => {
    const env = loadEnv({
      DATA_DIR,
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "studio",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(env).toMatchObject({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "studio",
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: true,
    });
  });

  it("requires a bucket for s3 and both halves of a key pair", () => {
    expect(() => loadEnv({ DATA_DIR, STORAGE_DRIVER: "s3" })).toThrow(
      "S3_BUCKET is required when STORAGE_DRIVER=s3",
    );
    expect(() => loadEnv({ DATA_DIR, S3_ACCESS_KEY_ID: "id" })).toThrow(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
    );
    expect(() => loadEnv({ DATA_DIR, STORAGE_DRIVER: "gcs" })).toThrow(
      'STORAGE_DRIVER must be "local" or "s3"',
    );
  });
});

describe("acceptHead", () => {
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  it("accepts the declared kind and names the sniffed type", () => {
    expect(acceptHead("image", png).mime).toBe("image/png");
  });
  it("refuses markup for every kind, permanently", () => {
    for (const kind of ["image", "audio", "video", "text", "midi"] as const) {
      let err: unknown;
      try {
        acceptHead(kind, Buffer.from("<html><body>502 Bad Gateway</body></html>"));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect(isPermanentMirrorError(err)).toBe(true);
    }
  });
  it("accepts plain text for text outputs but not binary junk", () => {
    expect(acceptHead("text", Buffer.from("[00:01.00] la la la\n")).kind).toBe("text");
    expect(() => acceptHead("text", Buffer.from([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7]))).toThrow(
      "Expected a text but the link returned something unrecognised",
    );
  });
  it("treats timeouts and cut-short downloads as worth retrying", () => {
    expect(isPermanentMirrorError(new AppError("net_idle", "x"))).toBe(false);
    expect(isPermanentMirrorError(new AppError("media_truncated", "x"))).toBe(false);
    expect(isPermanentMirrorError(new AppError("net_blocked", "x"))).toBe(true);
  });
});
