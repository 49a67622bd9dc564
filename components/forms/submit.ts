import type { TaskView } from "@/lib/dal/tasks";

export type SubmitRequest = { operationId: string; input: Record<string, unknown>; nonce: string };

/** The shape `submitTaskAction` answers with; the page passes the action in as a prop. */
export type SubmitOutcome =
  | { ok: true; task: TaskView }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string[]> } };

export type SubmitTask = (request: SubmitRequest) => Promise<SubmitOutcome>;

/** randomUUID needs a secure context; a studio served over plain http on a LAN has none. */
export function makeNonce(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
