import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prefillFrom } from "@/lib/ops/follow-ups";
import { operations } from "@/lib/ops/registry";
import { statusFamilies } from "@/lib/ops/status";
import type { SourceRef } from "@/lib/ops/types";
import { exampleWithPrefill } from "../../support/prefill";

const catalogue = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/market-catalogue.json"), "utf8"),
) as { ids: string[] };

/** Every dedicated Kie endpoint the studio must offer (REFERENCE §6–§10). */
const DEDICATED = [
  "POST /api/v1/generate",
  "POST /api/v1/generate/extend",
  "POST /api/v1/generate/upload-cover",
  "POST /api/v1/generate/upload-extend",
  "POST /api/v1/generate/add-instrumental",
  "POST /api/v1/generate/add-vocals",
  "POST /api/v1/generate/replace-section",
  "POST /api/v1/generate/mashup",
  "POST /api/v1/generate/generate-persona",
  "POST /api/v1/style/generate",
  "POST /api/v1/lyrics",
  "POST /api/v1/generate/get-timestamped-lyrics",
  "POST /api/v1/suno/cover/generate",
  "POST /api/v1/wav/generate",
  "POST /api/v1/vocal-removal/generate",
  "POST /api/v1/midi/generate",
  "POST /api/v1/mp4/generate",
  "POST /api/v1/generate/sounds",
  "POST /api/v1/veo/generate",
  "POST /api/v1/veo/extend",
  "GET /api/v1/veo/get-1080p-video",
  "POST /api/v1/veo/get-4k-video",
  "POST /api/v1/runway/generate",
  "POST /api/v1/runway/extend",
  "POST /api/v1/aleph/generate",
  "POST /api/v1/gpt4o-image/generate",
  "POST /api/v1/flux/kontext/generate",
];

describe("the registry covers every Kie service", () => {
  it.each(catalogue.ids)("Market model %s has an operation", (id) => {
    expect(operations.some((op) => op.request.model === id)).toBe(true);
  });

  it.each(DEDICATED)("%s has an operation", (endpoint) => {
    const [method, p] = endpoint.split(" ");
    expect(operations.some((op) => op.request.method === method && op.request.path === p)).toBe(true);
  });

  it("has a status family for every operation", () => {
    for (const op of operations) expect(statusFamilies[op.status], op.id).toBeDefined();
  });
});

describe("results lead on", () => {
  const sample = (kind: SourceRef["kind"], operationId: string): SourceRef => ({
    assetId: "cm0000000000000000000000",
    kind,
    operationId,
    kieTaskId: "0123456789abcdef0123456789abcdef",
    providerId: "e231aaaa-bbbb-cccc-dddd-eeeeffff0000",
    outputIndex: 0,
    ref: "studio://asset/cm0000000000000000000000",
    durationSec: 120,
    title: "Source",
    meta: { lyrics: "[Verse]\nla la la" },
    taskInput: { model: "V5", prompt: "a song" },
  });

  const withSource = operations.filter((op) => op.source);

  it("offers follow-ups for songs, videos and images", () => {
    const kinds = new Set(withSource.flatMap((op) => op.source!.kinds));
    expect([...kinds]).toEqual(expect.arrayContaining(["audio", "video", "image"]));
  });

  it.each(withSource.map((op) => [op.id, op] as const))("%s: a source pre-fills a valid input", (_id, op) => {
    const from = op.source!.fromOperations?.[0] ?? "any.operation";
    const prefill = prefillFrom(op, sample(op.source!.kinds[0], from));
    const input = exampleWithPrefill(op.example as Record<string, unknown>, prefill);
    const parsed = op.input.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(op.source!.action.length).toBeGreaterThan(2);
  });
});
