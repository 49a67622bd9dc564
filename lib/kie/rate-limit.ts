import "server-only";
import { randomUUID } from "node:crypto";
import { db, dbProvider } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Kie allows 20 creates per 10 s per key, counted when requests arrive; excess is refused, not
 * queued. We keep a margin (KIE_CREATE_LIMIT, default 18) with a sliding window so a burst drains at
 * the limit. A slot counts from when it is taken until its request has finished, and then stays in
 * the window stamped with that finish time: every request reaches Kie before it finishes, so our
 * window never lags Kie's however slow the network is.
 */
export interface CreateLimiter {
  /** Takes a create slot if the window has one; call `done()` once the request has finished. */
  tryTake(): Promise<CreateSlot | null>;
  /** After Kie says 429 anyway, stop creating for a full window. */
  saturate(): Promise<void>;
}

export type CreateSlot = { done(): Promise<void> };

/**
 * How far ahead an in-flight slot is stamped: longer than any create request may take (60 s), and
 * short enough that a process that died mid-request gives its slot back on its own.
 */
const IN_FLIGHT_MS = 5 * 60_000;

/** SQLite: one writer process per database file, so the window lives in that process. */
export class InProcessWindow implements CreateLimiter {
  /** Finish times; in-flight slots are stamped ahead (see IN_FLIGHT_MS) so they count until they finish. */
  private stamps: Array<{ at: number }> = [];
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  async tryTake(): Promise<CreateSlot | null> {
    const now = this.clock();
    this.stamps = this.stamps.filter((s) => now - s.at < this.windowMs);
    if (this.stamps.length >= this.max) return null;
    const stamp = { at: now + IN_FLIGHT_MS };
    this.stamps.push(stamp);
    return {
      done: async () => {
        stamp.at = this.clock();
      },
    };
  }

  async saturate(): Promise<void> {
    const now = this.clock();
    this.stamps = Array.from({ length: this.max }, () => ({ at: now }));
  }
}

const LOCK_NAMESPACE = 0x6b6965; // "kie": keeps our advisory locks apart from anyone else's

/**
 * PostgreSQL: every app process on the database shares one window, kept as rows of `RateSlot`.
 * A take is a short transaction that holds a transaction-level advisory lock for the bucket,
 * counts the window by the database's clock and inserts a slot, so concurrent takes from any
 * process serialize and the window never overfills. No network I/O happens inside it.
 */
export class SharedWindow implements CreateLimiter {
  constructor(
    private readonly bucket: string,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  async tryTake(): Promise<CreateSlot | null> {
    const id = randomUUID();
    if (!(await this.fill(1, true, id))) return null;
    return {
      done: async () => {
        await db.$executeRaw`UPDATE "RateSlot" SET "takenAt" = clock_timestamp() AT TIME ZONE 'UTC' WHERE "id" = ${id}`;
      },
    };
  }

  async saturate(): Promise<void> {
    await this.fill(this.max, false);
  }

  /** In-flight slots are stamped ahead so they count until `done()` stamps their finish. */
  private fill(slots: number, onlyIfFree: boolean, id?: string): Promise<boolean> {
    const seconds = this.windowMs / 1000;
    return db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${this.bucket}))`;
      // Prisma stores DateTime as UTC timestamps without a zone; compare in UTC on the server clock.
      await tx.$executeRaw`DELETE FROM "RateSlot" WHERE "bucket" = ${this.bucket}
        AND "takenAt" < (clock_timestamp() AT TIME ZONE 'UTC') - make_interval(secs => ${seconds}::float8)`;
      if (onlyIfFree) {
        const [{ used }] = await tx.$queryRaw<Array<{ used: number }>>`
          SELECT count(*)::int AS used FROM "RateSlot" WHERE "bucket" = ${this.bucket}`;
        if (used >= this.max) return false;
      }
      if (id) {
        await tx.$executeRaw`INSERT INTO "RateSlot" ("id", "bucket", "takenAt")
          VALUES (${id}, ${this.bucket}, (clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ${IN_FLIGHT_MS / 1000}::float8))`;
      } else {
        await tx.$executeRaw`INSERT INTO "RateSlot" ("id", "bucket", "takenAt")
          SELECT gen_random_uuid()::text, ${this.bucket}, clock_timestamp() AT TIME ZONE 'UTC'
          FROM generate_series(1, ${slots}::int)`;
      }
      return true;
    });
  }
}

const g = globalThis as unknown as { __kieCreateLimiter?: CreateLimiter };
export const createLimiter: CreateLimiter = (g.__kieCreateLimiter ??=
  dbProvider === "postgresql"
    ? new SharedWindow("kie-create", env.KIE_CREATE_LIMIT, env.KIE_CREATE_WINDOW_MS)
    : new InProcessWindow(env.KIE_CREATE_LIMIT, env.KIE_CREATE_WINDOW_MS));
