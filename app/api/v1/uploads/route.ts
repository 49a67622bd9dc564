import { AppError } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { getRequestUser } from "@/lib/session";
import { uploadQuery, uploadToKie } from "@/lib/uploads/kie-upload";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * POST multipart `file` (optionally a `size` field first, and `?kind=image|audio|video`): the file is
 * checked and streamed to Kie's File Upload API; the answer's `url` is ready to use as a media input.
 */
export const POST = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const q = uploadQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success)
    throw new AppError("invalid_query", q.error.issues[0]?.message ?? "Invalid query", { status: 400 });
  return json(await uploadToKie(req, user.id, q.data.kind), { status: 201 });
});
