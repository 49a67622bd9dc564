import { describe, expect, it } from "vitest";
import { linkParents, type ManifestItem, uniqueName } from "@/app/api/v1/assets/zip/manifest";

const item = (assetId: string, file: string | null, parentAssetId: string | null = null) =>
  ({
    assetId,
    file,
    parent: parentAssetId ? { taskId: "t", assetId: parentAssetId, file: null } : null,
  }) as ManifestItem;

describe("ZIP entry names", () => {
  it("numbers repeats, ignores case and never collides with the manifest", () => {
    const taken = new Set<string>();
    expect(uniqueName("song.mp3", taken)).toBe("song.mp3");
    expect(uniqueName("Song.mp3", taken)).toBe("Song-2.mp3");
    expect(uniqueName("song.mp3", taken)).toBe("song-3.mp3");
    expect(uniqueName("manifest.json", taken)).toBe("manifest-2.json");
    expect(uniqueName("README", taken)).toBe("README");
  });
});

describe("manifest parent links", () => {
  it("point at the parent's file when it is in the same archive, else stay id-only", () => {
    const [parent, child, orphan] = linkParents([
      item("a1", "a.png"),
      item("b1", "b.png", "a1"),
      item("c1", "c.png", "zz"),
    ]);
    expect(parent.parent).toBeNull();
    expect(child.parent).toEqual({ taskId: "t", assetId: "a1", file: "a.png" });
    expect(orphan.parent?.file).toBeNull();
  });
});
