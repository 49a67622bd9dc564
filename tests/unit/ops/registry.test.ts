import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { operationCatalog } from "@/lib/ops/catalog";
import { getOperation, operations } from "@/lib/ops/registry";

describe("operation registry", () => {
  it("has unique, well-formed ids", () => {
    const ids = operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(music|video|image|audio|chat)\.[a-z0-9.-]+$/);
  });

  describe.each(operations.map((op) => [op.id, op] as const))("%s", (_id, op) => {
    it("parses its own example", () => {
      const r = op.input.safeParse(op.example);
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    });

    it("builds the recorded Kie request body from the example", () => {
      const input = op.input.parse(op.example);
      const body = op.request.toBody(input, { callBackUrl: "https://studio.example/api/kie/callback/TOKEN" });
      expect({ method: op.request.method, path: op.request.path, body }).toMatchSnapshot();
    });

    it("labels every input field for the generated form", () => {
      for (const [key, field] of Object.entries(op.input.shape)) {
        const meta = (field as z.ZodType).meta() as { label?: string } | undefined;
        expect(meta?.label, `${op.id}.${key}`).toBeTruthy();
      }
    });

    it("estimates a positive cost", () => {
      expect(op.cost(op.input.parse(op.example))).toBeGreaterThan(0);
    });
  });

  it("rejects the simple-mode music description over 500 characters with a field message", () => {
    const r = getOperation("music.generate")!.input.safeParse({ customMode: false, prompt: "x".repeat(501) });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["prompt"] });
    expect(r.error?.issues[0].message).toContain("500");
  });

  it("requires style and title in custom mode", () => {
    const r = getOperation("music.generate")!.input.safeParse({
      customMode: true,
      prompt: "[Verse] hi",
      instrumental: false,
    });
    const paths = r.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["style", "title"]));
  });

  it("sends custom-mode fields only in custom mode", () => {
    const op = getOperation("music.generate")!;
    const simple = op.request.toBody(op.input.parse({ prompt: "a song", styleWeight: 0.5 }), {
      callBackUrl: "https://x/cb",
    });
    expect(simple).not.toHaveProperty("styleWeight");
    expect(simple).toMatchObject({
      customMode: false,
      instrumental: false,
      model: "V5",
      callBackUrl: "https://x/cb",
    });
  });

  it("lists every operation with its Kie endpoint for the JSON API", () => {
    const catalog = operationCatalog();
    expect(catalog.map((c) => c.id)).toEqual(operations.map((o) => o.id));
    const nano = catalog.find((c) => c.id === "image.market.nano-banana")!;
    expect(nano.kie).toEqual({
      method: "POST",
      path: "/api/v1/jobs/createTask",
      model: "google/nano-banana",
    });
    expect(catalog.find((c) => c.id === "music.generate")!.kie).toEqual({
      method: "POST",
      path: "/api/v1/generate",
    });
    for (const c of catalog) expect(c.inputSchema).toMatchObject({ type: "object" });
  });
});
