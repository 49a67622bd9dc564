import type { Metadata } from "next";
import { TeamsTable } from "@/components/admin/teams-table";
import { PageHeader } from "@/components/tasks/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
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
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const teams = await listTeamsForAdmin(q);
  return (
    <>
      <PageHeader
        title="Teams"
        description="Work filed into a team's collection counts against the member's budget and the team's. Budgets are in credits per UTC day and month; blank means no limit. An operation turned off for a team is refused for that team's submissions only."
      />
      <form role="search" className="mb-4 flex gap-2" action="/admin/teams">
        <Input
          name="q"
          defaultValue={q}
          placeholder="Search by team name"
          aria-label="Search teams"
          className="max-w-sm"
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
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
