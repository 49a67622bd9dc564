// `npm run db:migration <name>`: writes the migration from the schema the existing migrations
// build to the current prisma/schema.prisma, for SQLite AND PostgreSQL, under one timestamped name.
// Without a name it only adds the PostgreSQL twin of any SQLite migration that lacks one.
//
// The "before" schema is read back (`prisma db pull`) from a scratch SQLite file migrated step by
// step, so it is exact however the schema got there. PostgreSQL migrations are kept in lockstep
// (one twin per SQLite migration, same name), so the PostgreSQL "before" is that same schema with
// the provider swapped; no PostgreSQL server is needed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  postgresSchemaFrom,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
} from "./db-schemas";

const name = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (name !== undefined && !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration [name]   (name: lower-case letters, digits and _)");
  process.exit(1);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kie-migration-"));
const prisma = path.resolve("node_modules/.bin/prisma");

function prismaCli(args: string[], databaseUrl = ""): string {
  try {
    return execFileSync(prisma, args, {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`prisma ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

const migrationDirs = (root: string) =>
  fs.existsSync(root)
    ? fs
        .readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];

let step = 0;
function write(text: string): string {
  const file = path.join(scratch, `step-${step++}.prisma`);
  fs.writeFileSync(file, text);
  return file;
}

/** SQL turning schema file `from` (undefined = empty database) into `to`, or undefined when equal. */
function diff(from: string | undefined, to: string): string | undefined {
  const source = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const sql = prismaCli(["migrate", "diff", ...source, "--to-schema-datamodel", to, "--script"]);
  return sql.includes("-- This is an empty migration.") || sql.trim() === "" ? undefined : sql;
}

function writeMigration(root: string, dir: string, sql: string) {
  fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(path.join(root, dir, "migration.sql"), sql);
  console.log(`✓ ${root}/${dir}/migration.sql`);
}

/** Migrations apply in name order: never sort before an existing one, even with a skewed clock. */
function nextTimestamp(existing: string[]): string {
  const stamp = (d: Date) => d.toISOString().replace(/\D/g, "").slice(0, 14);
  const now = stamp(new Date());
  const last = existing.map((d) => d.slice(0, 14)).at(-1);
  if (!last || now > last) return now;
  const [y, mo, d, h, mi, s] = (last.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/) ?? [])
    .slice(1)
    .map(Number);
  return stamp(new Date(Date.UTC(y, mo - 1, d, h, mi, s + 1)));
}

function main() {
  const sqliteSchemaText = fs.readFileSync(SQLITE_SCHEMA, "utf8");
  fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(sqliteSchemaText));

  // Replay the SQLite history into a scratch database, reading the schema back after each step.
  const sqliteDirs = migrationDirs(SQLITE_MIGRATIONS);
  const postgresDirs = new Set(migrationDirs(POSTGRES_MIGRATIONS));
  const replay = path.join(scratch, "migrations");
  fs.mkdirSync(replay);
  fs.copyFileSync(
    path.join(SQLITE_MIGRATIONS, "migration_lock.toml"),
    path.join(replay, "migration_lock.toml"),
  );
  const scratchDb = `file:${path.join(scratch, "replay.db")}`;
  let before: string | undefined; // introspected SQLite schema after the previous step
  for (const dir of sqliteDirs) {
    fs.cpSync(path.join(SQLITE_MIGRATIONS, dir), path.join(replay, dir), { recursive: true });
    const schema = write(sqliteSchemaText);
    prismaCli(["migrate", "deploy", "--schema", schema], scratchDb);
    prismaCli(["db", "pull", "--schema", schema], scratchDb);
    const after = fs.readFileSync(schema, "utf8");
    if (!postgresDirs.has(dir)) {
      const sql = diff(before && write(postgresSchemaFrom(before)), write(postgresSchemaFrom(after)));
      if (sql) writeMigration(POSTGRES_MIGRATIONS, dir, sql);
    }
    before = after;
  }
  for (const dir of postgresDirs)
    if (!sqliteDirs.includes(dir)) console.warn(`! ${POSTGRES_MIGRATIONS}/${dir} has no SQLite twin`);

  const sqliteSql = diff(before && write(before), SQLITE_SCHEMA);
  if (!name) {
    if (sqliteSql)
      console.log("prisma/schema.prisma has changes no migration covers: npm run db:migration <name>");
    return;
  }
  if (!sqliteSql) {
    console.log("Nothing to migrate: the migrations already build prisma/schema.prisma.");
    return;
  }
  const dir = `${nextTimestamp([...sqliteDirs, ...postgresDirs].sort())}_${name}`;
  writeMigration(SQLITE_MIGRATIONS, dir, sqliteSql);
  const postgresSql = diff(before && write(postgresSchemaFrom(before)), POSTGRES_SCHEMA);
  if (postgresSql) writeMigration(POSTGRES_MIGRATIONS, dir, postgresSql);
}

try {
  main();
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
