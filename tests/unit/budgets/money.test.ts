import { describe, expect, it } from "vitest";
import { creditsAndUsd, formatCredits, formatUsd } from "@/lib/budgets/money";
import { budgetSettingsSchema } from "@/lib/budgets/schemas";

describe("credits and dollars", () => {
  it("shows credits with up to two decimals", () => {
    expect(formatCredits(5916.25)).toBe("5,916.25");
    expect(formatCredits(12)).toBe("12");
    expect(formatCredits(0.4)).toBe("0.4");
  });
  it("converts at the configured rate (default 1 credit = $0.005)", () => {
    expect(formatUsd(1000, 0.005)).toBe("$5.00");
    expect(formatUsd(12, 0.005)).toBe("$0.06");
    expect(formatUsd(0.4, 0.005)).toBe("$0.002");
    expect(formatUsd(1000, 0.01)).toBe("$10.00");
    expect(creditsAndUsd(1, 0.005)).toBe("1 credit ($0.005)");
  });
});

describe("budget settings form", () => {
  it("reads blanks as no limit and the checkbox as the exemption", () => {
    expect(budgetSettingsSchema.parse({ dailyCredits: "", monthlyCredits: "250", exempt: "on" })).toEqual({
      dailyCredits: null,
      monthlyCredits: 250,
      exempt: true,
    });
    expect(budgetSettingsSchema.parse({ dailyCredits: "0", monthlyCredits: null, exempt: null })).toEqual({
      dailyCredits: 0,
      monthlyCredits: null,
      exempt: false,
    });
  });
  it("explains a bad limit", () => {
    const r = budgetSettingsSchema.safeParse({ dailyCredits: "-5", monthlyCredits: "", exempt: null });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("The daily budget cannot be negative");
    const nan = budgetSettingsSchema.safeParse({ dailyCredits: "lots", monthlyCredits: "", exempt: null });
    expect(nan.error?.issues[0]?.message).toBe("The daily budget must be a number of credits");
  });
});
