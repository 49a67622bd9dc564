// `npm run db:generate`: writes prisma/postgres/schema.prisma from prisma/schema.prisma and
// generates both clients. `--check` only verifies the PostgreSQL schema is up to date (CI, lint).
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./db-schemas";
import { runOrExit } from "./lib/run";

const expected = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";

if (process.argv.includes("--check")) {
  if (current !== expected) {
    console.error(`✗ ${POSTGRES_SCHEMA} is out of date with ${SQLITE_SCHEMA}: run \`npm run db:generate\`.`);
    process.exit(1);
  }
  console.log(`✓ ${POSTGRES_SCHEMA} matches ${SQLITE_SCHEMA}`);
  process.exit(0);
}

if (current !== expected) {
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, expected);
  console.log(`▸ wrote ${POSTGRES_SCHEMA}`);
}
const prisma = path.join("node_modules", ".bin", "prisma");
for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA])
  await runOrExit(prisma, ["generate", "--schema", schema]);
