import "server-only";
import { getRequestUser, type SessionUser } from "@/lib/session";

/**
 * For admin route handlers: the admin making the request, or null, in which case the handler
 * answers 404 (as requireAdmin does for pages) so admin endpoints are not advertised.
 */
export async function adminFromRequest(req: Request): Promise<SessionUser | null> {
  const user = await getRequestUser(req);
  return user?.role === "admin" ? user : null;
}
