import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "instrumentation.ts",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const s = fs.statSync(p);
  if (s.isFile()) return void out.push(p);
  for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
}

/** A fingerprint of everything that goes into `next build`, so `npm start` rebuilds only when needed. */
export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const h = createHash("sha256");
  for (const f of files)
    h.update(path.relative(root, f)).update("\0").update(fs.readFileSync(f)).update("\0");
  return h.digest("hex");
}
