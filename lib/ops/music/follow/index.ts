import type { AnyOperation } from "../../types";

/** Suno operations that make new tracks from a track or an upload (polled at generate/record-info). */
export const musicFollowOperations: AnyOperation[] = [];
