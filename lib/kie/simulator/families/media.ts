import { renderSongWav } from "../media/audio";
import { renderImage } from "../media/image";
import { type BodyShape, serveMedia } from "../media/serve";
import type { StoredMedia } from "../media/store";
import { loadVideoMedia } from "../media/video";
import { parseMediaKey } from "../media-urls";
import { extFor, type SimContext } from "../state";
import type { MediaSpec } from "../types";

/** GET|HEAD /media/<key>: public like Kie's file hosts; task media is rendered on first request. */
export async function serveMediaPath(
  ctx: SimContext,
  req: Request,
  path: string,
  shape?: BodyShape,
): Promise<Response> {
  const expires = new URL(req.url).searchParams.get("expires");
  if (expires && Number(expires) * 1000 < Date.now()) {
    return new Response("Request has expired", { status: 403, headers: { "content-type": "text/plain" } });
  }
  const media = await loadMedia(ctx, decodeURIComponent(path.slice("/media/".length)));
  if (!media) return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain" } });
  return serveMedia(req, media, shape);
}

export async function loadMedia(ctx: SimContext, key: string): Promise<StoredMedia | null> {
  const parsed = parseMediaKey(key);
  if (!parsed) return null;
  if (parsed.kind === "upload") return ctx.media.getUpload(parsed.key);
  const spec = ctx.tasks.get(parsed.taskId)?.media[parsed.suffix];
  if (!spec || extFor(spec) !== parsed.ext) return null;
  if (spec.kind === "video") return loadVideoMedia(spec);
  // A stream URL and the final audio URL carry the same bytes: render and cache them once.
  const canonical = `${parsed.taskId}-${parsed.suffix.replace(/^stream/, "audio")}.${parsed.ext}`;
  return ctx.media.getOrCreate(canonical, () => render(spec));
}

async function render(spec: Exclude<MediaSpec, { kind: "video" }>): Promise<Buffer> {
  return spec.kind === "image" ? renderImage(spec) : renderSongWav(spec);
}
