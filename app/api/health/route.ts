import { env } from "@/lib/env";
import { json } from "@/lib/http";

export const dynamic = "force-dynamic";

export function GET() {
  return json({ ok: true, mode: env.mode });
}
