import { isAuthorized, UNAUTHORIZED_MSG, UPLOAD_UNAUTHORIZED_MSG } from "./auth";
import { emptyResponse, InputError, kieJson, plainJson, uploadJson } from "./envelope";
import { chatRouteFor } from "./families/chat-routes";
import { commonDownloadUrl, creditBalance } from "./families/common";
import { handleControl } from "./families/control";
import { fluxGenerate, fluxRecordInfo } from "./families/flux";
import { gpt4oDownloadUrl, gpt4oGenerate, gpt4oRecordInfo } from "./families/gpt4o";
import { marketCreateTask, marketRecordInfo } from "./families/market";
import { serveMediaPath } from "./families/media";
import { sunoGenerate, sunoRecordInfo } from "./families/suno";
import { sunoDerivedRoutes } from "./families/suno-derived-routes";
import { sunoFollowRoutes } from "./families/suno-follow-routes";
import { uploadBase64, uploadFileStream, uploadFromUrl } from "./families/upload";
import {
  codeFaultResponse,
  droppedResponse,
  expiredMediaResponse,
  type Fault,
  garbageResponse,
  parseFault,
} from "./faults";
import type { BodyShape } from "./media/serve";
import { RATE_LIMITED_MSG } from "./rate-limit";
import type { RouteTable } from "./route-types";
import type { SimContext } from "./state";
import { countRequest } from "./stats";

type Surface = "kie" | "upload" | "media";

const ROUTES: RouteTable = {
  "POST /api/v1/generate": { handler: sunoGenerate, create: true },
  "GET /api/v1/generate/record-info": { handler: sunoRecordInfo },
  ...sunoFollowRoutes,
  ...sunoDerivedRoutes,
  "POST /api/v1/gpt4o-image/generate": { handler: gpt4oGenerate, create: true },
  "GET /api/v1/gpt4o-image/record-info": { handler: gpt4oRecordInfo },
  "POST /api/v1/gpt4o-image/download-url": { handler: gpt4oDownloadUrl },
  "POST /api/v1/flux/kontext/generate": { handler: fluxGenerate, create: true },
  "GET /api/v1/flux/kontext/record-info": { handler: fluxRecordInfo },
  "POST /api/v1/jobs/createTask": { handler: marketCreateTask, create: true },
  "GET /api/v1/jobs/recordInfo": { handler: marketRecordInfo },
  // Video (Veo, Runway, Aleph): handlers load lazily from families/video-routes.ts.
  "POST /api/v1/veo/generate": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.veoGenerate(req, ctx, url),
    create: true,
  },
  "POST /api/v1/veo/extend": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.veoExtend(req, ctx, url),
    create: true,
  },
  "GET /api/v1/veo/record-info": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.veoRecordInfo(req, ctx, url),
  },
  "GET /api/v1/veo/get-1080p-video": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.veoGet1080p(req, ctx, url),
  },
  "POST /api/v1/veo/get-4k-video": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.veoGet4k(req, ctx, url),
    create: true,
  },
  "POST /api/v1/runway/generate": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.runwayGenerate(req, ctx, url),
    create: true,
  },
  "POST /api/v1/runway/extend": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.runwayExtend(req, ctx, url),
    create: true,
  },
  "GET /api/v1/runway/record-detail": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.runwayRecordDetail(req, ctx, url),
  },
  "POST /api/v1/aleph/generate": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.alephGenerate(req, ctx, url),
    create: true,
  },
  "GET /api/v1/aleph/record-info": {
    handler: async (req, ctx, url) =>
      (await import("./families/video-routes")).videoHandlers.alephRecordInfo(req, ctx, url),
  },
  "GET /api/v1/chat/credit": { handler: creditBalance },
  "POST /api/v1/common/download-url": { handler: commonDownloadUrl },
  "POST /upload/api/file-stream-upload": { handler: uploadFileStream },
  "POST /upload/api/file-base64-upload": { handler: uploadBase64 },
  "POST /upload/api/file-url-upload": { handler: uploadFromUrl },
};
const KNOWN_PATHS = new Set(Object.keys(ROUTES).map((key) => key.split(" ")[1]));
const HANG_SAFETY_MS = 10 * 60 * 1000;

