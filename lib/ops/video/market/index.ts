import type { AnyOperation } from "../../types";

/** Market video models (REFERENCE §5.5 "Video"). */
export const marketVideoOperations: AnyOperation[] = [];
