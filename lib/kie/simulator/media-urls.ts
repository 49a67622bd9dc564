import { randomBytes } from "node:crypto";
import { isSafeMediaKey } from "./media/store";
import { extFor, type SimContext } from "./state";

export type MediaKey =
  | { kind: "task"; key: string; taskId: string; suffix: string; ext: string }
  | { kind: "upload"; key: string; taskId: null };

const TASK_MEDIA = /^([0-9a-f]{32})-([a-z]+\d+)\.([a-z0-9]+)$/;
const UPLOAD_MEDIA = /^up[0-9a-f]{24}\.[a-z0-9]+$/;
const DOWNLOAD_LINK_TTL_S = 20 * 60;

export function parseMediaKey(key: string): MediaKey | null {
  if (!isSafeMediaKey(key)) return null;
  const task = TASK_MEDIA.exec(key);
  if (task) return { kind: "task", key, taskId: task[1], suffix: task[2], ext: task[3] };
  if (UPLOAD_MEDIA.test(key)) return { kind: "upload", key, taskId: null };
  return null;
}

/**
 * Maps a URL this simulator handed out back to its media key; the host is not compared because
 * the app may reach us as localhost or 127.0.0.1. Returns null for anything that is not ours.
 */
export async function resolveMediaUrl(ctx: SimContext, rawUrl: string): Promise<MediaKey | null> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  const prefix = `${new URL(ctx.opts.publicBaseUrl).pathname.replace(/\/+$/, "")}/media/`;
  if (!url.pathname.startsWith(prefix)) return null;
  const parsed = parseMediaKey(decodeURIComponent(url.pathname.slice(prefix.length)));
  if (!parsed) return null;
  if (parsed.kind === "upload") return (await ctx.media.getUpload(parsed.key)) ? parsed : null;
  const spec = ctx.tasks.get(parsed.taskId)?.media[parsed.suffix];
  return spec && extFor(spec) === parsed.ext ? parsed : null;
}

/** A new link to the same bytes that stops working after 20 minutes, like Kie's download-url. */
export function freshMediaUrl(ctx: SimContext, key: string): string {
  const expires = Math.floor(Date.now() / 1000) + DOWNLOAD_LINK_TTL_S;
  return `${ctx.opts.publicBaseUrl}/media/${key}?expires=${expires}&token=${randomBytes(12).toString("hex")}`;
}
