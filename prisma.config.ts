import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Same rule as lib/env.ts: DATABASE_URL when it is a file: URL, else DATA_DIR/studio.db.
function sqliteUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url?.startsWith("file:")) return url;
  return `file:${path.join(path.resolve(process.env.DATA_DIR || "data"), "studio.db")}`;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteUrl() });
  },
});
