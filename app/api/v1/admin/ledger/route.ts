import { z } from "zod";
import { ledgerCsvHeader, ledgerCsvRow } from "@/lib/admin/csv";
import { adminFromRequest } from "@/lib/admin/guard";
import { chatLedgerPage, type LedgerRange, taskLedgerPage } from "@/lib/admin/ledger";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handler, notFoundResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

const PAGE = 500;

const dateParam = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date like 2026-11-21`)
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .optional();

const query = z.object({ since: dateParam("since"), until: dateParam("until") });

/**
 * The whole ledger as CSV (tasks, then chat answers), streamed page by page so an export of any
 * size never sits in memory. `?since=YYYY-MM-DD&until=YYYY-MM-DD` (UTC, `until` exclusive).
 */
export const GET = handler(async (req: Request) => {
  if (!(await adminFromRequest(req))) return notFoundResponse();
  const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success)
    throw new AppError("invalid_query", parsed.error.issues[0]?.message ?? "Invalid query", { status: 400 });
  const range: LedgerRange = parsed.data;
  const rate = env.KIE_USD_PER_CREDIT;
  const encoder = new TextEncoder();
  const pages = [taskLedgerPage, chatLedgerPage];
  let pageIndex = 0;
  let after: string | undefined;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(ledgerCsvHeader()));
    },
    // Each pull must enqueue or close: a pull that does neither is never called again.
    async pull(controller) {
      while (pageIndex < pages.length) {
        const rows = await pages[pageIndex](range, PAGE, after);
        if (rows.length < PAGE) {
          pageIndex++;
          after = undefined;
        } else {
          after = rows.at(-1)?.id;
        }
        if (rows.length) {
          controller.enqueue(encoder.encode(rows.map((e) => ledgerCsvRow(e, rate)).join("")));
          return;
        }
      }
      controller.close();
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kie-studio-ledger-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
