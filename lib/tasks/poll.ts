import "server-only";
import { mirrorAsset } from "@/lib/assets/mirror";
import { mirrorMetaOf, withMirrorMeta } from "@/lib/assets/mirror-meta";
import { searchTextOf } from "@/lib/assets/search-text";
import { settleTaskCharge } from "@/lib/budgets/settle";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Task } from "@/lib/generated/prisma/client";
import { kieRequest } from "@/lib/kie/client";
import { KieError } from "@/lib/kie/errors";
import { getOperation } from "@/lib/ops/registry";
import { statusFamilies } from "@/lib/ops/status";
import type { TaskOutput, TaskStatus } from "@/lib/ops/types";
import { fileResultsIntoTarget } from "@/lib/teams/collection-target";
import { nextPollDelayMs } from "./backoff";
import { fail } from "./dispatch";

const KIE_RETENTION_MS = 14 * 24 * 3600_000;
/** Kie may lag a moment before a new id is readable; after this long "no such record" is final. */
const NOT_FOUND_GRACE_MS = 5 * 60_000;

/** When to read Kie again: errors back off; a task still working waits for its callback if it has one. */
function later(task: Task, errorCount = task.errorCount): Date {
  const age = Date.now() - task.createdAt.getTime();
  const waiting = errorCount === task.errorCount && task.callbackExpected;
  return new Date(
    Date.now() + nextPollDelayMs(age, errorCount, env.POLL_BASE_MS, { callbackExpected: waiting }),
  );
}

/** Reads the task's status from Kie once (the caller holds its lease) and records what changed. */
export async function pollTask(task: Task): Promise<void> {
  const op = getOperation(task.operationId);
  if (!op || !task.kieTaskId) return fail(task.id, "unknown_operation", "This task can no longer be tracked");
  const family = statusFamilies[op.status];
  if (!family) return fail(task.id, "unknown_family", `No status reader for ${op.status}`);
  if (Date.now() - task.createdAt.getTime() > family.deadlineMs) {
    return fail(
      task.id,
      "deadline",
      `Kie did not finish within ${Math.round(family.deadlineMs / 60_000)} minutes`,
    );
  }
  if (family.sync) {
    // Nothing to ask Kie: the result came with the create; only saving it may still be pending.
    const outputs = JSON.parse(task.outputs) as TaskOutput[];
    return applyStatus(task, { state: "succeeded", outputs, upstream: task.upstreamState ?? "SYNC" });
  }
  let raw: unknown;
  try {
    raw = await kieRequest({
      method: "GET",
      path: family.pollPath,
      query: { taskId: task.kieTaskId },
      timeoutMs: env.KIE_STATUS_TIMEOUT_MS,
    });
  } catch (err) {
    if (!(err instanceof KieError)) throw err;
    if (err.retryable) {
      await release(task, {
        errorCount: task.errorCount + 1,
        statusNote: err.message,
        nextPollAt: later(task, task.errorCount + 1),
      });
      return;
    }
    // A definite answer such as 422 "record does not exist" is a status too: let the family read it.
    raw = { code: err.kieCode, msg: err.kieMessage, data: null };
  }
  const status = family.normalize(raw, { kind: op.outputs[0] });
  const since = (task.submittedAt ?? task.createdAt).getTime();
  if (status.upstream === "NOT_FOUND" && Date.now() - since > NOT_FOUND_GRACE_MS) {
    return fail(task.id, "kie_lost", "Kie has no record of this task any more. It may have expired at Kie.");
  }
  await applyStatus(task, status);
}

