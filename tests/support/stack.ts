import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { drive, type Harness, startHarness } from "./harness";

export type Stack = {
  h: Harness;
  lib: {
    db: typeof import("@/lib/db").db;
    submitTask: typeof import("@/lib/tasks/submit").submitTask;
    reconcileOnce: typeof import("@/lib/tasks/reconciler").reconcileOnce;
    getTaskForUser: typeof import("@/lib/dal/tasks").getTaskForUser;
  };
  userId: string;
  /** Drives the reconciler until the task is terminal; returns the user's view of it. */
  runToEnd: (taskId: string) => ReturnType<typeof import("@/lib/dal/tasks").getTaskForUser>;
  /** The stored file must be byte-identical to what Kie (the simulator) served. */
  expectMirrored: (assetId: string) => Promise<import("@/lib/generated/prisma/client").Asset>;
  close: () => Promise<void>;
};

/** The harness plus the app modules (imported after the environment is set) and one user. */
export async function startStack(email: string, opts?: Parameters<typeof startHarness>[0]): Promise<Stack> {
  const h = await startHarness(opts);
  const [{ db, dbReady }, { submitTask }, { reconcileOnce }, { getTaskForUser }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/tasks/submit"),
    import("@/lib/tasks/reconciler"),
    import("@/lib/dal/tasks"),
  ]);
  await dbReady();
  const lib = { db, submitTask, reconcileOnce, getTaskForUser };
  const userId = (await db.user.create({ data: { email, passwordHash: "x" } })).id;
  return {
    h,
    lib,
    userId,
    runToEnd: async (taskId) => {
      await drive(
        () => reconcileOnce(),
        async () =>
          ["succeeded", "failed"].includes(
            (await db.task.findUniqueOrThrow({ where: { id: taskId } })).state,
          ),
      );
      return getTaskForUser(userId, taskId);
    },
    expectMirrored: async (assetId) => {
      const asset = await db.asset.findUniqueOrThrow({ where: { id: assetId } });
      expect(asset.status).toBe("mirrored");
      const stored = fs.readFileSync(path.join(h.dataDir, "storage", asset.storageKey!));
      const original = Buffer.from(await (await fetch(asset.sourceUrl)).arrayBuffer());
      expect(stored.length).toBe(asset.bytes);
      expect(stored.equals(original)).toBe(true);
      expect(createHash("sha256").update(stored).digest("hex")).toBe(asset.sha256);
      return asset;
    },
    close: async () => {
      await db.$disconnect();
      await h.close();
    },
  };
}
