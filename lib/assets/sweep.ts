import "server-only";
import { db } from "@/lib/db";
import type { Asset } from "@/lib/generated/prisma/client";
import { mirrorAsset } from "./mirror";
import { mirrorMetaOf, withMirrorMeta } from "./mirror-meta";
import { storage } from "./storage";

const SWEEP_EVERY_MS = 30_000;
const PARTIALS_EVERY_MS = 3600_000;
/** A write older than this was left by a process that died; live downloads touch their file constantly. */
const PARTIAL_MAX_AGE_MS = 3600_000;
const CLAIM_MS = 10 * 60_000;
const BATCH = 5;
/** Beyond the poller's own attempts, the sweep tries a failing asset this many times in total. */
export const SWEEP_MAX_ATTEMPTS = 12;
const TERMINAL = ["succeeded", "failed", "canceled"];

const state = { sweep: 0, partials: 0, running: false };

/**
 * Rescues results that are not saved yet: pending assets whose task is no longer polled (it ended
 * or was given up) and assets that failed for a reason a retry can fix, while Kie still keeps the
 * source. Cheap to call every reconciler tick; it runs at most every 30 s unless forced.
 */
export async function sweepAssets(now = new Date(), opts: { force?: boolean } = {}): Promise<number> {
  if (state.running || (!opts.force && now.getTime() - state.sweep < SWEEP_EVERY_MS)) return 0;
  state.running = true;
  state.sweep = now.getTime();
  try {
    return await sweepOnce(now, opts.force === true);
  } catch (err) {
    console.error("[asset sweep]", err);
    return 0;
  } finally {
    state.running = false;
  }
}

/** At start-up: temp files of writers that are gone (a kill -9 mid-download). Never throws. */
export async function removeLeftoverPartials(): Promise<void> {
  state.partials = Date.now();
  try {
    await storage().sweepPartials(PARTIAL_MAX_AGE_MS);
  } catch (err) {
    console.error("[asset sweep] partial files", err);
  }
}

async function sweepOnce(now: Date, force: boolean): Promise<number> {
  if (force || now.getTime() - state.partials >= PARTIALS_EVERY_MS) {
    state.partials = now.getTime();
    await storage()
      .sweepPartials(PARTIAL_MAX_AGE_MS)
      .catch((err) => console.error("[asset sweep] partial files", err));
  }
  const candidates = await db.asset.findMany({
    where: {
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      attempts: { lt: SWEEP_MAX_ATTEMPTS },
      AND: [
        {
          OR: [
            { status: "pending", task: { state: { in: TERMINAL } } },
            { status: "failed", meta: { contains: '"retryable":true' } },
          ],
        },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  let rescued = 0;
  for (const asset of candidates.filter((a) => isDue(a, now)).slice(0, BATCH)) {
    const claimed = await claim(asset, now);
    if (claimed && (await mirrorAsset(claimed)) === "mirrored") rescued++;
  }
  return rescued;
}

function isDue(asset: Asset, now: Date): boolean {
  const m = mirrorMetaOf(asset.meta);
  if (asset.status === "failed" && m.retryable !== true) return false;
  return (m.retryAt ?? 0) <= now.getTime() && (m.claimUntil ?? 0) <= now.getTime();
}

/** Compare-and-set on the meta text, so two processes never mirror the same asset at once. */
async function claim(asset: Asset, now: Date): Promise<Asset | null> {
  const meta = withMirrorMeta(asset.meta, {
    ...mirrorMetaOf(asset.meta),
    claimUntil: now.getTime() + CLAIM_MS,
  });
  const won = await db.asset.updateMany({
    where: { id: asset.id, meta: asset.meta, status: asset.status },
    data: { meta },
  });
  return won.count === 1 ? { ...asset, meta } : null;
}
