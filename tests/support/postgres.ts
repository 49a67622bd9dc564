// The PostgreSQL side of the integration suite: a vitest globalSetup that starts one throwaway
// server for the `integration-pg` project, and a fresh, migrated database per test file.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migratePostgres } from "../../scripts/db-migrate-postgres";
import { startPostgresServer } from "../../scripts/db-postgres-server";
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from "../../scripts/db-schemas";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/** globalSetup: a failure to start is an error (never a skip), so CI cannot pass without PostgreSQL. */
export default async function setup(project: TestProject) {
  const missing = twinlessMigrations();
  if (missing.length)
    throw new Error(
      `SQLite migrations without a PostgreSQL twin: ${missing.join(", ")}. Run \`npm run db:migration\`.`,
    );
  const server = await startPostgresServer();
  project.provide("postgresServerUrl", server.url());
  return () => server.stop();
}

function twinlessMigrations(): string[] {
  const dirs = (root: string) => fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  const twins = new Set(dirs(POSTGRES_MIGRATIONS).map((d) => d.name));
  return dirs(SQLITE_MIGRATIONS)
    .map((d) => d.name)
    .filter((name) => !twins.has(name));
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** A new database on the shared server, migrated with the real PostgreSQL migrations. */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `kie_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString(), () => {});
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
