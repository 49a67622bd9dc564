import { recordBalanceSnapshot } from "@/lib/admin/balance";
import { adminFromRequest } from "@/lib/admin/guard";
import { env } from "@/lib/env";
import { handler, json, notFoundResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Reads Kie's credit balance now and records it. */
export const POST = handler(async (req: Request) => {
  if (!(await adminFromRequest(req))) return notFoundResponse();
  const snapshot = await recordBalanceSnapshot("admin");
  return json({
    credits: snapshot.credits,
    takenAt: snapshot.takenAt,
    low: snapshot.credits < env.LOW_BALANCE_CREDITS,
  });
});
