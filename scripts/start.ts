// `npm start`: validate env, migrate, seed the demo account, build when sources changed, serve.
import fs from "node:fs";
import path from "node:path";
import { EnvError, loadEnv } from "../lib/env-schema";
import { run, runOrExit } from "./lib/run";
import { sourceHash } from "./lib/source-hash";

const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";

let env: ReturnType<typeof loadEnv>;
try {
  env = loadEnv(process.env);
} catch (err) {
  if (err instanceof EnvError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
fs.mkdirSync(env.dataDir, { recursive: true });
const bin = (name: string) => path.join("node_modules", ".bin", name);

await runOrExit(bin("tsx"), ["scripts/db-migrate.ts"]);

const { ensureDemoUser } = await import("../lib/people/demo");
const demo = env.mode === "demo" ? await ensureDemoUser() : null;

if (!dev) {
  const hash = sourceHash();
  const marker = path.join(".next", "source-hash");
  const built =
    fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(marker)
      ? fs.readFileSync(marker, "utf8") === hash
      : false;
  if (built) console.log("✓ Build is up to date");
  else {
    console.log("▸ Building the studio (first start or sources changed)…");
    await runOrExit(bin("next"), ["build"]);
    fs.writeFileSync(marker, hash);
  }
}

const line = "─".repeat(60);
console.log(`\n${line}\n  Kie Studio → ${env.appUrl}`);
console.log(
  `  Mode: ${env.mode === "demo" ? "DEMO (built-in Kie simulator, no key needed)" : "LIVE (Kie API key configured)"}`,
);
if (demo) console.log(`  Demo login: ${demo.email}  /  ${demo.password}`);
console.log(`  Data: ${env.dataDir}\n${line}\n`);

const code = await run(bin("next"), [dev ? "dev" : "start", "-p", String(env.PORT)]);
process.exit(code);
