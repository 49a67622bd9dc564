import { describe, expect, it } from "vitest";
import { describeFields } from "@/components/forms/field-spec";
import {
  addMediaValues,
  checkMediaUrl,
  describeMediaValue,
  mediaCapacity,
  mediaValuesOf,
  rememberUpload,
  removeMediaValue,
} from "@/components/forms/media/media-values";
import { assetRef } from "@/lib/ops/media";
import { getOperation } from "@/lib/ops/registry";

const single = { widget: "media-url" as const, maxItems: undefined };
const list = { widget: "media-urls" as const, maxItems: 3 };
const ref = (id: string) => assetRef(`asset${id.padStart(8, "0")}`);

describe("media field specs", () => {
  it("surfaces the media kind and the list limit of real image operations", () => {
    const edit = describeFields(getOperation("image.market.google-nano-banana-edit")!);
    const media = edit.filter((f) => f.widget === "media-url" || f.widget === "media-urls");
    expect(media.length).toBeGreaterThan(0);
    for (const f of media) expect(f.media).toBe("image");
    expect(edit.find((f) => f.name === "image_urls")).toMatchObject({ widget: "media-urls", maxItems: 10 });
    const kontext = describeFields(getOperation("image.flux-kontext.edit")!);
    expect(kontext.find((f) => f.name === "inputImage")).toMatchObject({
      widget: "media-url",
      media: "image",
    });
  });
});

describe("media values", () => {
  it("tells my results, my uploads and plain links apart", () => {
    expect(describeMediaValue(ref("1"))).toEqual({
      type: "asset",
      value: ref("1"),
      assetId: "asset00000001",
    });
    expect(describeMediaValue("https://cdn.example.com/a/b.png")).toEqual({
      type: "url",
      value: "https://cdn.example.com/a/b.png",
      host: "cdn.example.com",
    });
    const uploaded = "https://tempfile.redpandaai.co/kieai/1/kie-studio/x/1-a.png";
    rememberUpload(uploaded, { fileName: "cat.png", kind: "image", bytes: 1234 });
    expect(describeMediaValue(uploaded)).toMatchObject({ type: "upload", note: { fileName: "cat.png" } });
  });

  it("a single field takes the newest choice; a list appends without duplicates up to its limit", () => {
    expect(addMediaValues(single, "", [ref("1")])).toBe(ref("1"));
    expect(addMediaValues(single, ref("1"), [ref("2")])).toBe(ref("2"));
    expect(addMediaValues(single, ref("1"), [])).toBe(ref("1"));
    expect(addMediaValues(list, [ref("1")], [ref("1"), ref("2")])).toEqual([ref("1"), ref("2")]);
    expect(addMediaValues(list, [ref("1"), ref("2")], [ref("3"), ref("4")])).toEqual([
      ref("1"),
      ref("2"),
      ref("3"),
    ]);
    expect(addMediaValues(list, undefined, ["https://a.example/x.png"])).toEqual(["https://a.example/x.png"]);
  });

  it("removing leaves the raw shape the schema expects", () => {
    expect(removeMediaValue(single, ref("1"), ref("1"))).toBe("");
    expect(removeMediaValue(list, [ref("1"), ref("2")], ref("1"))).toEqual([ref("2")]);
  });

  it("reads the chosen values from whatever the form holds, dropping blanks", () => {
    expect(mediaValuesOf(undefined)).toEqual([]);
    expect(mediaValuesOf("")).toEqual([]);
    expect(mediaValuesOf("https://a.example/x.png")).toEqual(["https://a.example/x.png"]);
    expect(mediaValuesOf(["", " ", ref("1"), 3])).toEqual([ref("1")]);
  });

  it("capacity is one for a single field and Kie's limit for a list", () => {
    expect(mediaCapacity(single)).toBe(1);
    expect(mediaCapacity(list)).toBe(3);
    expect(mediaCapacity({ widget: "media-urls", maxItems: undefined })).toBe(10);
  });

  it("checks a pasted link", () => {
    expect(checkMediaUrl("https://example.com/a.mp3")).toBeUndefined();
    expect(checkMediaUrl("  ")).toBe("Paste a link to the file");
    expect(checkMediaUrl("not a url")).toBe("That is not a valid URL");
    expect(checkMediaUrl("ftp://example.com/a.mp3")).toBe("The link must start with http:// or https://");
    expect(checkMediaUrl("javascript:alert(1)")).toBe("The link must start with http:// or https://");
  });
});
