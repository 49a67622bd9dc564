import { readAlignedWords } from "@/components/player/karaoke";
import { readBuffer } from "@/lib/assets/storage";
import { getAssetForUser } from "@/lib/dal/assets";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handler, json, notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const KARAOKE_OPERATION = "music.timestamped-lyrics";
/** Kie's answer for a long song is tens of KB; anything far larger is not a lyrics file. */
const MAX_LYRICS_BYTES = 2_000_000;

/**
 * The timestamped lyrics made for one of the caller's tracks (the newest "Timestamped lyrics" task
 * started from it): `{alignedWords}` as Kie gave them. No lyrics yet, or not the caller's track: 404.
 */
export const GET = handler(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const { id } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFoundResponse();
  const track = await getAssetForUser(user.id, id);
  if (track?.kind !== "audio") return notFoundResponse();

  const task = await db.task.findFirst({
    where: {
      userId: user.id,
      parentAssetId: track.id,
      operationId: KARAOKE_OPERATION,
      state: "succeeded",
      assets: { some: { status: "mirrored", kind: "text" } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { assets: { where: { status: "mirrored", kind: "text" }, take: 1 } },
  });
  const lyrics = task?.assets[0];
  if (!task || !lyrics?.storageKey || (lyrics.bytes ?? 0) > MAX_LYRICS_BYTES) return notFoundResponse();

  let body: unknown;
  try {
    body = JSON.parse((await readBuffer(lyrics.storageKey)).toString("utf8"));
  } catch {
    return notFoundResponse();
  }
  const alignedWords = readAlignedWords(body);
  if (!alignedWords.length) return notFoundResponse();
  return json({ trackAssetId: track.id, lyricsAssetId: lyrics.id, taskId: task.id, alignedWords });
});
