import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOperation, operations } from "@/lib/ops/registry";

/**
 * Operations an admin turned off for everyone. A row means "off"; deleting it turns the
 * operation back on. Team-scoped switches will use scope "team" with the team id.
 */
export async function disabledOperationIds(): Promise<Set<string>> {
  const rows = await db.operationSwitch.findMany({
    where: { scope: "global" },
    select: { operationId: true },
  });
  return new Set(rows.map((r) => r.operationId));
}

/** Ids of every operation the caller may use: what forms and model pickers should offer. */
export async function enabledOperationIds(): Promise<string[]> {
  const off = await disabledOperationIds();
  return operations.filter((op) => !off.has(op.id)).map((op) => op.id);
}

export async function isOperationEnabled(operationId: string): Promise<boolean> {
  const row = await db.operationSwitch.findFirst({
    where: { operationId, scope: "global" },
    select: { id: true },
  });
  return row === null;
}

/** For submit: a turned-off operation is refused before anything is held or sent to Kie. */
export async function assertOperationEnabled(operationId: string): Promise<void> {
  if (await isOperationEnabled(operationId)) return;
  const title = getOperation(operationId)?.title ?? operationId;
  throw new AppError(
    "operation_disabled",
    `${title} is turned off by an administrator right now. Pick another model or try again later.`,
    { status: 403 },
  );
}

export async function setOperationEnabled(
  operationId: string,
  enabled: boolean,
  actorId: string,
  reason?: string,
): Promise<void> {
  if (!getOperation(operationId))
    throw new AppError("unknown_operation", `Unknown operation "${operationId}"`, { status: 400 });
  const where = { operationId_scope_scopeId: { operationId, scope: "global", scopeId: "" } };
  if (enabled) {
    await db.operationSwitch.deleteMany({ where: { operationId, scope: "global", scopeId: "" } });
    return;
  }
  await db.operationSwitch.upsert({
    where,
    create: { operationId, scope: "global", scopeId: "", reason: reason || null, updatedById: actorId },
    update: { reason: reason || null, updatedById: actorId },
  });
}
