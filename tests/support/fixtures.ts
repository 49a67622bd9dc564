import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "../fixtures/kie");

export function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
}

export function fixtureNames(prefix: RegExp): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && prefix.test(f))
    .sort();
}
