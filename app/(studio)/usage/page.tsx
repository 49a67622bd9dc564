import type { Metadata } from "next";
import { UsagePanel } from "@/components/admin/usage-panel";
import { PageHeader } from "@/components/tasks/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { budgetStandingFor } from "@/lib/budgets/manage";
import { formatCredits, formatUsd } from "@/lib/budgets/money";
import { recentUsage } from "@/lib/budgets/usage";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Usage" };
export const dynamic = "force-dynamic";

const statusText = { held: "held", charged: "charged", released: "not billed" } as const;

export default async function UsagePage() {
  const user = await requireUser();
  const [standing, lines] = await Promise.all([
    budgetStandingFor({ scope: "user", scopeId: user.id }),
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
          <CardTitle>Budget</CardTitle>
          <CardDescription>
            Each submission holds its estimated cost; Kie's actual charge replaces it when the task ends, and
            failures Kie does not bill are given back. Periods are UTC days and months.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <UsagePanel standing={standing} usdPerCredit={rate} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Recent tasks</CardTitle>
        </CardHeader>
        <CardContent>
          {lines.length === 0 ? (
            <p className="text-sm text-zinc-500 dark:text-zinc-400">Nothing yet.</p>
          ) : (
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Task
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    State
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Estimate
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Counts
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    USD
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
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
              </tbody>
            </table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
