"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AdminActionState } from "@/components/admin/action-form";
import { recordBalanceSnapshot } from "@/lib/admin/balance";
import { setOperationEnabled } from "@/lib/admin/switches";
import { setTeamBudget } from "@/lib/admin/teams";
import { setUserDisabled, setUserRole } from "@/lib/admin/users";
import { setBudget } from "@/lib/budgets/manage";
import { budgetSettingsSchema } from "@/lib/budgets/schemas";
import { AppError, toPublicError } from "@/lib/errors";
import { requireAdmin, type SessionUser } from "@/lib/session";

/** Every admin action: the caller is checked first (non-admins get the 404), then errors become messages. */
async function asAdmin(work: (admin: SessionUser) => Promise<string>): Promise<AdminActionState> {
  const admin = await requireAdmin();
  try {
    const message = await work(admin);
    revalidatePath("/", "layout");
    return { ok: true, message };
  } catch (err) {
    return { ok: false, message: toPublicError(err).error.message };
  }
}

const id = z.string().min(1).max(64);
const fields = (fd: FormData) => Object.fromEntries(fd.entries());

export async function refreshBalanceAction(
  _prev: AdminActionState,
  _fd: FormData,
): Promise<AdminActionState> {
  return asAdmin(async () => {
    const s = await recordBalanceSnapshot("admin");
    return `Balance updated: ${s.credits.toLocaleString("en-US")} credits.`;
  });
}

const switchForm = z.object({
  operationId: id,
  enabled: z.enum(["on", "off"]),
  reason: z.string().max(200).optional(),
});

export async function setOperationEnabledAction(
  _prev: AdminActionState,
  fd: FormData,
): Promise<AdminActionState> {
  return asAdmin(async (admin) => {
    const form = switchForm.parse(fields(fd));
    await setOperationEnabled(form.operationId, form.enabled === "on", admin.id, form.reason);
    return form.enabled === "on" ? "Turned on for everyone." : "Turned off for everyone.";
  });
}

const roleForm = z.object({ userId: id, role: z.enum(["user", "admin"]) });

export async function setUserRoleAction(_prev: AdminActionState, fd: FormData): Promise<AdminActionState> {
  return asAdmin(async () => {
    const form = roleForm.parse(fields(fd));
    await setUserRole(form.userId, form.role);
    return form.role === "admin" ? "Now an admin." : "Now a regular user.";
  });
}

const disableForm = z.object({ userId: id, disabled: z.enum(["true", "false"]) });

export async function setUserDisabledAction(
  _prev: AdminActionState,
  fd: FormData,
): Promise<AdminActionState> {
  return asAdmin(async (admin) => {
    const form = disableForm.parse(fields(fd));
    await setUserDisabled(admin.id, form.userId, form.disabled === "true");
    return form.disabled === "true" ? "Disabled: signed out on their next request." : "Enabled again.";
  });
}

function budgetSettingsFrom(fd: FormData) {
  const settings = budgetSettingsSchema.safeParse({
    dailyCredits: fd.get("dailyCredits"),
    monthlyCredits: fd.get("monthlyCredits"),
    exempt: fd.get("exempt"),
  });
  if (!settings.success)
    throw new AppError("invalid_budget", settings.error.issues[0]?.message ?? "Invalid budget");
  return settings.data;
}

const budgetForm = z.object({ userId: id });

export async function setBudgetAction(_prev: AdminActionState, fd: FormData): Promise<AdminActionState> {
  return asAdmin(async (admin) => {
    const { userId } = budgetForm.parse(fields(fd));
    await setBudget({ scope: "user", scopeId: userId }, budgetSettingsFrom(fd), admin.id);
    return "Budget saved.";
  });
}

const teamBudgetForm = z.object({ teamId: id });

export async function setTeamBudgetAction(_prev: AdminActionState, fd: FormData): Promise<AdminActionState> {
  return asAdmin(async (admin) => {
    const { teamId } = teamBudgetForm.parse(fields(fd));
    await setTeamBudget(teamId, budgetSettingsFrom(fd), admin.id);
    return "Team budget saved.";
  });
}

const teamSwitchForm = switchForm.extend({ teamId: id });

export async function setTeamOperationEnabledAction(
  _prev: AdminActionState,
  fd: FormData,
): Promise<AdminActionState> {
  return asAdmin(async (admin) => {
    const form = teamSwitchForm.parse(fields(fd));
    await setOperationEnabled(form.operationId, form.enabled === "on", admin.id, form.reason, {
      scope: "team",
      teamId: form.teamId,
    });
    return form.enabled === "on" ? "Turned on for this team." : "Turned off for this team.";
  });
}
