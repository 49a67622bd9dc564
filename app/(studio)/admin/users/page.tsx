import type { Metadata } from "next";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/tasks/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { listUsersForAdmin } from "@/lib/admin/users";
import { requireAdmin } from "@/lib/session";
import { setBudgetAction, setUserDisabledAction, setUserRoleAction } from "../actions";

export const metadata: Metadata = { title: "Admin · Users" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireAdmin();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const users = await listUsersForAdmin(q);
  return (
    <>
      <PageHeader
        title="Users"
        description="Roles, access and budgets. Budgets are in credits per UTC day and month; blank means no limit."
      />
      <form role="search" className="mb-4 flex gap-2" action="/admin/users">
        <Input
          name="q"
          defaultValue={q}
          placeholder="Search by e-mail or name"
          aria-label="Search users"
          className="max-w-sm"
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
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
