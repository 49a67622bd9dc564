import "server-only";
import { z } from "zod";

/**
 * The gallery's page cursor: an opaque token holding the sort key of the last item shown, so the
 * next page starts right after it with an index seek (keyset), however deep the list is.
 * Time order keys on (createdAt, asset id); a collection's own order on (position, entry id).
 */
export type GalleryCursor =
  | { by: "time"; at: number; id: string }
  | { by: "position"; at: number; id: string };

const decoded = z.object({
  by: z.enum(["time", "position"]),
  at: z.number().finite(),
  id: z.string().regex(/^[a-z0-9]{10,40}$/i),
});

export function encodeCursor(cursor: GalleryCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(token: string): GalleryCursor | null {
  if (token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    const parsed = decoded.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const INVALID_CURSOR = "cursor is not one this gallery handed out; start again from the first page";

/** The `cursor` query parameter: a token from a previous page's `nextCursor`, else a 400. */
export const cursorTokenSchema = z
  .string()
  .refine((token) => decodeCursor(token) !== null, { message: INVALID_CURSOR });

/** A cursor only continues the order it came from: a collection-order cursor does not page by time. */
export function cursorFitsSort(token: string, sort: string | undefined, collectionId?: string): boolean {
  const cursor = decodeCursor(token);
  const byPosition = sort === "position" && !!collectionId;
  return !!cursor && (cursor.by === "position") === byPosition;
}
