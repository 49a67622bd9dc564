import type { AnyOperation } from "../types";

/** Image operations beyond the first two (Flux Kontext, the Market image catalogue). */
export const imageOperations: AnyOperation[] = [];
