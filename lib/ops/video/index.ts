import type { AnyOperation } from "../types";

/** Video operations (Veo 3.1, Runway, Aleph, Market video models). */
export const videoOperations: AnyOperation[] = [];