export async function applyStatus(task: Task, status: TaskStatus): Promise<void> {
  const base = {
    upstreamState: status.upstream,
    statusNote: status.note ?? null,
    pollCount: task.pollCount + 1,
    errorCount: 0,
  };
  const credits = status.credits !== undefined ? { creditsCharged: status.credits } : {};
  if (status.state === "failed") {
    await db.task.updateMany({
      where: { id: task.id, state: { not: "canceled" } },
      data: {
        ...base,
        ...credits,
        state: "failed",
        errorCode: status.error?.code ?? "failed",
        errorMessage: status.error?.message ?? "Kie reported a failure",
        errorRetryable: status.error?.retryable ?? false,
        finishedAt: new Date(),
        nextPollAt: null,
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    await settleTaskCharge(task.id);
    return;
  }
  await upsertAssets(task, status.outputs);
  const mirrored = status.outputs.length ? await mirrorPending(task.id) : { pending: 0, failed: 0, ok: 0 };

  if (status.state === "succeeded") {
    if (mirrored.pending === 0) {
      const allFailed = mirrored.ok === 0;
      await release(task, {
        ...base,
        ...credits,
        state: allFailed ? "failed" : "succeeded",
        progress: 1,
        outputs: JSON.stringify(status.outputs),
        finishedAt: new Date(),
        nextPollAt: null,
        ...(allFailed
          ? { errorCode: "mirror_failed", errorMessage: "Kie finished, but the results could not be saved." }
          : {}),
      });
      await settleTaskCharge(task.id);
      if (!allFailed) await fileResultsIntoTarget(task.id);
      return;
    }
    await release(task, {
      ...base,
      state: "running",
      progress: 0.95,
      statusNote: "Saving results",
      outputs: JSON.stringify(status.outputs),
      mirrorAttempts: task.mirrorAttempts + 1,
      nextPollAt: later(task, task.mirrorAttempts + 1),
    });
    return;
  }
  await release(task, {
    ...base,
    ...credits,
    state: status.state === "queued" ? "submitted" : status.state,
    progress: status.progress ?? task.progress,
    outputs: JSON.stringify(status.outputs),
    nextPollAt: later(task),
  });
}

/** A task canceled while this poll was in flight stays canceled: the user stopped tracking it. */
async function release(task: Task, data: Parameters<typeof db.task.updateMany>[0]["data"]) {
  await db.task.updateMany({
    where: { id: task.id, state: { not: "canceled" } },
    data: { ...data, leaseOwner: null, leaseUntil: null },
  });
}

async function upsertAssets(task: Task, outputs: TaskOutput[]) {
  for (const out of outputs) {
    const meta = JSON.stringify({
      ...out.meta,
      lyrics: out.lyrics,
      tags: out.tags,
      posterUrl: out.posterUrl,
      providerId: out.providerId,
      inline: out.inline,
    });
    const existing = await db.asset.findUnique({
      where: { taskId_outputKey: { taskId: task.id, outputKey: out.key } },
      select: { meta: true },
    });
    // The mirror's own bookkeeping (derived data keys, retry state) survives a fresh provider record.
    const merged = existing ? withMirrorMeta(meta, mirrorMetaOf(existing.meta)) : meta;
    await db.asset.upsert({
      where: { taskId_outputKey: { taskId: task.id, outputKey: out.key } },
      create: {
        userId: task.userId,
        taskId: task.id,
        outputKey: out.key,
        kind: out.kind,
        sourceUrl: out.inline ? `inline:${out.key}` : out.url,
        title: out.title,
        searchText: searchTextOf(out.title, task.input),
        category: task.category,
        operationId: task.operationId,
        durationSec: out.durationSec,
        width: out.width,
        height: out.height,
        meta,
        expiresAt: new Date(Date.now() + KIE_RETENTION_MS),
      },
      // A later poll may carry a fresh link; keep it until the file is ours.
      update: { sourceUrl: out.inline ? `inline:${out.key}` : out.url, meta: merged },
    });
  }
}

async function mirrorPending(taskId: string) {
  const assets = await db.asset.findMany({ where: { taskId }, orderBy: { outputKey: "asc" } });
  const counts = { pending: 0, failed: 0, ok: 0 };
  for (const asset of assets) {
    const result =
      asset.status === "pending"
        ? await mirrorAsset(asset)
        : asset.status === "mirrored"
          ? "mirrored"
          : "failed";
    if (result === "mirrored") counts.ok++;
    else if (result === "failed") counts.failed++;
    else counts.pending++;
  }
  return counts;
}
