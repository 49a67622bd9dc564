import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { assetRef, mediaRefsIn } from "@/lib/ops/media";
import { fieldMetaOf } from "@/lib/ops/media-source";
import type { AnyOperation } from "@/lib/ops/types";
import { ownedAssetsFor } from "./media-refs";
import { assetByProviderId, sourceRefForKieIds, toSourceRef } from "./source";

const NOT_YOURS = "We could not find that result in your library.";

/** Field names whose metadata says they hold the Kie task id of an earlier result. */
export function kieTaskRefFields(op: AnyOperation): string[] {
  return Object.entries(op.input.shape).flatMap(([name, schema]) =>
    fieldMetaOf(schema as z.ZodType)?.ref === "kie-task" ? [name] : [],
  );
}

/**
 * Checks what a submission starts from belongs to the caller (earlier Kie tasks and studio
 * assets), runs the operation's source rules, and names the parent for lineage. Anything not the
 * caller's is "not found", with nothing written.
 */
export async function checkSources(
  userId: string,
  op: AnyOperation,
  input: Record<string, unknown>,
  sourceAssetId?: string,
): Promise<{ parentTaskId?: string; parentAssetId?: string }> {
  const fail = (field: string, message: string, status = 400): never => {
    throw new AppError(status === 404 ? "not_found" : "invalid_input", message, {
      status,
      fields: { [field]: [message] },
    });
  };
  let parent: { parentTaskId?: string; parentAssetId?: string } = {};
  for (const field of kieTaskRefFields(op)) {
    const kieTaskId = input[field];
    if (typeof kieTaskId !== "string" || kieTaskId === "") continue;
    const audioId = typeof input.audioId === "string" ? input.audioId : undefined;
    const found = await sourceRefForKieIds(userId, kieTaskId, audioId);
    if (!found) fail(field, NOT_YOURS, 404);
    const { task, source } = found!;
    if (audioId && !source) fail("audioId", "That track is not part of the chosen result.", 404);
    if (source && op.checkAgainstSource) {
      const problem = op.checkAgainstSource(input as never, source);
      if (problem) fail(problem.path, problem.message);
    }
    parent = { parentTaskId: task.id, parentAssetId: source?.assetId };
  }
  if (!parent.parentTaskId && typeof input.audioId === "string" && input.audioId !== "") {
    // Suno extend names only a track: it must be one of the caller's (the Kie key is shared).
    const found = await assetByProviderId(userId, input.audioId);
    if (!found) fail("audioId", NOT_YOURS, 404);
    const source = toSourceRef(found!, found!.task);
    if (source && op.checkAgainstSource) {
      const problem = op.checkAgainstSource(input as never, source);
      if (problem) fail(problem.path, problem.message);
    }
    parent = { parentTaskId: found!.taskId, parentAssetId: found!.id };
  }
  const refs = mediaRefsIn(input);
  if (refs.length) {
    const owned = await ownedAssetsFor(userId, refs);
    const missing = refs.find((r) => !owned.has(r.slice(r.lastIndexOf("/") + 1)));
    if (missing) fail(pathOf(input, missing) ?? "_", NOT_YOURS, 404);
    if (!parent.parentTaskId) {
      const first = owned.get(refs[0].slice(refs[0].lastIndexOf("/") + 1))!;
      parent = { parentTaskId: first.taskId, parentAssetId: first.id };
    }
  }
  if (!parent.parentTaskId && sourceAssetId) {
    const owned = await ownedAssetsFor(userId, [assetRef(sourceAssetId)]);
    const asset = owned.get(sourceAssetId);
    if (asset) parent = { parentTaskId: asset.taskId, parentAssetId: asset.id };
  }
  return parent;
}

function pathOf(input: Record<string, unknown>, ref: string): string | undefined {
  for (const [k, v] of Object.entries(input)) {
    if (v === ref) return k;
    if (Array.isArray(v)) {
      const i = v.indexOf(ref);
      if (i >= 0) return `${k}.${i}`;
    }
  }
  return undefined;
}
