/**
 * Runs the Kie simulator standalone on 127.0.0.1:
 *   npm run simulator -- --port 4010 [--time-scale 0.05] [--hmac-key K] [--api-key K] [--media-dir DIR]
 * Settings come only from flags: this must not load the app's env module.
 */
import { parseArgs } from "node:util";
import { createSimulator, type Simulator } from "../lib/kie/simulator";
import { createFetchServer } from "../lib/node/serve-fetch";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    "time-scale": { type: "string", default: "1" },
    "hmac-key": { type: "string" },
    "api-key": { type: "string" },
    "media-dir": { type: "string" },
    "create-limit": { type: "string" },
  },
});

const port = Number(values.port);
const timeScale = Number(values["time-scale"]);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got ${values.port}`);
if (!Number.isFinite(timeScale) || timeScale < 0) fail(`--time-scale must be a number >= 0`);
const createLimit = values["create-limit"] ? Number(values["create-limit"]) : undefined;
if (createLimit !== undefined && !(Number.isInteger(createLimit) && createLimit > 0)) {
  fail("--create-limit must be a positive integer");
}

let simulator: Simulator | undefined;
const server = createFetchServer(() => simulator?.handle);

server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  simulator = createSimulator({
    basePath: "",
    publicBaseUrl: `http://127.0.0.1:${actualPort}`,
    timeScale,
    hmacKey: values["hmac-key"],
    apiKey: values["api-key"],
    mediaDir: values["media-dir"],
    createLimit: createLimit ? { max: createLimit, windowMs: 10_000 } : undefined,
  });
  console.log(`Kie simulator listening on http://127.0.0.1:${actualPort}`);
});

function shutdown(): void {
  simulator?.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
