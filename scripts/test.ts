// `npm test`: unit, then integration (simulator over HTTP, real SQLite), then end-to-end in Chromium.
import path from "node:path";
import { run } from "./lib/run";

const bin = (name: string) => path.join("node_modules", ".bin", name);
const only = process.argv.slice(2);
const steps: Array<[string, string, string[]]> = [
  ["unit", bin("vitest"), ["run", "--project", "unit"]],
  ["integration", bin("vitest"), ["run", "--project", "integration"]],
  ["e2e", bin("playwright"), ["test"]],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n▸ ${name} tests`);
  const code = await run(cmd, args, env);
  if (code !== 0) {
    console.error(`\n✗ ${name} tests failed`);
    process.exit(code);
  }
}
console.log("\n✓ all tests passed");
