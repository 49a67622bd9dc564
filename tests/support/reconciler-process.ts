// One app process for tests/integration/two-processes.test.ts: runs reconciler passes against the
// database in DATABASE_URL until no task is left unfinished, then exits 0 (1 on its deadline).
import { db } from "@/lib/db";
import { reconcileOnce } from "@/lib/tasks/reconciler";

const deadline = Date.now() + Number(process.env.WORKER_DEADLINE_MS ?? 60_000);
const unfinished = () => db.task.count({ where: { state: { notIn: ["succeeded", "failed", "canceled"] } } });

let code = 1;
while (Date.now() < deadline) {
  await reconcileOnce();
  if ((await unfinished()) === 0) {
    code = 0;
    break;
  }
  await new Promise((r) => setTimeout(r, 50 + Math.random() * 50));
}
await db.$disconnect();
process.exit(code);
