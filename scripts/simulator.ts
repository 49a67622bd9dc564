/**
 * Runs the Kie simulator standalone on 127.0.0.1:
 *   npm run simulator -- --port 4010 [--time-scale 0.05] [--hmac-key K] [--api-key K] [--media-dir DIR]
 * Settings come only from flags: this must not load the app's env module.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { createSimulator, type Simulator } from "../lib/kie/simulator";

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
const server = createServer((req, res) => {
  if (!simulator) {
    res.writeHead(503).end();
    return;
  }
  void serve(simulator, req, res);
});

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

async function serve(sim: Simulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborter = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborter.abort();
  });
  try {
    const response = await sim.handle(toRequest(req, aborter.signal));
    if (response.headers.get("x-sim-dropped")) {
      // The `drop` fault: a connection reset instead of an answer.
      req.socket.destroy();
      return;
    }
    await writeResponse(response, res);
  } catch (error) {
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end("simulator error");
    else res.destroy(error instanceof Error ? error : undefined);
  }
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = { method, headers, signal };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = "half";
  }
  return new Request(`http://127.0.0.1${req.url ?? "/"}`, init);
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((resolve) => res.once("drain", resolve));
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
    }
    res.end();
  } catch {
    // A body that errors mid-way (the `truncate` fault) must look like a cut connection.
    res.destroy();
  }
}

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
