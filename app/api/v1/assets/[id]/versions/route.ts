import { type AssetView, getAssetForUser, toAssetView } from "@/lib/dal/assets";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handler, json, notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

/** Operations whose result is the same clip at a higher resolution, with the label the switch shows. */
const UPSCALES: Record<string, string> = {
  "video.veo.get-1080p": "1080p",
  "video.veo.get-4k": "4K",
};

type VideoVersion = { label: string; asset: AssetView };

/**
 * The resolutions of one of the caller's clips that exist: the original and its finished 1080p/4K
 * versions (tasks started from the original). Asked for an upscaled copy, it answers for its
 * original, so every version lists the same set.
 */
export const GET = handler(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const { id } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFoundResponse();
  const asked = await getAssetForUser(user.id, id);
  if (asked?.kind !== "video") return notFoundResponse();

  const askedTask = await db.task.findFirst({ where: { id: asked.taskId, userId: user.id } });
  const upscaled = askedTask && askedTask.operationId in UPSCALES && askedTask.parentAssetId;
  const original = (upscaled && (await getAssetForUser(user.id, upscaled))) || asked;

  const children = await db.task.findMany({
    where: {
      userId: user.id,
      parentAssetId: original.id,
      operationId: { in: Object.keys(UPSCALES) },
      state: "succeeded",
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { assets: { where: { status: "mirrored", kind: "video" }, take: 1 } },
  });
  const versions: VideoVersion[] = [{ label: "Original", asset: toAssetView(original) }];
  for (const label of Object.values(UPSCALES)) {
    // The newest finished task per resolution wins (a retried upscale replaces an older one).
    const task = children.find((t) => UPSCALES[t.operationId] === label && t.assets.length);
    if (task) versions.push({ label, asset: toAssetView(task.assets[0]) });
  }
  return json({ originalAssetId: original.id, versions });
});
