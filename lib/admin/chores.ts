import "server-only";
import { settleFinishedHolds } from "@/lib/budgets/settle";
import { snapshotBalanceIfDue } from "./balance";

const SETTLE_SWEEP_MS = 30_000;
const SNAPSHOT_RETRY_MS = 60_000;

type ChoresState = { lastSweep: number; snapshotRetryAt: number; running: boolean };
const g = globalThis as unknown as { __kieSpendChores?: ChoresState };
const state: ChoresState = (g.__kieSpendChores ??= { lastSweep: 0, snapshotRetryAt: 0, running: false });

/**
 * Spend bookkeeping the reconciler runs on its tick: the scheduled balance snapshot and a sweep
 * for holds whose task ended on a path that did not settle them. Never throws; never overlaps.
 * (The timestamps here only pace the work; what is due is decided from the database.)
 */
export async function runSpendChores(now = new Date()): Promise<void> {
  if (state.running) return;
  state.running = true;
  try {
    if (now.getTime() >= state.snapshotRetryAt) {
      await snapshotBalanceIfDue(now).catch((err) => {
        // Kie (or, in demo mode, this very server still starting) is unreachable: try again later.
        state.snapshotRetryAt = now.getTime() + SNAPSHOT_RETRY_MS;
        console.warn("[spend] balance snapshot failed:", errText(err));
      });
    }
    if (now.getTime() - state.lastSweep >= SETTLE_SWEEP_MS) {
      state.lastSweep = now.getTime();
      await settleFinishedHolds().catch((err) => console.warn("[spend] settle sweep failed:", errText(err)));
    }
  } finally {
    state.running = false;
  }
}

const errText = (err: unknown) => (err instanceof Error ? err.message : String(err));
