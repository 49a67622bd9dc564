import { adminFromRequest } from "@/lib/admin/guard";
import { adminOverview, recentOperationHealth } from "@/lib/admin/overview";
import { disabledOperationIds } from "@/lib/admin/switches";
import { handler, json, notFoundResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The admin dashboard's data as JSON: balance, burn rate, spend breakdowns, drift, health, switches. */
export const GET = handler(async (req: Request) => {
  if (!(await adminFromRequest(req))) return notFoundResponse();
  const [overview, health, off] = await Promise.all([
    adminOverview(),
    recentOperationHealth(),
    disabledOperationIds(),
  ]);
  return json({ ...overview, health, disabledOperations: [...off] });
});
