import { describe, expect, it } from "vitest";
import {
  acceptFor,
  checkKind,
  checkSize,
  formatBytes,
  kindOfMime,
  MAX_UPLOAD_BYTES,
  precheckFile,
  UPLOAD_CAPS,
} from "@/lib/uploads/limits";

describe("upload size and type decisions", () => {
  it("caps images at 25 MB, audio at 100 MB and video at 1 GB", () => {
    expect(UPLOAD_CAPS).toEqual({ image: 25e6, audio: 100e6, video: 1e9 });
    expect(MAX_UPLOAD_BYTES).toBe(1e9);
  });

  it("accepts a file exactly at the cap and refuses one byte more, saying how big it is", () => {
    expect(checkSize(25e6, "image")).toBeUndefined();
    expect(checkSize(25e6 + 1, "image")).toEqual({
      code: "too_large",
      message: "That file is 25 MB; images can be at most 25 MB",
    });
    expect(checkSize(31e6, "image")?.message).toBe("That file is 31 MB; images can be at most 25 MB");
    expect(checkSize(150e6, "audio")?.message).toBe("That file is 150 MB; audio files can be at most 100 MB");
    expect(checkSize(1.5e9, "video")?.message).toBe("That file is 1.5 GB; videos can be at most 1 GB");
    expect(checkSize(900e6, "video")).toBeUndefined();
  });

  it("without a kind, only the largest cap applies", () => {
    expect(checkSize(900e6)).toBeUndefined();
    expect(checkSize(2e9)?.message).toBe("That file is 2 GB; files can be at most 1 GB");
  });

  it("refuses an empty file", () => {
    expect(checkSize(0, "image")).toEqual({ code: "empty", message: "That file is empty" });
  });

  it("refuses what is not the kind the field asked for, and anything that is not media", () => {
    expect(checkKind("image", "image")).toBeUndefined();
    expect(checkKind("video")).toBeUndefined();
    expect(checkKind("audio", "image")).toEqual({ code: "wrong_kind", message: "That is not an image" });
    expect(checkKind(undefined, "audio")?.message).toBe("That is not an audio file");
    expect(checkKind("image", "video")?.message).toBe("That is not a video");
    expect(checkKind("midi")).toEqual({
      code: "not_media",
      message: "That is not an image, audio or video file",
    });
    expect(checkKind(undefined)?.code).toBe("not_media");
  });

  it("formats sizes in decimal units", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1500)).toBe("1.5 KB");
    expect(formatBytes(2_340_000)).toBe("2.3 MB");
    expect(formatBytes(31_400_000)).toBe("31 MB");
  });

  it("the browser pre-check reads the MIME type and size, and lets an untyped file through to the server", () => {
    expect(precheckFile({ size: 1000, type: "image/png" }, "image")).toBeUndefined();
    expect(precheckFile({ size: 1000, type: "application/pdf" }, "image")?.message).toBe(
      "That is not an image",
    );
    expect(precheckFile({ size: 1000, type: "text/plain" })?.code).toBe("not_media");
    expect(precheckFile({ size: 30e6, type: "image/jpeg" }, "image")?.code).toBe("too_large");
    expect(precheckFile({ size: 30e6, type: "audio/mpeg" })).toBeUndefined();
    expect(precheckFile({ size: 30e6, type: "" }, "image")?.code).toBe("too_large");
    expect(precheckFile({ size: 1000, type: "" }, "image")).toBeUndefined();
  });

  it("maps MIME types and kinds for file inputs", () => {
    expect(kindOfMime("video/mp4")).toBe("video");
    expect(kindOfMime("application/json")).toBeUndefined();
    expect(acceptFor("audio")).toBe("audio/*");
    expect(acceptFor()).toBe("image/*,audio/*,video/*");
  });
});
