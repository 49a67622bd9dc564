import type { z } from "zod";
import { stripUndefined } from "./body";
import type { AssetKind, Category, OperationDef } from "./types";

type MarketSpec<S extends z.ZodObject> = {
  id: string;
  model: string;
  category: Category;
  title: string;
  modelLabel: string;
  summary: string;
  outputs: AssetKind[];
  input: S;
  cost: (input: z.output<S>) => number;
  example: z.input<S>;
};

/** Market models share one endpoint: `{model, input, callBackUrl}` to /api/v1/jobs/createTask. */
export function marketOperation<S extends z.ZodObject>(spec: MarketSpec<S>): OperationDef<S> {
  return {
    id: spec.id,
    category: spec.category,
    title: spec.title,
    summary: spec.summary,
    outputs: spec.outputs,
    mode: "async",
    model: spec.modelLabel,
    input: spec.input,
    status: "market",
    callback: "optional",
    request: {
      method: "POST",
      path: "/api/v1/jobs/createTask",
      model: spec.model,
      toBody: (input, { callBackUrl }) =>
        stripUndefined({
          model: spec.model,
          input: stripUndefined(input as Record<string, unknown>),
          callBackUrl,
        }),
    },
    cost: spec.cost,
    example: spec.example,
  };
}
