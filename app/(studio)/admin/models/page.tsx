import type { Metadata } from "next";
import { OperationsTable } from "@/components/admin/operations-table";
import { PageHeader } from "@/components/tasks/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { HEALTH_WINDOW_DAYS, recentOperationHealth } from "@/lib/admin/overview";
import { disabledOperationIds } from "@/lib/admin/switches";
import { operations } from "@/lib/ops/registry";
import { requireAdmin } from "@/lib/session";
import { setOperationEnabledAction } from "../actions";

export const metadata: Metadata = { title: "Admin · Models" };
export const dynamic = "force-dynamic";

export default async function AdminModelsPage() {
  await requireAdmin();
  const [health, off] = await Promise.all([recentOperationHealth(), disabledOperationIds()]);
  const byOp = new Map(health.map((h) => [h.operationId, h]));
  const rows = operations
    .map((op) => ({
      id: op.id,
      title: op.title,
      model: op.model,
      category: op.category,
      enabled: !off.has(op.id),
      health: byOp.get(op.id),
    }))
    // Used and turned-off operations first; the rest keep registry order.
    .sort((a, b) => Number(a.enabled) - Number(b.enabled) || (b.health?.total ?? 0) - (a.health?.total ?? 0));
  return (
    <>
      <PageHeader
        title="Models"
        description={`Health over the last ${HEALTH_WINDOW_DAYS} days. A turned-off operation disappears from every form and the API refuses it.`}
      />
      <Card>
        <CardContent>
          <OperationsTable rows={rows} toggle={setOperationEnabledAction} />
        </CardContent>
      </Card>
    </>
  );
}
