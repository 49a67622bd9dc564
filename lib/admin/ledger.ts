import "server-only";
import { ledgerAmount } from "@/lib/budgets/arithmetic";
import { db } from "@/lib/db";
import { getOperation } from "@/lib/ops/registry";
import type { LedgerEntry } from "./spend";

export type LedgerRange = { since?: Date; until?: Date; userId?: string };

const taskSelect = {
  id: true,
  userId: true,
  operationId: true,
  category: true,
  state: true,
  costEstimate: true,
  creditsCharged: true,
  errorCode: true,
  createdAt: true,
  finishedAt: true,
  user: { select: { email: true } },
} as const;

type TaskLedgerRow = {
  id: string;
  userId: string;
  operationId: string;
  category: string;
  state: string;
  costEstimate: number;
  creditsCharged: number | null;
  errorCode: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  user: { email: string };
};

function taskEntry(t: TaskLedgerRow): LedgerEntry {
  const { status, credits } = ledgerAmount(t);
  return {
    kind: "task",
    id: t.id,
    userId: t.userId,
    userEmail: t.user.email,
    operationId: t.operationId,
    label: getOperation(t.operationId)?.title ?? t.operationId,
    category: t.category,
    state: t.state,
    estimate: t.costEstimate,
    charged: t.creditsCharged,
    credits,
    status,
    createdAt: t.createdAt,
    finishedAt: t.finishedAt,
  };
}

const createdIn = (r: LedgerRange) =>
  r.since || r.until
    ? { createdAt: { ...(r.since ? { gte: r.since } : {}), ...(r.until ? { lt: r.until } : {}) } }
    : {};

/** One page of task entries, oldest first; pass the last id back as `after` for the next page. */
export async function taskLedgerPage(
  range: LedgerRange,
  take: number,
  after?: string,
): Promise<LedgerEntry[]> {
  const rows = await db.task.findMany({
    where: { ...createdIn(range), ...(range.userId ? { userId: range.userId } : {}) },
    select: taskSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
  });
  return rows.map(taskEntry);
}

/** One page of charged chat answers (`credits_consumed`), oldest first. */
export async function chatLedgerPage(
  range: LedgerRange,
  take: number,
  after?: string,
): Promise<LedgerEntry[]> {
  const rows = await db.chatMessage.findMany({
    where: {
      role: "assistant",
      creditsConsumed: { not: null },
      ...createdIn(range),
      ...(range.userId ? { conversation: { userId: range.userId } } : {}),
    },
    select: {
      id: true,
      modelId: true,
      status: true,
      creditsConsumed: true,
      createdAt: true,
      conversation: { select: { userId: true, user: { select: { email: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
  });
  return rows.map((m) => {
    const credits = m.creditsConsumed ?? 0;
    return {
      kind: "chat",
      id: m.id,
      userId: m.conversation.userId,
      userEmail: m.conversation.user.email,
      operationId: `chat:${m.modelId ?? "unknown"}`,
      label: `Chat · ${m.modelId ?? "unknown model"}`,
      category: "chat",
      state: m.status,
      estimate: null,
      charged: credits,
      credits,
      status: credits > 0 ? "charged" : "released",
      createdAt: m.createdAt,
      finishedAt: m.createdAt,
    } satisfies LedgerEntry;
  });
}

const PAGE = 1000;
/** Beyond this many entries the overview stops reading (the CSV export streams everything). */
const OVERVIEW_CAP = 50_000;

/** Every ledger entry in the range (tasks and chat answers), for the overview's aggregates. */
export async function ledgerEntries(range: LedgerRange): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for (const page of [taskLedgerPage, chatLedgerPage]) {
    let after: string | undefined;
    while (out.length < OVERVIEW_CAP) {
      const rows = await page(range, PAGE, after);
      out.push(...rows);
      if (rows.length < PAGE) break;
      after = rows.at(-1)?.id;
    }
  }
  return out;
}