export async function route(ctx: SimContext, req: Request): Promise<Response> {
  if (ctx.closed) return plainJson({ error: "simulator closed" }, 503);
  const url = new URL(req.url);
  const path = stripBasePath(url.pathname, ctx.opts.basePath);
  if (path === null) return plainJson({ error: "not found" }, 404);
  if (path.startsWith("/__sim/")) return handleControl(ctx, req, path);

  const method = req.method === "HEAD" ? "GET" : req.method.toUpperCase();
  countRequest(ctx, req.method.toUpperCase(), path);
  const surface: Surface =
    method === "GET" && path.startsWith("/media/") ? "media" : path.startsWith("/upload/") ? "upload" : "kie";
  const fault = parseFault(req.headers.get("x-sim-fault")) ?? ctx.faults.take(method, path);
  if (fault?.kind === "code") {
    if (fault.code === 429) ctx.counters.throttled += 1;
    return codeFaultResponse(fault, surface);
  }
  if (fault?.kind === "hang") return hang(ctx, req);
  if (fault?.kind === "delay") await delay(ctx, fault.ms);
  if (fault?.kind === "expired" && surface === "media") return expiredMediaResponse();
  if (surface === "media") return serveMediaPath(ctx, req, path, bodyShape(ctx, fault));

  const response = await dispatch(ctx, req, url, method, path, surface);
  if (fault?.kind === "drop") return droppedResponse();
  if (fault?.kind === "garbage") return garbageResponse();
  if (req.method === "HEAD")
    return new Response(null, { status: response.status, headers: response.headers });
  return response;
}

async function dispatch(
  ctx: SimContext,
  req: Request,
  url: URL,
  method: string,
  path: string,
  surface: Surface,
): Promise<Response> {
  const entry = ROUTES[`${method} ${path}`] ?? chatRouteFor(method, path);
  if (!entry) {
    return KNOWN_PATHS.has(path)
      ? kieJson(405, "Method not allowed", null, 405)
      : kieJson(404, "Not Found", null, 404);
  }
  if (!isAuthorized(req, ctx.opts.apiKey)) {
    return surface === "upload" ? uploadJson(401, UPLOAD_UNAUTHORIZED_MSG) : kieJson(401, UNAUTHORIZED_MSG);
  }
  if (entry.create && !ctx.limiter.tryAcquire(Date.now())) {
    ctx.counters.throttled += 1;
    return kieJson(429, RATE_LIMITED_MSG);
  }
  try {
    return await entry.handler(req, ctx, url);
  } catch (error) {
    if (error instanceof InputError) {
      return surface === "upload"
        ? uploadJson(error.code, error.message)
        : kieJson(error.code, error.message);
    }
    console.error("[kie-sim] handler failed:", error);
    return surface === "upload"
      ? uploadJson(500, "Internal server error")
      : kieJson(500, "Server exception, please try again later");
  }
}

function stripBasePath(pathname: string, basePath: string): string | null {
  if (basePath === "") return pathname;
  if (pathname === basePath) return "/";
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

async function delay(ctx: SimContext, ms: number): Promise<void> {
  ctx.held.delay += 1;
  try {
    await new Promise((r) => setTimeout(r, ms));
  } finally {
    ctx.held.delay -= 1;
  }
}

function bodyShape(ctx: SimContext, fault: Fault | null): BodyShape {
  if (fault?.kind === "truncate") return { kind: "truncate" };
  if (fault?.kind !== "trickle") return { kind: "whole" };
  return {
    kind: "trickle",
    ms: fault.ms,
    onStart: () => {
      ctx.held.trickle += 1;
    },
    onEnd: () => {
      ctx.held.trickle -= 1;
    },
  };
}

/** Never answers until the client aborts (or the simulator is reset/closed, or 10 minutes pass). */
function hang(ctx: SimContext, req: Request): Promise<Response> {
  return new Promise((resolve) => {
    const release = () => {
      ctx.hangs.delete(release);
      clearTimeout(safety);
      req.signal.removeEventListener("abort", release);
      resolve(emptyResponse(503));
    };
    const safety = setTimeout(release, HANG_SAFETY_MS);
    safety.unref?.();
    ctx.hangs.add(release);
    if (req.signal.aborted) release();
    else req.signal.addEventListener("abort", release, { once: true });
  });
}
