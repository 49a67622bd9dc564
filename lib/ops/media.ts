import { z } from "zod";
import { meta } from "./body";
import type { AssetKind } from "./types";

/**
 * Media inputs take a public http(s) URL, a Kie upload URL, or `studio://asset/<id>` (one of the
 * caller's own results; not Kie's own `asset://` scheme). The engine swaps these references for a URL Kie can fetch just before it calls
 * Kie, after checking the caller owns the asset.
 */
export const ASSET_REF_PREFIX = "studio://asset/";
const ASSET_REF = /^studio:\/\/asset\/[a-z0-9]{8,40}$/i;

export const isAssetRef = (v: string) => ASSET_REF.test(v);
export const assetRef = (assetId: string) => `${ASSET_REF_PREFIX}${assetId}`;
export const assetIdOfRef = (v: string) => (isAssetRef(v) ? v.slice(ASSET_REF_PREFIX.length) : undefined);

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/** A string that is a media reference: http(s) URL or asset reference. */
export function mediaRef(message: string) {
  return z
    .string()
    .trim()
    .refine((v) => isHttpUrl(v) || isAssetRef(v), message);
}

type MediaFieldOpts = { label: string; help?: string; advanced?: boolean; group?: string };

/** One media input (image, audio or video). */
export function mediaUrlField(kind: AssetKind, opts: MediaFieldOpts) {
  return mediaRef(`${opts.label} must be a valid URL or one of your results`).meta(
    meta({ ...opts, widget: "media-url", media: kind }),
  );
}

/** A list of media inputs of one kind, with Kie's limits. */
export function mediaUrlsField(kind: AssetKind, max: number, opts: MediaFieldOpts & { min?: number }) {
  const min = opts.min ?? 1;
  const { min: _min, ...rest } = opts;
  return z
    .array(mediaRef(`Each ${kind} must be a valid URL or one of your results`))
    .min(min, min === 1 ? `Add at least one ${kind}` : `Add at least ${min} ${kind}s`)
    .max(max, `At most ${max} ${kind}s`)
    .meta(meta({ help: `Up to ${max}.`, ...rest, widget: "media-urls", media: kind }));
}

/** Every media reference in an input object (top level and arrays), with its field path. */
export function mediaRefsIn(input: Record<string, unknown>): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === "string" && isAssetRef(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(input);
  return out;
}

/** Replaces every asset reference (deeply) using `resolve`. */
export function replaceMediaRefs(input: unknown, resolve: (ref: string) => string): unknown {
  if (typeof input === "string") return isAssetRef(input) ? resolve(input) : input;
  if (Array.isArray(input)) return input.map((v) => replaceMediaRefs(v, resolve));
  if (input && typeof input === "object")
    return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, replaceMediaRefs(v, resolve)]));
  return input;
}
