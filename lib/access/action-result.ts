import "server-only";
import { AppError, type PublicError, toPublicError } from "@/lib/errors";
import { getCurrentUser, type SessionUser } from "@/lib/session";

/** What every team and sharing server action answers: plain data a client component can render. */
export type ActionResult<T = Record<never, never>> =
  | ({ ok: true; message?: string } & T)
  | { ok: false; status: number; error: PublicError };

/**
 * Runs a server action for the signed-in caller. Server actions can be called by id from
 * anywhere, so no session means 404 like everything else the caller may not touch.
 */
export async function asSignedIn<T>(
  work: (user: SessionUser) => Promise<{ message?: string } & T>,
): Promise<ActionResult<T>> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("not_found", "Not found", { status: 404 });
    return { ok: true, ...(await work(user)) };
  } catch (err) {
    const { status, error } = toPublicError(err);
    return { ok: false, status, error };
  }
}

/** A zod failure as a 400 with the first human message. */
export function invalid(issues: { message: string }[]): AppError {
  return new AppError("invalid_input", issues[0]?.message ?? "Some fields need attention.", { status: 400 });
}
