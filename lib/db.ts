import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "./db-url";
import { env } from "./env";
import { type Prisma, PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";

export const dbProvider: "sqlite" | "postgresql" = isPostgresUrl(env.databaseUrl) ? "postgresql" : "sqlite";

/**
 * Both generated clients come from the same models (prisma/postgres/schema.prisma is generated
 * from prisma/schema.prisma), so the PostgreSQL client is exposed under the SQLite client's type.
 */
function createClient(): PrismaClient {
  if (dbProvider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: env.databaseUrl });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSQLite3({ url: env.databaseUrl, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __kieDb?: PrismaClient; __kieDbReady?: Promise<void> };

export const db: PrismaClient = globalForDb.__kieDb ?? createClient();
globalForDb.__kieDb = db;

/** SQLite: WAL + NORMAL sync + FK on, once per process (see ENVIRONMENT.md measurements). */
export function dbReady(): Promise<void> {
  globalForDb.__kieDbReady ??= (async () => {
    if (dbProvider !== "sqlite") return;
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys=ON");
    await db.$executeRawUnsafe("PRAGMA busy_timeout=5000");
  })();
  return globalForDb.__kieDbReady;
}

/**
 * A case-insensitive substring filter on both databases: SQLite's LIKE already ignores ASCII
 * case, PostgreSQL needs `mode: "insensitive"` (which the SQLite client's types do not know).
 */
export function containsText(text: string): Prisma.StringFilter {
  return (
    dbProvider === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text }
  ) as Prisma.StringFilter;
}
