import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: env.databaseUrl, timeout: 5000 });
  const client = new PrismaClient({ adapter });
  return client;
}

const globalForDb = globalThis as unknown as { __kieDb?: PrismaClient; __kieDbReady?: Promise<void> };

export const db: PrismaClient = globalForDb.__kieDb ?? createClient();
globalForDb.__kieDb = db;

/** WAL + NORMAL sync + FK on, once per process (see ENVIRONMENT.md measurements). */
export function dbReady(): Promise<void> {
  globalForDb.__kieDbReady ??= (async () => {
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys=ON");
    await db.$executeRawUnsafe("PRAGMA busy_timeout=5000");
  })();
  return globalForDb.__kieDbReady;
}
