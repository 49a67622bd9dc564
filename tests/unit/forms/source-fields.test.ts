import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeFields } from "@/components/forms/field-spec";
import {
  fieldsHiddenBySource,
  kieTaskFields,
  showsSourceCard,
  sourceFilter,
  valuesFromSource,
} from "@/components/forms/source-fields";
import { meta } from "@/lib/ops/body";
import { mediaUrlField } from "@/lib/ops/media";
import type { AnyOperation, SourceRef, SourceSpec } from "@/lib/ops/types";

function operation(source?: SourceSpec<Record<string, unknown>>, withAudioId = true): AnyOperation {
  return {
    id: "test.extend",
    category: "music",
    title: "Extend a song",
    summary: "Continue a track",
    outputs: ["audio"],
    mode: "async",
    input: z.object({
      taskId: z
        .string()
        .min(1, "Choose a track to extend")
        .meta(meta({ label: "Source task", ref: "kie-task" })),
      ...(withAudioId
        ? {
            audioId: z
              .string()
              .min(1)
              .meta(meta({ label: "Track id" })),
          }
        : {}),
      model: z
        .enum(["V4_5", "V5"])
        .default("V5")
        .meta(meta({ label: "Model" })),
      continueAt: z
        .number()
        .min(0)
        .max(480)
        .optional()
        .meta(meta({ label: "Continue at" })),
      cover: mediaUrlField("image", { label: "Cover" }).optional(),
    }),
    request: { method: "POST", path: "/api/v1/generate/extend", toBody: (i) => i },
    status: "suno-music",
    callback: "required",
    cost: () => 12,
    example: { taskId: "t", audioId: "a" },
    model: "Suno",
    source,
  } as AnyOperation;
}

const src: SourceRef = {
  assetId: "asset00000001",
  kind: "audio",
  operationId: "music.generate",
  kieTaskId: "kie-task-1",
  providerId: "audio-1",
  outputIndex: 0,
  ref: "studio://asset/asset00000001",
  durationSec: 120,
  title: "Night trains",
  taskInput: { model: "V4_5" },
};

const extendSpec: SourceSpec<Record<string, unknown>> = {
  kinds: ["audio"],
  fromOperations: ["music.generate", "music.extend"],
  action: "Extend",
  prefill: (s) => ({
    taskId: s.kieTaskId,
    audioId: s.providerId,
    model: s.taskInput.model,
    continueAt: s.durationSec,
  }),
};

describe("source fields", () => {
  it("surfaces ref: kie-task in the field spec", () => {
    const fields = describeFields(operation(extendSpec));
    expect(fields.find((f) => f.name === "taskId")?.ref).toBe("kie-task");
    expect(fields.find((f) => f.name === "model")?.ref).toBeUndefined();
    expect(kieTaskFields(fields).map((f) => f.name)).toEqual(["taskId"]);
  });

  it("applies the operation's prefill: ids, the source's model and its length", () => {
    const op = operation(extendSpec);
    expect(valuesFromSource(op, describeFields(op), src)).toEqual({
      taskId: "kie-task-1",
      audioId: "audio-1",
      model: "V4_5",
      continueAt: 120,
    });
  });

  it("fills a kie-task field the prefill leaves out with the source's Kie task id, and drops unknown fields", () => {
    const op = operation({ ...extendSpec, prefill: (s) => ({ audioId: s.providerId, unknownField: 1 }) });
    expect(valuesFromSource(op, describeFields(op), src)).toEqual({
      taskId: "kie-task-1",
      audioId: "audio-1",
    });
  });

  it("hides the fields the card stands for and keeps other prefilled fields editable", () => {
    const op = operation(extendSpec);
    const fields = describeFields(op);
    // The card fills taskId and audioId (before and after a source is chosen): never text boxes.
    expect([...fieldsHiddenBySource(fields)].sort()).toEqual(["audioId", "taskId"]);
    expect(Object.keys(valuesFromSource(op, fields, src))).toEqual(
      expect.arrayContaining(["audioId", "taskId"]),
    );
  });

  it("shows the card only when the form names a result by Kie ids (media fields show their own chip)", () => {
    const fields = describeFields(operation(extendSpec));
    expect(showsSourceCard(fields)).toBe(true);
    const plain = fields.filter((f) => f.ref !== "kie-task" && f.name !== "audioId");
    expect(showsSourceCard(plain)).toBe(false);
    expect(fieldsHiddenBySource(plain).size).toBe(0);
  });

  it("the picker offers only eligible results", () => {
    expect(sourceFilter(operation(extendSpec))).toEqual({
      kinds: ["audio"],
      operations: ["music.generate", "music.extend"],
    });
    expect(sourceFilter(operation(undefined)).operations).toBeUndefined();
  });
});
