import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { runSpendChores } from "@/lib/admin/chores";
import { removeLeftoverPartials, sweepAssets } from "@/lib/assets/sweep";
import { db, dbReady } from "@/lib/db";
import { env } from "@/lib/env";
import { createLimiter } from "@/lib/kie/rate-limit";
import { pruneReceipts } from "./callback-receipts";
import { dispatchTask } from "./dispatch";
import { pollTask } from "./poll";

const UNKNOWN_DEADLINE_MS = 15 * 60_000;
/** A send holds its task this long between renewals; a process dead that long never sent it further. */
const SENDING_LEASE_MS = 120_000;
const BATCH = 20;

type ReconcilerState = {
  owner: string;
  timer?: NodeJS.Timeout;
  running: boolean;
  again: boolean;
  started: boolean;
};
const g = globalThis as unknown as { __kieReconciler?: ReconcilerState };
const state: ReconcilerState = (g.__kieReconciler ??= {
  owner: `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
  running: false,
  again: false,
  started: false,
});

/** Starts the in-process loop (from instrumentation.ts). Idempotent. */
export function startReconciler(): void {
  if (state.started || env.RECONCILER === "off") return;
  state.started = true;
  const tick = () => {
    void runSpendChores();
    void runPass().finally(() => {
      state.timer = setTimeout(tick, env.RECONCILE_INTERVAL_MS);
      state.timer.unref?.();
    });
  };
  // A killed predecessor's half-written files go before this process writes anything.
  void removeLeftoverPartials().finally(tick);
}

/** Ask for a pass now (a submit or a verified callback). Cheap; passes never overlap. */
export function wakeReconciler(): void {
  if (!state.started) return;
  void runPass();
}

async function runPass(): Promise<void> {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await reconcileOnce();
    } while (state.again);
  } catch (err) {
    console.error("[reconciler]", err);
  } finally {
    state.running = false;
  }
}

/** One pass: recover crashed creates, send queued tasks within the rate limit, poll due tasks. */
export async function reconcileOnce(now = new Date()): Promise<void> {
  await dbReady();
  // A create whose process died mid-request may have reached Kie: never resend it.
  await db.task.updateMany({
    where: { state: "submitting", leaseUntil: { lt: now } },
    data: {
      state: "unknown",
      leaseOwner: null,
      leaseUntil: null,
      statusNote: "The studio restarted while sending this task; waiting for Kie to confirm it.",
    },
  });
  await db.task.updateMany({
    where: { state: "unknown", createdAt: { lt: new Date(now.getTime() - UNKNOWN_DEADLINE_MS) } },
    data: {
      state: "failed",
      errorCode: "unconfirmed",
      errorMessage:
        "Kie never confirmed this task. It was not resent, so it was not billed twice; check your Kie logs.",
      finishedAt: now,
    },
  });

  const queued = await db.task.findMany({
    where: { state: "queued", OR: [{ nextPollAt: null }, { nextPollAt: { lte: now } }] },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  const sends: Promise<void>[] = [];
  for (const task of queued) {
    const slot = await createLimiter.tryTake();
    if (!slot) break;
    sends.push(
      whileLeased(task.id, SENDING_LEASE_MS, () => dispatchTask(task, state.owner, SENDING_LEASE_MS))
        .catch((err) => console.error("[dispatch]", task.id, err))
        .finally(() => slot.done()),
    );
  }
  await Promise.all(sends);

  const due = await db.task.findMany({
    where: {
      state: { in: ["submitted", "running", "partial"] },
      nextPollAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    orderBy: { nextPollAt: "asc" },
    take: BATCH,
  });
  await Promise.all(
    due.map(async (task) => {
      const claimed = await db.task.updateMany({
        where: {
          id: task.id,
          updatedAt: task.updatedAt,
          OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
        },
        data: { leaseOwner: state.owner, leaseUntil: new Date(Date.now() + env.TASK_LEASE_MS) },
      });
      if (claimed.count !== 1) return;
      const fresh = await db.task.findUnique({ where: { id: task.id } });
      if (fresh)
        await whileLeased(task.id, env.TASK_LEASE_MS, () => pollTask(fresh)).catch((err) =>
          console.error("[poll]", task.id, err),
        );
    }),
  );
  await pruneReceipts(now);
  // Not awaited: rescuing a large file must not hold up polling; the sweep never overlaps itself.
  void sweepAssets(now);
}

/**
 * Keeps this process's lease on a task while work on it runs (a gigabyte download, a large upload
 * before a create): renewed every third of its length, so only a dead holder's lease runs out.
 */
export async function whileLeased<T>(taskId: string, leaseMs: number, work: () => Promise<T>): Promise<T> {
  const renew = setInterval(
    () =>
      void db.task
        .updateMany({
          where: { id: taskId, leaseOwner: state.owner },
          data: { leaseUntil: new Date(Date.now() + leaseMs) },
        })
        .catch((err) => console.error("[lease]", taskId, err)),
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  renew.unref?.();
  try {
    return await work();
  } finally {
    clearInterval(renew);
  }
}
