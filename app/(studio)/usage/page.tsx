import type { Metadata } from "next";
import { UsagePanel } from "@/components/admin/usage-panel";
import { PageHeader } from "@/components/tasks/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { teamDisplayName } from "@/lib/budgets/holder-list";
import { budgetStandingFor } from "@/lib/budgets/manage";
import { formatCredits, formatUsd } from "@/lib/budgets/money";
import { memberTeamBudgets } from "@/lib/budgets/teams";
import { recentUsage } from "@/lib/budgets/usage";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Usage" };
export const dynamic = "force-dynamic";

const statusText = { held: "held", charged: "charged", released: "not billed" } as const;

export default async function UsagePage() {
  const user = await requireUser();
  const [standing, teams, lines] = await Promise.all([
    budgetStandingFor({ scope: "user", scopeId: user.id }),
    memberTeamBudgets(user.id),
    recentUsage(user.id),
  ]);
  const rate = env.KIE_USD_PER_CREDIT;
  return (
    <>
      <PageHeader
        title="Usage"
        description="What your generations cost in Kie credits, and what is left of your budget."
      />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Your budget</CardTitle>
          <CardDescription>
            Each submission holds its estimated cost; Kie's actual charge replaces it when the task ends, and
            failures Kie does not bill are given back. Periods are UTC days and months.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <UsagePanel standing={standing} usdPerCredit={rate} />
        </CardContent>
      </Card>
      {teams.map(({ team, standing: teamStanding }) => (
        <Card key={team.id} className="mb-6" data-testid="team-usage" data-team-id={team.id}>
          <CardHeader>
            <CardTitle>{teamDisplayName(team.name)}</CardTitle>
            <CardDescription>
              Everyone's work filed into this team's collections, counted against the team's budget as well as
              each member's own.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <UsagePanel
              standing={teamStanding}
              usdPerCredit={rate}
              exemptText="An admin exempted this team from budgets; usage is still counted."
            />
          </CardContent>
        </Card>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>Recent tasks</CardTitle>
        </CardHeader>
        <CardContent>
          {lines.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">Nothing yet.</p>
          ) : (
            <DataTable
              columns={[
                { label: "Task" },
                { label: "State" },
                { label: "Estimate", numeric: true },
                { label: "Counts", numeric: true },
                { label: "USD", numeric: true },
              ]}
            >
              {lines.map((l) => (
                <tr key={l.taskId}>
                  <td className="py-2 pr-3">
                    <a href={`/tasks/${l.taskId}`} className="hover:underline">
                      {l.title}
                    </a>
                  </td>
                  <td className="py-2 pr-3 text-zinc-600 dark:text-zinc-300">
                    {l.state} · {statusText[l.status]}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatCredits(l.estimate)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatCredits(l.credits)}</td>
                  <td className="py-2 text-right tabular-nums">{formatUsd(l.credits, rate)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </CardContent>
      </Card>
    </>
  );
}
