import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Same rule as lib/env.ts: postgres:// or postgresql:// means PostgreSQL (schema and migrations
// under prisma/postgres, generated from prisma/schema.prisma); anything else is SQLite, at
// DATABASE_URL when it is a file: URL, else DATA_DIR/studio.db.
const url = process.env.DATABASE_URL ?? "";
const postgres = /^postgres(ql)?:\/\//i.test(url);

function sqliteUrl(): string {
  if (url.startsWith("file:")) return url;
  return `file:${path.join(path.resolve(process.env.DATA_DIR || "data"), "studio.db")}`;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url: sqliteUrl() });
  },
});
