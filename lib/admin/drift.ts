import type { LedgerEntry } from "./spend";

export type Snapshot = { credits: number; takenAt: Date };

/** One interval between two balance snapshots, compared with what the ledger explains. */
export type DriftInterval = {
  from: Date;
  to: Date;
  /** How much Kie's balance fell (negative: it rose, e.g. a top-up). */
  balanceDrop: number;
  /** Charges the ledger records as billed within the interval. */
  ledgerSpend: number;
  /** Tasks still running at the end of the interval: Kie may already have billed them. */
  inFlight: number;
  /** Credits that left the balance with nothing in the studio to explain them. */
  unexplained: number;
  flagged: boolean;
  note?: string;
};

/** Small differences are rounding and timing (Kie bills at success, we record after saving). */
export function driftTolerance(drop: number): number {
  return Math.max(1, 0.02 * Math.abs(drop));
}

/**
 * Compares each fall of Kie's balance with the ledger over the same interval. A fall larger than
 * the ledger's charges plus what may be in flight means credits were spent outside the studio
 * (a leaked or shared key). Top-ups make an interval unreadable; they are noted, not flagged.
 */
export function detectDrift(snapshots: Snapshot[], entries: LedgerEntry[]): DriftInterval[] {
  const sorted = [...snapshots].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  const out: DriftInterval[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1].takenAt;
    const to = sorted[i].takenAt;
    const balanceDrop = sorted[i - 1].credits - sorted[i].credits;
    let ledgerSpend = 0;
    let inFlight = 0;
    for (const e of entries) {
      if (e.status === "released") continue;
      const billedAt = e.kind === "chat" ? e.createdAt : e.finishedAt;
      if (billedAt && billedAt > from && billedAt <= to) ledgerSpend += e.credits;
      else if (e.createdAt <= to && (!billedAt || billedAt > to)) inFlight += e.credits;
    }
    if (balanceDrop < 0) {
      out.push({
        from,
        to,
        balanceDrop,
        ledgerSpend,
        inFlight,
        unexplained: 0,
        flagged: false,
        note: "The balance rose (a top-up); this interval cannot be checked.",
      });
      continue;
    }
    const unexplained = Math.max(0, balanceDrop - ledgerSpend - inFlight);
    out.push({
      from,
      to,
      balanceDrop,
      ledgerSpend,
      inFlight,
      unexplained,
      flagged: unexplained > driftTolerance(balanceDrop),
    });
  }
  return out;
}
