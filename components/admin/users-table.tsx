import { Badge } from "@/components/ui/badge";
import { Select } from "@/components/ui/select";
import type { AdminUserRow } from "@/lib/admin/users";
import { ActionForm, type AdminAction } from "./action-form";
import { BudgetForm } from "./budget-form";

export type UserActions = { setRole: AdminAction; setDisabled: AdminAction; setBudget: AdminAction };

/** Users with their role, access and budget, each editable in place. */
export function UsersTable({
  users,
  selfId,
  actions,
}: {
  users: AdminUserRow[];
  selfId: string;
  actions: UserActions;
}) {
  if (users.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">No users match.</p>;
  return (
    <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
      {users.map((u) => (
        <li key={u.id} className="flex flex-col gap-3 py-4" data-testid="user-row" data-email={u.email}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-zinc-900 dark:text-zinc-100">{u.email}</span>
            {u.name ? <span className="text-sm text-zinc-500">{u.name}</span> : null}
            <Badge tone={u.role === "admin" ? "brand" : "neutral"}>{u.role}</Badge>
            {u.disabled ? <Badge tone="danger">disabled</Badge> : null}
            {u.budget.exempt ? <Badge tone="info">budget exempt</Badge> : null}
          </div>
          <div className="flex flex-wrap items-start gap-6">
            <ActionForm
              action={actions.setRole}
              hidden={{ userId: u.id }}
              submitLabel="Save role"
              aria-label={`Role for ${u.email}`}
            >
              <label
                htmlFor={`role-${u.id}`}
                className="flex flex-col gap-1 text-xs text-zinc-500 dark:text-zinc-400"
              >
                Role
                <Select id={`role-${u.id}`} name="role" defaultValue={u.role} className="w-28">
                  <option value="user">user</option>
                  <option value="admin">admin</option>
                </Select>
              </label>
            </ActionForm>
            {u.id === selfId ? null : (
              <ActionForm
                action={actions.setDisabled}
                hidden={{ userId: u.id, disabled: u.disabled ? "false" : "true" }}
                submitLabel={u.disabled ? "Enable" : "Disable"}
                submitVariant={u.disabled ? "secondary" : "danger"}
                aria-label={`Access for ${u.email}`}
              />
            )}
            <BudgetForm
              target={{ field: "userId", id: u.id, label: u.email }}
              budget={u.budget}
              action={actions.setBudget}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
