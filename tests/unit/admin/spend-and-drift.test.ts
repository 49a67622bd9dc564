import { describe, expect, it } from "vitest";
import { csvCell, ledgerCsvHeader, ledgerCsvRow } from "@/lib/admin/csv";
import { detectDrift } from "@/lib/admin/drift";
import { operationHealth, percentile } from "@/lib/admin/health";
import {
  burnRatePerDay,
  daysLeft,
  type LedgerEntry,
  spendByDay,
  spendByOperation,
  spendByUser,
} from "@/lib/admin/spend";

const t = (iso: string) => new Date(`2026-11-${iso}Z`);
let n = 0;
function entry(over: Partial<LedgerEntry>): LedgerEntry {
  n += 1;
  return {
    kind: "task",
    id: `t${n}`,
    userId: "u1",
    userEmail: "a@example.com",
    operationId: "image.market.nano-banana",
    label: "Nano Banana",
    category: "image",
    state: "succeeded",
    estimate: 4,
    charged: 4,
    credits: 4,
    status: "charged",
    createdAt: t("20T10:00:00"),
    finishedAt: t("20T10:01:00"),
    ...over,
  };
}

describe("spend aggregates", () => {
  const now = t("21T12:00:00");
  const entries = [
    entry({ credits: 4 }),
    entry({
      credits: 12,
      userId: "u2",
      userEmail: "b@example.com",
      operationId: "music.generate",
      label: "Generate music",
      createdAt: t("21T09:00:00"),
    }),
    entry({ credits: 0, status: "released", createdAt: t("21T09:30:00") }),
    entry({ credits: 6, createdAt: t("01T09:00:00") }),
  ];
  it("sums per UTC day, zero-filled, oldest first", () => {
    expect(spendByDay(entries, 3, now)).toEqual([
      { day: "2026-11-19", credits: 0 },
      { day: "2026-11-20", credits: 4 },
      { day: "2026-11-21", credits: 12 },
    ]);
  });
  it("groups by user and by operation, biggest spender first", () => {
    expect(spendByUser(entries).map((g) => [g.label, g.credits, g.count])).toEqual([
      ["b@example.com", 12, 1],
      ["a@example.com", 10, 3],
    ]);
    expect(spendByOperation(entries)[0]).toMatchObject({ key: "music.generate", credits: 12 });
  });
  it("burn rate averages the last 7 days; days left divides the balance by it", () => {
    expect(burnRatePerDay(entries, now)).toBeCloseTo(16 / 7);
    expect(daysLeft(160, 16)).toBe(10);
    expect(daysLeft(160, 0)).toBeNull();
  });
});

describe("drift check", () => {
  const snaps = (...pairs: [string, number][]) => pairs.map(([at, credits]) => ({ takenAt: t(at), credits }));
  it("does not flag a balance drop the ledger explains", () => {
    const d = detectDrift(snaps(["20T10:00:00", 1000], ["20T11:00:00", 988]), [
      entry({ credits: 12, createdAt: t("20T10:10:00"), finishedAt: t("20T10:20:00") }),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ balanceDrop: 12, ledgerSpend: 12, unexplained: 0, flagged: false });
  });
  it("flags credits spent with no studio task, with the amount and the period", () => {
    const d = detectDrift(snaps(["20T10:00:00", 1000], ["20T11:00:00", 988], ["20T12:00:00", 888]), [
      entry({ credits: 12, createdAt: t("20T10:10:00"), finishedAt: t("20T10:20:00") }),
    ]);
    expect(d[0].flagged).toBe(false);
    expect(d[1]).toMatchObject({
      flagged: true,
      unexplained: 100,
      from: t("20T11:00:00"),
      to: t("20T12:00:00"),
    });
  });
  it("counts a task still running at the end of an interval as possibly billed", () => {
    const d = detectDrift(snaps(["20T10:00:00", 1000], ["20T11:00:00", 750]), [
      entry({ credits: 250, status: "held", createdAt: t("20T10:30:00"), finishedAt: null }),
    ]);
    expect(d[0]).toMatchObject({ inFlight: 250, flagged: false });
  });
  it("ignores released (unbilled) tasks and notes top-ups instead of flagging them", () => {
    const d = detectDrift(snaps(["20T10:00:00", 1000], ["20T11:00:00", 990], ["20T12:00:00", 5000]), [
      entry({
        credits: 0,
        status: "released",
        estimate: 10,
        createdAt: t("20T10:10:00"),
        finishedAt: t("20T10:20:00"),
      }),
    ]);
    expect(d[0]).toMatchObject({ flagged: true, unexplained: 10 });
    expect(d[1]).toMatchObject({ flagged: false, balanceDrop: -4010 });
    expect(d[1].note).toMatch(/top-up/);
  });
});

describe("operation health", () => {
  it("nearest-rank percentiles", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });
  it("success rate over finished tasks, time to finish, newest errors first", () => {
    const base = { operationId: "video.veo.generate", errorCode: null, errorMessage: null };
    const start = t("20T10:00:00");
    const plus = (s: number) => new Date(start.getTime() + s * 1000);
    const [h] = operationHealth([
      { ...base, state: "succeeded", createdAt: start, finishedAt: plus(60) },
      { ...base, state: "succeeded", createdAt: start, finishedAt: plus(120) },
      { ...base, state: "succeeded", createdAt: start, finishedAt: plus(600) },
      {
        ...base,
        state: "failed",
        createdAt: start,
        finishedAt: plus(30),
        errorCode: "kie_422",
        errorMessage: "old",
      },
      {
        ...base,
        state: "failed",
        createdAt: start,
        finishedAt: plus(90),
        errorCode: "kie_500",
        errorMessage: "new",
      },
      { ...base, state: "running", createdAt: start, finishedAt: null },
    ]);
    expect(h).toMatchObject({
      total: 6,
      succeeded: 3,
      failed: 2,
      running: 1,
      medianMs: 120_000,
      p90Ms: 600_000,
    });
    expect(h.successRate).toBeCloseTo(0.6);
    expect(h.recentErrors.map((e) => e.message)).toEqual(["new", "old"]);
  });
});

describe("ledger CSV", () => {
  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(null)).toBe("");
    expect(csvCell(0.1 + 0.2)).toBe("0.3");
  });
  it("writes one line per entry under a fixed header, with dollars at the given rate", () => {
    expect(ledgerCsvHeader().trim().split(",")).toContain("ledger_usd");
    const line = ledgerCsvRow(entry({ id: "task1", credits: 12, estimate: 12, charged: null }), 0.005);
    expect(line).toBe(
      "task,task1,2026-11-20T10:00:00.000Z,2026-11-20T10:01:00.000Z,a@example.com,image.market.nano-banana,image,succeeded,12,,charged,12,0.06\r\n",
    );
  });
});
