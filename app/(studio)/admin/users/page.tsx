import type { Metadata } from "next";
import { AdminSearch, adminQuery } from "@/components/admin/admin-search";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/tasks/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { listUsersForAdmin } from "@/lib/admin/users";
import { requireAdmin } from "@/lib/session";
import { setBudgetAction, setUserDisabledAction, setUserRoleAction } from "../actions";

export const metadata: Metadata = { title: "Admin · Users" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireAdmin();
  const q = adminQuery((await searchParams).q);
  const users = await listUsersForAdmin(q);
  return (
    <>
      <PageHeader
        title="Users"
        description="Roles, access and budgets. Budgets are in credits per UTC day and month; blank means no limit."
      />
      <AdminSearch action="/admin/users" q={q} label="Search users" placeholder="Search by e-mail or name" />
      <Card>
        <CardContent>
          <UsersTable
            users={users}
            selfId={admin.id}
            actions={{
              setRole: setUserRoleAction,
              setDisabled: setUserDisabledAction,
              setBudget: setBudgetAction,
            }}
          />
        </CardContent>
      </Card>
    </>
  );
}
