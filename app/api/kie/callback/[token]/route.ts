import { json } from "@/lib/http";
import { acceptCallback } from "@/lib/tasks/callbacks";

export const dynamic = "force-dynamic";

/** Always answers fast and says nothing about why a callback was refused. */
export async function POST(req: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  let body: unknown = null;
  try {
    const text = await req.text();
    body = text.length <= 2_000_000 ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const ok = body !== null && (await acceptCallback(token, req.headers, body).catch(() => false));
  return ok ? json({ ok: true }) : json({ ok: false }, { status: 401 });
}
