import "server-only";
import { type ActingTeam, teamDisplayName } from "@/lib/budgets/holder-list";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOperation, operations } from "@/lib/ops/registry";

/**
 * Operation switches. A row means "off": scope "global" (scopeId "") turns an operation off for
 * everyone, scope "team" (scopeId = team id) only for submissions made for that team. Deleting
 * the row turns it back on.
 *
 * Forms hide only globally turned-off operations: a form does not know which team a submission
 * is for until the user picks a team collection, so a team switch is enforced at submit instead
 * (`assertOperationEnabled` with the submission's teams), with a message naming the team.
 */
export type SwitchScope = { scope: "global" } | { scope: "team"; teamId: string };

const scopeKey = (s: SwitchScope) =>
  s.scope === "global" ? { scope: "global", scopeId: "" } : { scope: "team", scopeId: s.teamId };

/** Operations an admin turned off for everyone: what forms and model pickers leave out. */
export async function disabledOperationIds(): Promise<Set<string>> {
  const rows = await db.operationSwitch.findMany({
    where: { scope: "global" },
    select: { operationId: true },
  });
  return new Set(rows.map((r) => r.operationId));
}

/** Per team: the operations turned off for that team only (teams with none are absent). */
export async function teamDisabledOperationIds(): Promise<Map<string, Set<string>>> {
  const rows = await db.operationSwitch.findMany({
    where: { scope: "team" },
    select: { operationId: true, scopeId: true },
  });
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = out.get(r.scopeId) ?? new Set<string>();
    set.add(r.operationId);
    out.set(r.scopeId, set);
  }
  return out;
}

/** Ids of every operation not turned off for everyone: what forms and model pickers should offer. */
export async function enabledOperationIds(): Promise<string[]> {
  const off = await disabledOperationIds();
  return operations.filter((op) => !off.has(op.id)).map((op) => op.id);
}

/** The switch that turns `operationId` off for this submission, global first, or null. */
async function blockingSwitch(operationId: string, teamIds: readonly string[]) {
  const rows = await db.operationSwitch.findMany({
    where: {
      operationId,
      OR: [
        { scope: "global" },
        ...(teamIds.length ? [{ scope: "team", scopeId: { in: [...teamIds] } }] : []),
      ],
    },
    select: { scope: true, scopeId: true },
  });
  return rows.find((r) => r.scope === "global") ?? rows.find((r) => r.scope === "team") ?? null;
}

export async function isOperationEnabled(
  operationId: string,
  teamIds: readonly string[] = [],
): Promise<boolean> {
  return (await blockingSwitch(operationId, teamIds)) === null;
}

/**
 * For submit: an operation turned off for everyone, or for a team the submission is made for,
 * is refused before anything is held or sent to Kie.
 */
export async function assertOperationEnabled(
  operationId: string,
  teams: readonly ActingTeam[] = [],
): Promise<void> {
  const blocking = await blockingSwitch(
    operationId,
    teams.map((t) => t.id),
  );
  if (!blocking) return;
  const title = getOperation(operationId)?.title ?? operationId;
  if (blocking.scope === "global") {
    throw new AppError(
      "operation_disabled",
      `${title} is turned off by an administrator right now. Pick another model or try again later.`,
      { status: 403 },
    );
  }
  const team = teams.find((t) => t.id === blocking.scopeId);
  throw new AppError(
    "operation_disabled",
    `${title} is turned off for ${teamDisplayName(team?.name)} by an administrator. ` +
      "Pick another model, or generate it outside the team's collection.",
    {
      status: 403,
      fields: { teamCollectionId: [`${title} is turned off for ${teamDisplayName(team?.name)}.`] },
    },
  );
}

export async function setOperationEnabled(
  operationId: string,
  enabled: boolean,
  actorId: string,
  reason?: string,
  where: SwitchScope = { scope: "global" },
): Promise<void> {
  if (!getOperation(operationId))
    throw new AppError("unknown_operation", `Unknown operation "${operationId}"`, { status: 400 });
  if (
    where.scope === "team" &&
    !(await db.team.findUnique({ where: { id: where.teamId }, select: { id: true } }))
  )
    throw new AppError("not_found", "No such team", { status: 404 });
  const key = scopeKey(where);
  if (enabled) {
    await db.operationSwitch.deleteMany({ where: { operationId, ...key } });
    return;
  }
  await db.operationSwitch.upsert({
    where: { operationId_scope_scopeId: { operationId, ...key } },
    create: { operationId, ...key, reason: reason || null, updatedById: actorId },
    update: { reason: reason || null, updatedById: actorId },
  });
}
