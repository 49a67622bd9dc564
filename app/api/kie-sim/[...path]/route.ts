import path from "node:path";
import { env } from "@/lib/env";
import { getSimulator } from "@/lib/kie/simulator";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The embedded Kie simulator; it exists only in demo mode (no KIE_API_KEY). */
async function handle(req: Request): Promise<Response> {
  if (env.mode !== "demo") return Response.json({ error: "not found" }, { status: 404 });
  const simulator = getSimulator({
    basePath: "/api/kie-sim",
    publicBaseUrl: env.kieBaseUrl,
    timeScale: env.KIE_SIM_TIME_SCALE,
    hmacKey: env.KIE_WEBHOOK_HMAC_KEY,
    mediaDir: path.join(env.dataDir, "sim-media"),
  });
  return simulator.handle(req);
}

export { handle as DELETE, handle as GET, handle as HEAD, handle as POST, handle as PUT };
