import { z } from "zod";
import { operations } from "./registry";

/** The public description of every operation: what the JSON API lists and forms are built from. */
export function operationCatalog() {
  return operations.map((op) => ({
    id: op.id,
    category: op.category,
    title: op.title,
    summary: op.summary,
    model: op.model,
    mode: op.mode,
    outputs: op.outputs,
    kie: {
      method: op.request.method,
      path: op.request.path,
      ...(op.request.model ? { model: op.request.model } : {}),
    },
    ...(op.source
      ? {
          startsFrom: {
            kinds: op.source.kinds,
            ...(op.source.fromOperations ? { operations: op.source.fromOperations } : {}),
            action: op.source.action,
          },
        }
      : {}),
    example: op.example,
    inputSchema: z.toJSONSchema(op.input, { io: "input", unrepresentable: "any" }),
  }));
}
