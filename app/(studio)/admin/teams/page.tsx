import type { Metadata } from "next";
import { AdminSearch, adminQuery } from "@/components/admin/admin-search";
import { TeamsTable } from "@/components/admin/teams-table";
import { PageHeader } from "@/components/tasks/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { listTeamsForAdmin } from "@/lib/admin/teams";
import { env } from "@/lib/env";
import { operations } from "@/lib/ops/registry";
import { requireAdmin } from "@/lib/session";
import { setTeamBudgetAction, setTeamOperationEnabledAction } from "../actions";

export const metadata: Metadata = { title: "Admin · Teams" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminTeamsPage({ searchParams }: Props) {
  await requireAdmin();
  const q = adminQuery((await searchParams).q);
  const teams = await listTeamsForAdmin(q);
  return (
    <>
      <PageHeader
        title="Teams"
        description="Work filed into a team's collection counts against the member's budget and the team's. Budgets are in credits per UTC day and month; blank means no limit. An operation turned off for a team is refused for that team's submissions only."
      />
      <AdminSearch action="/admin/teams" q={q} label="Search teams" placeholder="Search by team name" />
      <Card>
        <CardContent>
          <TeamsTable
            teams={teams}
            operations={operations.map((op) => ({ id: op.id, title: op.title, model: op.model }))}
            usdPerCredit={env.KIE_USD_PER_CREDIT}
            actions={{ setBudget: setTeamBudgetAction, toggleOperation: setTeamOperationEnabledAction }}
          />
        </CardContent>
      </Card>
    </>
  );
}
