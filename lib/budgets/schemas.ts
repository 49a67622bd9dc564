import { z } from "zod";

const MAX_BUDGET = 100_000_000;

/** An optional credit limit from a form: blank means "no limit". */
const limitField = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce
      .number({ message: `The ${label} budget must be a number of credits` })
      .min(0, `The ${label} budget cannot be negative`)
      .max(MAX_BUDGET, `The ${label} budget can be at most ${MAX_BUDGET.toLocaleString("en-US")} credits`)
      .nullable(),
  );

export const budgetSettingsSchema = z.object({
  dailyCredits: limitField("daily"),
  monthlyCredits: limitField("monthly"),
  exempt: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export type BudgetSettings = z.infer<typeof budgetSettingsSchema>;
