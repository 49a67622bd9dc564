import { describe, expect, it } from "vitest";
import {
  filterFromParams,
  galleryParamsSchema,
  stateFromSearchParams,
  stateToSearchParams,
} from "@/components/gallery/gallery-params";

describe("gallery URL state", () => {
  it("round-trips every filter through the URL", () => {
    const state = {
      kind: "image" as const,
      category: "image",
      operation: "image.market.nano-banana",
      from: "2026-01-01",
      to: "2026-01-31",
      favorites: true,
      collection: "ckcollection0001",
      q: "red fox",
      sort: "oldest" as const,
    };
    const params = Object.fromEntries(stateToSearchParams(state));
    expect(stateFromSearchParams(params)).toEqual(state);
  });

  it("leaves defaults out of the URL and drops invalid values leniently", () => {
    expect(stateToSearchParams({ sort: "newest", q: "  " }).toString()).toBe("");
    expect(stateFromSearchParams({ kind: "hologram", from: "yesterday", q: "ok" })).toEqual({ q: "ok" });
  });

  it("makes the date range whole UTC days and only sorts by position inside a collection", () => {
    const f = filterFromParams(
      galleryParamsSchema.parse({ from: "2026-03-01", to: "2026-03-01", sort: "position" }),
    );
    expect(f.from?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(f.to?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(f.sort).toBeUndefined();
  });

  it("explains a bad value in words", () => {
    const r = galleryParamsSchema.safeParse({ sort: "random" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("sort must be newest, oldest or position");
  });
});
