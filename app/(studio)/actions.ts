"use server";

import { z } from "zod";
import { getTaskForUser, type TaskView } from "@/lib/dal/tasks";
import { AppError, type PublicError, toPublicError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/session";
import { cancelTask } from "@/lib/tasks/cancel";
import { submitTask } from "@/lib/tasks/submit";

const submitSchema = z.object({
  operationId: z.string().min(1).max(100),
  input: z.record(z.string(), z.unknown()),
  /** The form's nonce: a double click or a resubmitted form maps to one task. */
  nonce: z.string().min(8).max(128),
  /** The result the form was opened from (lineage; checked to be the caller's). */
  sourceAssetId: z.string().min(8).max(64).optional(),
  /** A team collection the results go into once saved (checked to be editable by the caller). */
  teamCollectionId: z.string().min(8).max(64).optional(),
});

export type SubmitResult = { ok: true; task: TaskView } | { ok: false; error: PublicError };

export async function submitTaskAction(raw: unknown): Promise<SubmitResult> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.", { status: 401 });
    const req = submitSchema.safeParse(raw);
    if (!req.success) throw new AppError("invalid_request", "The form could not be read. Reload the page.");
    const { task } = await submitTask(user.id, {
      operationId: req.data.operationId,
      input: req.data.input,
      idempotencyKey: req.data.nonce,
      sourceAssetId: req.data.sourceAssetId,
      teamCollectionId: req.data.teamCollectionId,
    });
    const view = await getTaskForUser(user.id, task.id);
    if (!view) throw new AppError("not_found", "Task not found", { status: 404 });
    return { ok: true, task: view };
  } catch (err) {
    return { ok: false, error: toPublicError(err).error };
  }
}

const cancelSchema = z.object({ taskId: z.string().regex(/^[a-z0-9]{10,40}$/i) });

/** Queued: canceled with nothing spent. Already sent: tracking stops (Kie may still finish and bill). */
export async function cancelTaskAction(raw: unknown): Promise<SubmitResult> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.", { status: 401 });
    const req = cancelSchema.safeParse(raw);
    if (!req.success) throw new AppError("not_found", "Task not found", { status: 404 });
    const { task } = await cancelTask(user.id, req.data.taskId);
    const view = await getTaskForUser(user.id, task.id);
    if (!view) throw new AppError("not_found", "Task not found", { status: 404 });
    return { ok: true, task: view };
  } catch (err) {
    return { ok: false, error: toPublicError(err).error };
  }
}
