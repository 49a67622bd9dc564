import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { latestBalanceSnapshot } from "@/lib/admin/balance";
import { creditsAndUsd } from "@/lib/budgets/money";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/session";

/**
 * Admins only: a banner across the studio while Kie's last recorded balance is under
 * LOW_BALANCE_CREDITS. Reads the last snapshot (the reconciler keeps it fresh), never Kie itself.
 */
export async function LowBalanceBanner() {
  const user = await getCurrentUser();
  if (user?.role !== "admin") return null;
  const latest = await latestBalanceSnapshot();
  if (!latest || latest.credits >= env.LOW_BALANCE_CREDITS) return null;
  return (
    <div
      role="alert"
      data-testid="low-balance-banner"
      className="mb-6 flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <AlertTriangle className="size-4 shrink-0" aria-hidden />
      <span>
        Kie balance is low: {creditsAndUsd(latest.credits, env.KIE_USD_PER_CREDIT)} left (alert below{" "}
        {env.LOW_BALANCE_CREDITS.toLocaleString("en-US")}). Top up before tasks start failing.
      </span>
      <Link href="/admin" className="font-medium underline underline-offset-2">
        Open admin
      </Link>
    </div>
  );
}
