import fs from "node:fs";
import path from "node:path";
import type { SimTask } from "./types";

const TASK_ID = /^[0-9a-f]{32}$/;
const MEMORY_CAP = 5000;
const RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Tasks live in memory; with a directory they are also written (synchronously, they are tiny) to
 * `<dir>/tasks/<id>.json` so a restarted process keeps answering for them, like Kie would.
 */
export class TaskStore {
  private readonly tasks = new Map<string, SimTask>();

  constructor(private readonly dir: string | undefined) {}

  get size(): number {
    return this.tasks.size;
  }

  values(): IterableIterator<SimTask> {
    return this.tasks.values();
  }

  get(id: string): SimTask | undefined {
    const inMemory = this.tasks.get(id);
    if (inMemory || !this.dir || !TASK_ID.test(id)) return inMemory;
    const loaded = this.readFile(path.join(this.tasksDir(), `${id}.json`));
    if (loaded) this.remember(loaded);
    return loaded;
  }

  put(task: SimTask): void {
    this.remember(task);
    this.save(task);
  }

  save(task: SimTask): void {
    if (!this.dir) return;
    try {
      fs.mkdirSync(this.tasksDir(), { recursive: true });
      fs.writeFileSync(path.join(this.tasksDir(), `${task.id}.json`), JSON.stringify(task));
    } catch (error) {
      console.warn(`[kie-sim] could not persist task ${task.id}:`, error);
    }
  }

  /** Loads unfinished tasks from disk and deletes records (and media) past Kie's 14-day retention. */
  restoreUnfinished(isFinished: (task: SimTask) => boolean, now: number): SimTask[] {
    if (!this.dir) return [];
    let files: string[];
    try {
      files = fs.readdirSync(this.tasksDir()).filter((f) => f.endsWith(".json"));
    } catch {
      return [];
    }
    const restored: SimTask[] = [];
    for (const file of files) {
      const task = this.readFile(path.join(this.tasksDir(), file));
      if (!task) continue;
      if (now - task.createdAt > RETENTION_MS) {
        this.deleteFromDisk(task.id);
      } else if (!isFinished(task)) {
        this.remember(task);
        restored.push(task);
      }
    }
    return restored;
  }

  clear(): void {
    this.tasks.clear();
  }

  private remember(task: SimTask): void {
    this.tasks.delete(task.id);
    this.tasks.set(task.id, task);
    for (const oldId of this.tasks.keys()) {
      if (this.tasks.size <= MEMORY_CAP) break;
      this.tasks.delete(oldId);
    }
  }

  private tasksDir(): string {
    return path.join(this.dir ?? ".", "tasks");
  }

  private readFile(file: string): SimTask | undefined {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as SimTask;
      return TASK_ID.test(parsed.id) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  private deleteFromDisk(id: string): void {
    if (!this.dir) return;
    fs.rmSync(path.join(this.tasksDir(), `${id}.json`), { force: true });
    const mediaDir = path.join(this.dir, "media");
    try {
      for (const f of fs.readdirSync(mediaDir)) {
        if (f.startsWith(`${id}-`)) fs.rmSync(path.join(mediaDir, f), { force: true });
      }
    } catch {}
  }
}

/** The credit balance, persisted next to the tasks so demo spending survives restarts. */
export class CreditLedger {
  private balanceValue: number;

  constructor(
    private readonly dir: string | undefined,
    private readonly initial: number,
  ) {
    this.balanceValue = this.read() ?? initial;
  }

  get balance(): number {
    return this.balanceValue;
  }

  set(value: number): void {
    this.balanceValue = round2(value);
    this.write();
  }

  debit(amount: number): number {
    this.set(this.balanceValue - amount);
    return this.balanceValue;
  }

  reset(): void {
    this.set(this.initial);
  }

  private file(): string | undefined {
    return this.dir ? path.join(this.dir, "state.json") : undefined;
  }

  private read(): number | undefined {
    const file = this.file();
    if (!file) return undefined;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { balance?: unknown };
      return typeof parsed.balance === "number" ? parsed.balance : undefined;
    } catch {
      return undefined;
    }
  }

  private write(): void {
    const file = this.file();
    if (!file) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ balance: this.balanceValue }));
    } catch (error) {
      console.warn("[kie-sim] could not persist the credit balance:", error);
    }
  }
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
