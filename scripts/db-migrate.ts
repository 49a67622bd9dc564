// `npm run db:migrate`: applies pending migrations to DATABASE_URL's database: PostgreSQL for a
// postgres:// URL, else SQLite (`prisma migrate deploy`).
import path from "node:path";
import { isPostgresUrl } from "../lib/db-url";
import { migratePostgres } from "./db-migrate-postgres";
import { runOrExit } from "./lib/run";

const url = process.env.DATABASE_URL ?? "";
if (isPostgresUrl(url)) {
  const applied = await migratePostgres(url);
  console.log(
    applied.length ? `✓ ${applied.length} migration(s) applied` : "✓ PostgreSQL schema is up to date",
  );
} else {
  await runOrExit(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"]);
}
