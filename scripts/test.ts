// `npm test`: unit, then integration (simulator over HTTP) on SQLite and again on a throwaway
// PostgreSQL server, then end-to-end in Chromium.
import path from "node:path";
import { findPostgresBin } from "./db-postgres-server";
import { run } from "./lib/run";

const bin = (name: string) => path.join("node_modules", ".bin", name);
const only = process.argv.slice(2);
const steps: Array<[string, string, string[]]> = [
  ["unit", bin("vitest"), ["run", "--project", "unit"]],
  ["integration", bin("vitest"), ["run", "--project", "integration"]],
  ["integration-pg", bin("vitest"), ["run", "--project", "integration-pg"]],
  ["e2e", bin("playwright"), ["test"]],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  // Locally a machine without PostgreSQL's server may skip that run; in CI it must fail instead.
  if (name === "integration-pg" && !findPostgresBin() && process.env.CI !== "true") {
    console.warn(
      "\n! integration-pg skipped: PostgreSQL server binaries not found (apt-get install -y postgresql)",
    );
    continue;
  }
  console.log(`\n▸ ${name} tests`);
  const code = await run(cmd, args, env);
  if (code !== 0) {
    console.error(`\n✗ ${name} tests failed`);
    process.exit(code);
  }
}
console.log("\n✓ all tests passed");
