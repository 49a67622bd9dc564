import { describe, expect, it } from "vitest";
import { type LedgerEntry, spendByTeam } from "@/lib/admin/spend";

function entry(id: string, credits: number, kind: LedgerEntry["kind"] = "task"): LedgerEntry {
  return {
    kind,
    id,
    userId: "u1",
    userEmail: "a@example.com",
    operationId: "image.market.nano-banana",
    label: "Nano Banana",
    category: "image",
    state: "succeeded",
    estimate: credits,
    charged: credits,
    credits,
    status: "charged",
    createdAt: new Date("2026-11-20T10:00:00Z"),
    finishedAt: new Date("2026-11-20T10:01:00Z"),
  };
}

describe("spend by team", () => {
  const aurora = { id: "team-a", name: "Aurora" };
  const borealis = { id: "team-b", name: "Borealis" };

  it("sums each team's tasks, biggest first, and leaves personal tasks out", () => {
    const entries = [entry("t1", 4), entry("t2", 12), entry("t3", 6), entry("personal", 100)];
    const teams = new Map([
      ["t1", [aurora]],
      ["t2", [borealis]],
      ["t3", [aurora]],
    ]);
    expect(spendByTeam(entries, teams)).toEqual([
      { key: "team-b", label: "Borealis", credits: 12, count: 1 },
      { key: "team-a", label: "Aurora", credits: 10, count: 2 },
    ]);
  });

  it("counts a task made for two teams in both, and never counts chat answers", () => {
    const entries = [entry("t1", 4), entry("t1", 2, "chat")];
    const groups = spendByTeam(entries, new Map([["t1", [aurora, borealis]]]));
    expect(groups).toEqual([
      { key: "team-a", label: "Aurora", credits: 4, count: 1 },
      { key: "team-b", label: "Borealis", credits: 4, count: 1 },
    ]);
  });

  it("is empty when no task was made for a team", () => {
    expect(spendByTeam([entry("t1", 4)], new Map())).toEqual([]);
  });
});
