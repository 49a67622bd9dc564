// An app process for crash tests: the reconciler started exactly as instrumentation.ts starts it
// (dispatch, polls, mirroring, the asset sweep, spend chores), on the database in DATABASE_URL.
// Exits 0 once no task is left unfinished, 1 on its deadline; tests may SIGKILL it at any moment.
// Run it with `node --import tsx` (not the tsx CLI, which forks): its pid must be the worker's own.
import { db } from "@/lib/db";
import { startReconciler } from "@/lib/tasks/reconciler";

if (process.env.RECONCILER !== "on") throw new Error("app-process.ts needs RECONCILER=on");
const deadline = Date.now() + Number(process.env.WORKER_DEADLINE_MS ?? 60_000);
const unfinished = () => db.task.count({ where: { state: { notIn: ["succeeded", "failed", "canceled"] } } });

startReconciler();
let code = 1;
while (Date.now() < deadline) {
  if ((await unfinished()) === 0) {
    code = 0;
    break;
  }
  await new Promise((r) => setTimeout(r, 100));
}
await db.$disconnect();
process.exit(code);
