import { json } from "@/lib/http";
import { operationCatalog } from "@/lib/ops/catalog";

export const dynamic = "force-dynamic";

export function GET() {
  return json(operationCatalog());
}
