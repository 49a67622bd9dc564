import { describe, expect, it } from "vitest";
import { z } from "zod";
import { followUpHref, followUpLinks, groupFollowUps } from "@/components/media/follow-up-links";
import type { AnyOperation } from "@/lib/ops/types";

function fakeOp(partial: Partial<AnyOperation> & Pick<AnyOperation, "id" | "category">): AnyOperation {
  return {
    title: partial.id,
    summary: "",
    outputs: ["image"],
    mode: "async",
    input: z.object({}),
    request: { method: "POST", path: "/x", toBody: () => ({}) },
    status: "market",
    callback: "optional",
    cost: () => 1,
    example: {},
    model: "Model",
    ...partial,
  };
}

describe("followUpHref", () => {
  it("opens the operation's own category page with the op and the source asset", () => {
    expect(followUpHref({ id: "video.veo.extend", category: "video" }, "asset_1")).toBe(
      "/video?op=video.veo.extend&from=asset_1",
    );
  });

  it("escapes ids that are not URL-safe", () => {
    expect(followUpHref({ id: "image.market.a/b c", category: "image" }, "x&y")).toBe(
      "/image?op=image.market.a%2Fb+c&from=x%26y",
    );
  });
});

describe("followUpLinks", () => {
  const source = { kinds: ["image" as const], prefill: () => ({}) };

  it("labels each link with the operation's action and tells similar entries apart", () => {
    const links = followUpLinks(
      [
        fakeOp({
          id: "image.market.recraft-remove-background",
          category: "image",
          title: "Remove background",
          model: "Recraft",
          source: { ...source, action: "Remove background" },
        }),
        fakeOp({
          id: "video.market.kling-2-6-image-to-video",
          category: "video",
          title: "Kling 2.6 · Image to video",
          model: "Kling 2.6",
          source: { ...source, action: "Animate with Kling 2.6" },
        }),
      ],
      "a1",
    );
    expect(links).toEqual([
      {
        operationId: "image.market.recraft-remove-background",
        category: "image",
        href: "/image?op=image.market.recraft-remove-background&from=a1",
        label: "Remove background",
        detail: "Recraft",
      },
      {
        operationId: "video.market.kling-2-6-image-to-video",
        category: "video",
        href: "/video?op=video.market.kling-2-6-image-to-video&from=a1",
        label: "Animate with Kling 2.6",
        detail: "Kling 2.6 · Image to video",
      },
    ]);
  });

  it("falls back to the title when an operation declares no action", () => {
    const [link] = followUpLinks(
      [fakeOp({ id: "music.wav", category: "music", title: "WAV", model: "WAV" })],
      "a2",
    );
    expect(link).toMatchObject({ label: "WAV", detail: "" });
  });
});

describe("groupFollowUps", () => {
  it("puts the result's own category first and keeps order within a category", () => {
    const links = followUpLinks(
      [
        fakeOp({ id: "video.a", category: "video" }),
        fakeOp({ id: "image.b", category: "image" }),
        fakeOp({ id: "video.c", category: "video" }),
      ],
      "x",
    );
    expect(groupFollowUps(links, "image").map((g) => [g.label, g.links.map((l) => l.operationId)])).toEqual([
      ["Image", ["image.b"]],
      ["Video", ["video.a", "video.c"]],
    ]);
  });
});
