import { creditsToUsd } from "@/lib/budgets/money";
import type { LedgerEntry } from "./spend";

/** RFC 4180 cell; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(Math.round(value * 1e6) / 1e6) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const LEDGER_CSV_COLUMNS = [
  "kind",
  "id",
  "created_at",
  "finished_at",
  "user_email",
  "operation",
  "category",
  "state",
  "estimate_credits",
  "charged_credits",
  "ledger_status",
  "ledger_credits",
  "ledger_usd",
] as const;

export function ledgerCsvHeader(): string {
  return `${LEDGER_CSV_COLUMNS.join(",")}\r\n`;
}

export function ledgerCsvRow(e: LedgerEntry, usdPerCredit: number): string {
  const cells = [
    e.kind,
    e.id,
    e.createdAt.toISOString(),
    e.finishedAt?.toISOString() ?? null,
    e.userEmail,
    e.operationId,
    e.category,
    e.state,
    e.estimate,
    e.charged,
    e.status,
    e.credits,
    Math.round(creditsToUsd(e.credits, usdPerCredit) * 1e6) / 1e6,
  ];
  return `${cells.map(csvCell).join(",")}\r\n`;
}
