import { z } from "zod";

/**
 * The gallery's state as it lives in the URL (`/gallery?kind=image&q=fox&sort=oldest`) and in the
 * list API's query: one schema for the page, the route handler and the client.
 */
export const GALLERY_KINDS = ["image", "video", "audio", "text", "midi"] as const;
export const GALLERY_CATEGORIES = ["music", "image", "video", "audio", "chat"] as const;
export const GALLERY_SORTS = ["newest", "oldest", "position"] as const;

export type GalleryKind = (typeof GALLERY_KINDS)[number];
export type GallerySortValue = (typeof GALLERY_SORTS)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates must look like 2026-11-21")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "That is not a calendar date");

const id = z.string().regex(/^[a-z0-9]{10,40}$/i, "Not a valid id");

const operationIds = z
  .string()
  .max(2000, "Too many operations")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(/^[a-z0-9][a-z0-9._/-]{0,119}$/i, "operations must be operation ids"))
      .max(50, "At most 50 operations"),
  );

export const galleryParamsSchema = z.object({
  kind: z.enum(GALLERY_KINDS, { error: "kind must be image, video, audio, text or midi" }).optional(),
  category: z
    .enum(GALLERY_CATEGORIES, { error: "category must be music, image, video, audio or chat" })
    .optional(),
  /** Comma-separated operation ids (the model filter). */
  operations: operationIds.optional(),
  from: day.optional(),
  to: day.optional(),
  favorites: z.enum(["1", "true"]).optional(),
  collection: id.optional(),
  q: z.string().trim().max(200, "Search for at most 200 characters").optional(),
  sort: z.enum(GALLERY_SORTS, { error: "sort must be newest, oldest or position" }).optional(),
});

export type GalleryParams = z.infer<typeof galleryParamsSchema>;

/** What the URL says, as the filter the data layer takes. `to` is inclusive: up to the day's end (UTC). */
export function filterFromParams(p: GalleryParams) {
  const to = p.to ? new Date(`${p.to}T00:00:00Z`) : undefined;
  to?.setUTCDate(to.getUTCDate() + 1);
  return {
    kind: p.kind,
    category: p.category,
    operations: p.operations?.length ? p.operations : undefined,
    from: p.from ? new Date(`${p.from}T00:00:00Z`) : undefined,
    to,
    favorites: p.favorites !== undefined,
    collectionId: p.collection,
    q: p.q || undefined,
    sort: p.sort === "position" && !p.collection ? undefined : p.sort,
  };
}

/** The client-side state of the filter bar: strings, ready for inputs and the URL. */
export type GalleryState = {
  kind?: GalleryKind;
  category?: string;
  operation?: string;
  from?: string;
  to?: string;
  favorites?: boolean;
  collection?: string;
  q?: string;
  sort?: GallerySortValue;
};

/** Reads the page's search params leniently: anything invalid is simply left out. */
export function stateFromSearchParams(raw: Record<string, string | string[] | undefined>): GalleryState {
  const flat = Object.fromEntries(
    Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" && v ? [[k, v]] : [])),
  );
  const state: GalleryState = {};
  for (const key of Object.keys(galleryParamsSchema.shape) as (keyof GalleryParams)[]) {
    const parsed = galleryParamsSchema.shape[key].safeParse(flat[key]);
    if (!parsed.success || parsed.data === undefined) continue;
    if (key === "operations") state.operation = (parsed.data as string[])[0];
    else if (key === "favorites") state.favorites = true;
    else Object.assign(state, { [key]: parsed.data });
  }
  return state;
}

/** The state as search params, shared by the page URL and the list API; defaults are left out. */
export function stateToSearchParams(state: GalleryState): URLSearchParams {
  const q = new URLSearchParams();
  if (state.kind) q.set("kind", state.kind);
  if (state.category) q.set("category", state.category);
  if (state.operation) q.set("operations", state.operation);
  if (state.from) q.set("from", state.from);
  if (state.to) q.set("to", state.to);
  if (state.favorites) q.set("favorites", "1");
  if (state.collection) q.set("collection", state.collection);
  if (state.q?.trim()) q.set("q", state.q.trim());
  if (state.sort && state.sort !== "newest") q.set("sort", state.sort);
  return q;
}
