import { z } from "zod";
import { getTaskForUser, listTasksForUser } from "@/lib/dal/tasks";
import { AppError } from "@/lib/errors";
import { handler, json, readJson } from "@/lib/http";
import { getRequestUser } from "@/lib/session";
import { submitTask } from "@/lib/tasks/submit";

export const dynamic = "force-dynamic";

const createBody = z.object({
  operationId: z.string().min(1, "operationId is required").max(100),
  input: z.record(z.string(), z.unknown()).default({}),
});

const listQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  category: z.enum(["music", "video", "image", "audio", "chat"]).optional(),
});

const unauthorized = () =>
  new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });

export const GET = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw unauthorized();
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const q = listQuery.safeParse(params);
  if (!q.success)
    throw new AppError("invalid_query", q.error.issues[0]?.message ?? "Invalid query", { status: 400 });
  return json(await listTasksForUser(user.id, q.data));
});

export const POST = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw unauthorized();
  const body = createBody.safeParse(await readJson(req));
  if (!body.success) {
    const fields = Object.fromEntries(body.error.issues.map((i) => [i.path.join(".") || "_", [i.message]]));
    throw new AppError("invalid_request", "The request body is not valid", { status: 400, fields });
  }
  const { task, created } = await submitTask(user.id, {
    operationId: body.data.operationId,
    input: body.data.input,
    idempotencyKey: req.headers.get("idempotency-key") ?? undefined,
  });
  const view = await getTaskForUser(user.id, task.id);
  return json({ task: view }, { status: created ? 201 : 200 });
});
