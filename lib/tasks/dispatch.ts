import "server-only";
import { settleTaskCharge } from "@/lib/budgets/settle";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Task } from "@/lib/generated/prisma/client";
import { kieRequest } from "@/lib/kie/client";
import { KieError } from "@/lib/kie/errors";
import { createLimiter } from "@/lib/kie/rate-limit";
import { getOperation } from "@/lib/ops/registry";
import { statusFamilies } from "@/lib/ops/status";
import { CALLBACK_SAFETY_FACTOR } from "./backoff";
import { callbacksReachUs } from "./callback-reach";
import { resolveMediaRefs } from "./media-refs";
import { applyStatus } from "./poll";

/** Writes after the create only land while the task is still ours to send: a cancel wins the race. */
const SENDING = (id: string) => ({ id, state: "submitting" });

export function callbackUrlFor(task: Pick<Task, "callbackToken">): string {
  return `${env.appUrl}/api/kie/callback/${task.callbackToken}`;
}

/**
 * Sends one queued task to Kie. A create is never retried once it may have reached Kie: an
 * ambiguous answer parks the task as `unknown` until its callback names it or a deadline ends it.
 */
export async function dispatchTask(task: Task, owner: string, leaseMs: number): Promise<void> {
  const op = getOperation(task.operationId);
  if (!op) {
    await fail(task.id, "unknown_operation", `Operation ${task.operationId} is no longer available`);
    return;
  }
  const claimed = await db.task.updateMany({
    where: { id: task.id, state: "queued" },
    data: { state: "submitting", leaseOwner: owner, leaseUntil: new Date(Date.now() + leaseMs) },
  });
  if (claimed.count !== 1) return;

  const input = JSON.parse(task.input);
  if (op.request.pollOnly) {
    // Nothing to create at Kie: track the existing task until the upgrade is ready.
    await db.task.updateMany({
      where: SENDING(task.id),
      data: {
        state: "submitted",
        kieTaskId: op.request.pollOnly.kieTaskId(input),
        submittedAt: new Date(),
        nextPollAt: new Date(),
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    return;
  }
  const family = statusFamilies[op.status];
  // Suno requires a callback URL even when it cannot reach us; only a reachable one is relied on.
  const reachable = callbacksReachUs(env);
  const callBackUrl =
    !family?.sync && (reachable || op.callback === "required") ? callbackUrlFor(task) : undefined;
  let resolved: Record<string, unknown>;
  try {
    resolved = await resolveMediaRefs(task.userId, input);
  } catch (err) {
    return mediaNotReady(task, err);
  }
  try {
    const body = op.request.toBody(resolved, { callBackUrl });
    const res = await kieRequest<{ taskId?: string }>({
      method: "POST",
      path: op.request.path,
      body,
      timeoutMs: 60_000,
    });
    if (family?.sync) {
      // The answer is the result (persona, timestamped lyrics, boost style): nothing to poll.
      await db.task.updateMany({
        where: SENDING(task.id),
        data: { state: "submitted", kieTaskId: res.data?.taskId ?? null, submittedAt: new Date() },
      });
      const submitted = await db.task.findUniqueOrThrow({ where: { id: task.id } });
      if (submitted.state === "canceled") return;
      await applyStatus(submitted, family.normalize(res, { kind: op.outputs[0] }));
      return;
    }
    const kieTaskId = res.data?.taskId;
    if (!kieTaskId) {
      await parkUnknown(task.id, "Kie accepted the request but did not return a task id.");
      return;
    }
    const callbackExpected = reachable && callBackUrl !== undefined && body.callBackUrl === callBackUrl;
    await db.task.updateMany({
      where: SENDING(task.id),
      data: {
        state: "submitted",
        kieTaskId,
        callbackExpected,
        submittedAt: new Date(),
        nextPollAt: new Date(
          Date.now() + (callbackExpected ? env.POLL_BASE_MS * CALLBACK_SAFETY_FACTOR : env.POLL_BASE_MS),
        ),
        leaseOwner: null,
        leaseUntil: null,
        statusNote: null,
      },
    });
  } catch (err) {
    if (!(err instanceof KieError)) throw err;
    if (err.mayHaveReachedKie && family?.sync) return fail(task.id, err.code, syncLost(err.message));
    if (err.mayHaveReachedKie) return parkUnknown(task.id, err.message);
    if (err.kieCode === 429 || err.kieCode === 455 || err.kieCode === 550) {
      // Kie refused without creating anything: safe to queue again, later.
      if (err.kieCode === 429) await createLimiter.saturate();
      await db.task.updateMany({
        where: SENDING(task.id),
        data: {
          state: "queued",
          leaseOwner: null,
          leaseUntil: null,
          statusNote: err.message,
          errorCount: { increment: 1 },
          nextPollAt: new Date(Date.now() + (err.kieCode === 455 ? 60_000 : env.KIE_CREATE_WINDOW_MS)),
        },
      });
      return;
    }
    await fail(task.id, err.code, err.message);
  }
}

const MAX_UPLOAD_TRIES = 5;

/** Handing a result to Kie's upload API failed: nothing was created, so retry a few times, then say why. */
async function mediaNotReady(task: Task, err: unknown) {
  if (err instanceof AppError) return fail(task.id, err.code, err.message);
  const retryable = !(err instanceof KieError) || err.retryable || err.mayHaveReachedKie;
  const why = `Could not hand an input file to Kie (${err instanceof Error ? err.message : String(err)}).`;
  if (!retryable || task.errorCount + 1 >= MAX_UPLOAD_TRIES) return fail(task.id, "upload_failed", why);
  await db.task.updateMany({
    where: SENDING(task.id),
    data: {
      state: "queued",
      leaseOwner: null,
      leaseUntil: null,
      statusNote: `${why} Retrying.`,
      errorCount: { increment: 1 },
      nextPollAt: new Date(Date.now() + 5_000 * 2 ** task.errorCount),
    },
  });
}

/** A synchronous answer that got lost cannot be read back later: say so instead of waiting. */
const syncLost = (why: string) =>
  `${why || "The connection to Kie dropped"}. Kie may still have done (and billed) it; try again to get the result.`;

async function parkUnknown(id: string, why: string) {
  await db.task.updateMany({
    where: SENDING(id),
    data: {
      state: "unknown",
      leaseOwner: null,
      leaseUntil: null,
      statusNote: `${why} Waiting for Kie to confirm; it will not be sent twice.`,
    },
  });
}

export async function fail(id: string, code: string, message: string) {
  await db.task.updateMany({
    where: { id, state: { not: "canceled" } },
    data: {
      state: "failed",
      errorCode: code,
      errorMessage: message,
      finishedAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
      nextPollAt: null,
    },
  });
  // Settle the budget hold: Kie does not bill a task that failed on its side or never reached it.
  await settleTaskCharge(id);
}
