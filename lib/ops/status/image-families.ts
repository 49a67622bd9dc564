import { normalizeFluxKontext } from "./flux-kontext";
import type { StatusFamily } from "./index";

/** Status families for image APIs beyond 4o and Market (Flux Kontext). */
export const imageFamilies: Record<string, StatusFamily> = {
  "flux-kontext": {
    id: "flux-kontext",
    pollPath: "/api/v1/flux/kontext/record-info",
    normalize: (raw) => normalizeFluxKontext(raw),
    deadlineMs: 30 * 60_000,
  },
};
