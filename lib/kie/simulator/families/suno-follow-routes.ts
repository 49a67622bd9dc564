import type { RouteTable } from "../route-types";
import { sunoFollowHandlers as h } from "./suno-follow";

/** Suno endpoints that make tracks from a track or an upload (REFERENCE §6.2–6.5); all poll generate/record-info. */
export const sunoFollowRoutes: RouteTable = {
  "POST /api/v1/generate/extend": { handler: h.extend, create: true },
  "POST /api/v1/generate/upload-cover": { handler: h.uploadCover, create: true },
  "POST /api/v1/generate/upload-extend": { handler: h.uploadExtend, create: true },
  "POST /api/v1/generate/add-instrumental": { handler: h.addInstrumental, create: true },
  "POST /api/v1/generate/add-vocals": { handler: h.addVocals, create: true },
  "POST /api/v1/generate/replace-section": { handler: h.replaceSection, create: true },
  "POST /api/v1/generate/mashup": { handler: h.mashup, create: true },
  "POST /api/v1/generate/sounds": { handler: h.sounds, create: true },
};
