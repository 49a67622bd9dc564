import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { assertOperationEnabled } from "@/lib/admin/switches";
import { attachReservation, releaseReservation, reserveBudget } from "@/lib/budgets/reserve";
import { teamsFilingInto } from "@/lib/budgets/teams";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Task } from "@/lib/generated/prisma/client";
import { getOperation } from "@/lib/ops/registry";
import { assertCanFileInto, rememberTarget } from "@/lib/teams/collection-target";
import { wakeReconciler } from "./reconciler";
import { checkSources } from "./source-check";

const IDEMPOTENCY_WINDOW_MS = 24 * 3600_000;

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, "Idempotency-Key must be 8–128 characters")
  .max(128, "Idempotency-Key must be 8–128 characters")
  .regex(/^[A-Za-z0-9._:-]+$/, "Idempotency-Key may contain letters, digits and . _ : -");

export type SubmitRequest = {
  operationId: string;
  input: unknown;
  idempotencyKey?: string;
  /** A result the input was drawn from without naming it (e.g. "use these lyrics"): lineage only. */
  sourceAssetId?: string;
  /** A team collection the results are added to once mirrored (the caller must be able to edit it). */
  teamCollectionId?: string;
};

/** Field errors keyed by input path, for inline form messages and the JSON API. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const k = issue.path.join(".") || "_";
    (out[k] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Validates, then writes the task row before Kie is ever called. The reconciler sends it to
 * Kie inside the rate limit. The same idempotency key within 24 h returns the same task.
 */
export async function submitTask(
  userId: string,
  req: SubmitRequest,
): Promise<{ task: Task; created: boolean }> {
  const op = getOperation(req.operationId);
  if (!op) throw new AppError("unknown_operation", `Unknown operation "${req.operationId}"`, { status: 400 });
  const parsed = op.input.safeParse(req.input ?? {});
  if (!parsed.success) {
    throw new AppError("invalid_input", "Some fields need attention.", {
      status: 400,
      fields: fieldErrors(parsed.error),
    });
  }
  const key = req.idempotencyKey ? idempotencyKeySchema.parse(req.idempotencyKey) : undefined;
  if (key) {
    const existing = await db.task.findUnique({
      where: { userId_idempotencyKey: { userId, idempotencyKey: key } },
    });
    if (existing && Date.now() - existing.createdAt.getTime() < IDEMPOTENCY_WINDOW_MS) {
      if (existing.operationId !== op.id)
        throw new AppError("idempotency_conflict", "This Idempotency-Key was used for another operation.", {
          status: 409,
        });
      return { task: existing, created: false };
    }
    // An expired key may be reused: free it from the old task.
    if (existing) await db.task.update({ where: { id: existing.id }, data: { idempotencyKey: null } });
  }

  if (req.teamCollectionId) await assertCanFileInto(userId, req.teamCollectionId);
  // Filing into a team's collection makes it a submission for that team: its switches and budget apply too.
  const teams = req.teamCollectionId ? await teamsFilingInto(req.teamCollectionId) : [];
  await assertOperationEnabled(op.id, teams);
  const parent = await checkSources(userId, op, parsed.data as Record<string, unknown>, req.sourceAssetId);
  const costEstimate = op.cost(parsed.data);
  // Refused here (402) when over budget: before the row exists and long before Kie is called.
  const reservation = await reserveBudget(userId, costEstimate, { teams });
  try {
    const task = await db.task.create({
      data: {
        userId,
        operationId: op.id,
        category: op.category,
        state: "queued",
        input: JSON.stringify(parsed.data),
        idempotencyKey: key,
        callbackToken: randomBytes(24).toString("base64url"),
        costEstimate,
        parentTaskId: parent.parentTaskId,
        parentAssetId: parent.parentAssetId,
        nextPollAt: new Date(),
      },
    });
    await attachReservation(reservation, task.id);
    if (req.teamCollectionId) await rememberTarget(task.id, req.teamCollectionId);
    wakeReconciler();
    return { task, created: true };
  } catch (err) {
    await releaseReservation(reservation);
    // Two concurrent submissions with one key: the unique index lets exactly one through.
    if (key && (err as { code?: string }).code === "P2002") {
      const task = await db.task.findUniqueOrThrow({
        where: { userId_idempotencyKey: { userId, idempotencyKey: key } },
      });
      return { task, created: false };
    }
    throw err;
  }
}
