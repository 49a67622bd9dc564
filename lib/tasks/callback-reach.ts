import { isIP } from "node:net";
import type { AppEnv } from "@/lib/env-schema";
import { isPublicAddress } from "@/lib/net/ip";

/** Whether Kie can call us back: demo mode (the simulator is local), a public APP_URL, or told so. */
export function callbacksReachUs(env: Pick<AppEnv, "KIE_CALLBACKS" | "mode" | "appUrl">): boolean {
  if (env.KIE_CALLBACKS !== "auto") return env.KIE_CALLBACKS === "on";
  if (env.mode === "demo") return true;
  const host = new URL(env.appUrl).hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local")) return false;
  return isIP(host) === 0 || isPublicAddress(host);
}
