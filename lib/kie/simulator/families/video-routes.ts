import type { SimContext } from "../state";
import { alephGenerate, alephRecordInfo } from "./aleph";
import { runwayExtend, runwayGenerate, runwayRecordDetail } from "./runway";
import { veoExtend, veoGenerate, veoGet4k, veoGet1080p, veoRecordInfo } from "./veo";

type Handler = (req: Request, ctx: SimContext, url: URL) => Promise<Response>;

/**
 * Video endpoints, loaded lazily by the router's ROUTES table (so the table needs no import lines):
 * Veo 3.1 (§7), Runway (§8.1–8.4), Aleph (§8.5–8.7).
 */
const handlers = {
  veoGenerate,
  veoExtend,
  veoRecordInfo,
  veoGet1080p,
  veoGet4k,
  runwayGenerate,
  runwayExtend,
  runwayRecordDetail,
  alephGenerate,
  alephRecordInfo,
} satisfies Record<string, Handler>;

export type VideoHandlerName = keyof typeof handlers;
export const videoHandlers: Record<VideoHandlerName, Handler> = handlers;
