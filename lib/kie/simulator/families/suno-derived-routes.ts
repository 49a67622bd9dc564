import type { RouteTable } from "../route-types";

/** Suno endpoints derived from a finished track (REFERENCE §6.8–6.12). */
export const sunoDerivedRoutes: RouteTable = {};
