import { describe, expect, it } from "vitest";
import { type BudgetRow, budgetRefusal } from "@/lib/budgets/arithmetic";
import { budgetOwnerText, holdersFor, teamDisplayName } from "@/lib/budgets/holder-list";

const now = new Date("2026-11-21T21:40:00Z");
const row = (over: Partial<BudgetRow> = {}): BudgetRow => ({
  dailyCredits: null,
  monthlyCredits: null,
  exempt: false,
  dayKey: "2026-11-21",
  dayUsed: 0,
  monthKey: "2026-11",
  monthUsed: 0,
  ...over,
});

describe("holdersFor: whose budgets a submission counts against", () => {
  it("is only the user's own budget for a personal submission", () => {
    expect(holdersFor("u1")).toEqual([{ scope: "user", scopeId: "u1" }]);
    expect(holdersFor("u1", [])).toEqual([{ scope: "user", scopeId: "u1" }]);
  });

  it("adds the team's budget after the user's for a submission made for a team", () => {
    expect(holdersFor("u1", [{ id: "t1", name: "Aurora" }])).toEqual([
      { scope: "user", scopeId: "u1" },
      { scope: "team", scopeId: "t1", name: "Aurora" },
    ]);
  });

  it("lists each team once, in id order, whatever order the teams came in", () => {
    const holders = holdersFor("u1", [
      { id: "t9", name: "Zeta" },
      { id: "t2", name: "Beta" },
      { id: "t9", name: "Zeta" },
    ]);
    expect(holders.map((h) => h.scopeId)).toEqual(["u1", "t2", "t9"]);
  });
});

describe("refusal messages name whose budget it is", () => {
  it("says 'your' for the user's own budget", () => {
    const refusal = budgetRefusal(
      row({ dailyCredits: 10, dayUsed: 8 }),
      4,
      now,
      budgetOwnerText(holdersFor("u1")[0]),
    );
    expect(refusal?.message).toBe(
      "This would use about 4 credits, but your daily budget has 2 of 10 credits left. It resets Nov 22, 00:00 UTC (in 2 h 20 min).",
    );
  });

  it("names the team for a team budget, with what is left and when it resets", () => {
    const team = holdersFor("u1", [{ id: "t1", name: "Aurora" }])[1];
    const refusal = budgetRefusal(
      row({ monthlyCredits: 500, monthUsed: 497 }),
      4,
      now,
      budgetOwnerText(team),
    );
    expect(refusal).toMatchObject({ period: "month", left: 3, limit: 500 });
    expect(refusal?.message).toBe(
      "This would use about 4 credits, but Team Aurora's monthly budget has 3 of 500 credits left. It resets Dec 1, 00:00 UTC (in 9 days).",
    );
  });

  it("does not say 'Team' twice when the name already says it", () => {
    expect(teamDisplayName("Team Red")).toBe("Team Red");
    expect(teamDisplayName("  team blue ")).toBe("team blue");
    expect(teamDisplayName("Teamsters")).toBe("Team Teamsters");
    expect(budgetOwnerText({ scope: "team", scopeId: "t", name: "Team Red" })).toBe("Team Red's");
    expect(budgetOwnerText({ scope: "team", scopeId: "t" })).toBe("the team's");
  });

  it("lets an exempt team through however much it used", () => {
    expect(
      budgetRefusal(row({ monthlyCredits: 5, monthUsed: 5, exempt: true }), 4, now, "Team A's"),
    ).toBeNull();
  });
});
