import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { DriftList } from "@/components/admin/drift-list";
import { SpendChart } from "@/components/admin/spend-chart";
import { SpendTable } from "@/components/admin/spend-table";
import { Stat } from "@/components/admin/stat";
import { PageHeader } from "@/components/tasks/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { adminOverview } from "@/lib/admin/overview";
import { formatCredits, formatUsd } from "@/lib/budgets/money";
import { requireAdmin } from "@/lib/session";
import { refreshBalanceAction } from "./actions";

export const metadata: Metadata = { title: "Admin · Spend" };
export const dynamic = "force-dynamic";

export default async function AdminSpendPage() {
  await requireAdmin();
  const o = await adminOverview();
  const rate = o.usdPerCredit;
  return (
    <>
      <PageHeader
        title="Spend"
        description="Kie's credit balance, where it goes, and whether anything outside the studio is spending it."
        actions={
          <div className="flex items-start gap-2">
            <a href="/api/v1/admin/ledger" className={buttonClasses("secondary", "sm")} download>
              Export ledger (CSV)
            </a>
            <ActionForm action={refreshBalanceAction} submitLabel="Refresh balance" />
          </div>
        }
      />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          testId="kie-balance"
          label="Kie balance"
          value={o.balance ? formatCredits(o.balance.credits) : "—"}
          detail={
            o.balance
              ? `${formatUsd(o.balance.credits, rate)} · read ${o.balance.takenAt.toISOString().slice(11, 16)} UTC${
                  o.balance.error ? ` · ${o.balance.error}` : ""
                }${o.balance.low ? ` · below the ${formatCredits(o.lowBalanceCredits)} alert` : ""}`
              : "Kie's balance could not be read yet."
          }
        />
        <Stat
          label="Burn rate"
          value={`${formatCredits(o.burnPerDay)}/day`}
          detail={`${formatUsd(o.burnPerDay, rate)} a day, averaged over 7 days`}
        />
        <Stat
          label="Days left"
          value={o.daysLeft === null ? "—" : o.daysLeft >= 1000 ? "1000+" : Math.floor(o.daysLeft).toString()}
          detail={o.daysLeft === null ? "Nothing spent in the last 7 days" : "At the current burn rate"}
        />
        <Stat
          label={`Spent, ${o.spendWindowDays} days`}
          value={formatCredits(o.totalSpend)}
          detail={formatUsd(o.totalSpend, rate)}
        />
      </div>
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Spend by day</CardTitle>
          <CardDescription>
            Credits held or charged per UTC day (failed tasks Kie did not bill count 0).
          </CardDescription>
        </CardHeader>
        <CardContent>
          <SpendChart days={o.byDay} caption={`Credits per day, last ${o.spendWindowDays} days`} />
        </CardContent>
      </Card>
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Drift check</CardTitle>
          <CardDescription>
            Compares each drop of Kie's balance with what the studio recorded over the same period.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <DriftList intervals={o.drift} usdPerCredit={rate} />
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>By user</CardTitle>
          </CardHeader>
          <CardContent>
            <SpendTable
              groups={o.byUser}
              labelHeading="User"
              countHeading="Items"
              usdPerCredit={rate}
              empty="No spend yet."
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>By team</CardTitle>
            <CardDescription>
              Tasks filed into a team's collection; one shared with two teams counts for both.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <SpendTable
              groups={o.byTeam}
              labelHeading="Team"
              countHeading="Tasks"
              usdPerCredit={rate}
              empty="No team spend yet."
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>By model</CardTitle>
          </CardHeader>
          <CardContent>
            <SpendTable
              groups={o.byOperation}
              labelHeading="Operation"
              countHeading="Tasks"
              usdPerCredit={rate}
              empty="No spend yet."
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
