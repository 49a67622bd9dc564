import type { RouteTable } from "../route-types";

/** Suno endpoints that make tracks from a track or an upload (REFERENCE §6.2–6.5). */
export const sunoFollowRoutes: RouteTable = {};
