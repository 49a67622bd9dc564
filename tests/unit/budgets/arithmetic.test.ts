import { describe, expect, it } from "vitest";
import {
  type BudgetRow,
  budgetRefusal,
  budgetStanding,
  finalCharge,
  ledgerAmount,
} from "@/lib/budgets/arithmetic";
import { dayKey, monthKey, periodResetsAt, resetText, untilText } from "@/lib/budgets/periods";

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

describe("budget periods (UTC)", () => {
  it("keys a moment by UTC day and month", () => {
    expect(dayKey(new Date("2026-11-30T23:59:59Z"))).toBe("2026-11-30");
    expect(monthKey(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12");
  });
  it("resets at the next UTC midnight and on the 1st of next month, across a year end", () => {
    expect(periodResetsAt("day", now).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(periodResetsAt("month", now).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(periodResetsAt("month", new Date("2026-12-15T10:00:00Z")).toISOString()).toBe(
      "2027-01-01T00:00:00.000Z",
    );
  });
  it("says when in words", () => {
    expect(resetText(new Date("2026-11-22T00:00:00Z"))).toBe("Nov 22, 00:00 UTC");
    expect(untilText(now, new Date("2026-11-22T00:00:00Z"))).toBe("in 2 h 20 min");
    expect(untilText(now, new Date("2026-11-21T21:45:00Z"))).toBe("in 5 min");
    expect(untilText(now, new Date("2026-12-01T00:00:00Z"))).toBe("in 9 days");
  });
});

describe("budget standing", () => {
  it("reads counters from an earlier day or month as 0", () => {
    const s = budgetStanding(
      row({ dailyCredits: 50, dayKey: "2026-11-20", dayUsed: 49, monthUsed: 70 }),
      now,
    );
    expect(s.day).toMatchObject({ used: 0, left: 50, limit: 50 });
    expect(s.month).toMatchObject({ used: 70, left: null, limit: null });
  });
  it("never reports a negative amount left after an overshoot", () => {
    expect(budgetStanding(row({ dailyCredits: 10, dayUsed: 14 }), now).day.left).toBe(0);
  });
});

describe("budget refusal", () => {
  it("lets a hold that exactly fills the budget through, and refuses one credit more", () => {
    expect(budgetRefusal(row({ dailyCredits: 10, dayUsed: 8 }), 2, now)).toBeNull();
    expect(budgetRefusal(row({ dailyCredits: 10, dayUsed: 8 }), 3, now)).not.toBeNull();
  });
  it("tolerates floating-point sums (ten holds of 0.1 fit 1 credit)", () => {
    let used = 0;
    for (let i = 0; i < 9; i++) used += 0.1;
    expect(budgetRefusal(row({ dailyCredits: 1, dayUsed: used }), 0.1, now)).toBeNull();
  });
  it("says how much is left, of what, and when it resets", () => {
    const r = budgetRefusal(row({ dailyCredits: 20, dayUsed: 16 }), 12, now);
    expect(r?.period).toBe("day");
    expect(r?.message).toBe(
      "This would use about 12 credits, but your daily budget has 4 of 20 credits left. It resets Nov 22, 00:00 UTC (in 2 h 20 min).",
    );
  });
  it("checks the month when the day has room", () => {
    const r = budgetRefusal(row({ dailyCredits: 100, monthlyCredits: 300, monthUsed: 295 }), 12, now);
    expect(r?.period).toBe("month");
    expect(r?.message).toMatch(/monthly budget has 5 of 300 credits left\. It resets Dec 1, 00:00 UTC/);
  });
  it("never refuses an exempt holder or a free operation", () => {
    expect(budgetRefusal(row({ dailyCredits: 0, dayUsed: 5, exempt: true }), 50, now)).toBeNull();
    expect(budgetRefusal(row({ dailyCredits: 0, dayUsed: 5 }), 0, now)).toBeNull();
  });
  it("a new day starts from zero", () => {
    expect(budgetRefusal(row({ dailyCredits: 10, dayKey: "2026-11-20", dayUsed: 10 }), 10, now)).toBeNull();
  });
});

describe("settling a hold", () => {
  const facts = (state: string, creditsCharged: number | null = null, errorCode: string | null = null) => ({
    state,
    creditsCharged,
    errorCode,
  });
  it("waits while the task is still running", () => {
    expect(finalCharge(facts("running", 6), 4)).toBeNull();
    expect(finalCharge(facts("unknown"), 4)).toBeNull();
  });
  it("uses Kie's reported charge, whatever the outcome", () => {
    expect(finalCharge(facts("succeeded", 3.5), 4)).toEqual({ state: "settled", charged: 3.5 });
    expect(finalCharge(facts("failed", 2), 4)).toEqual({ state: "settled", charged: 2 });
    expect(finalCharge(facts("failed", 0), 4)).toEqual({ state: "released", charged: 0 });
  });
  it("keeps the estimate for a success Kie did not price, releases an unbilled failure", () => {
    expect(finalCharge(facts("succeeded"), 12), "success").toEqual({ state: "settled", charged: 12 });
    expect(finalCharge(facts("failed", null, "kie_422"), 12)).toEqual({ state: "released", charged: 0 });
    expect(finalCharge(facts("canceled"), 12)).toEqual({ state: "released", charged: 0 });
  });
  it("keeps the hold for a create Kie never confirmed (it may have billed it)", () => {
    expect(finalCharge(facts("failed", null, "unconfirmed"), 12)).toEqual({ state: "settled", charged: 12 });
  });
  it("a ledger line counts the hold while running, then the charge", () => {
    expect(ledgerAmount({ ...facts("running"), costEstimate: 4 })).toEqual({ status: "held", credits: 4 });
    expect(ledgerAmount({ ...facts("succeeded", 3), costEstimate: 4 })).toEqual({
      status: "charged",
      credits: 3,
    });
    expect(ledgerAmount({ ...facts("failed"), costEstimate: 4 })).toEqual({ status: "released", credits: 0 });
  });
});
