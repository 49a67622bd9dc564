import type { StatusFamily } from "./index";

/** Status families for image APIs beyond 4o and Market (Flux Kontext). */
export const imageFamilies: Record<string, StatusFamily> = {};
