import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

export type FetchHandler = (req: Request) => Promise<Response>;

/** Serves a fetch-style handler (Request → Response) on 127.0.0.1 with streaming bodies. */
export function createFetchServer(handle: () => FetchHandler | undefined): Server {
  return createServer((req, res) => {
    const h = handle();
    if (!h) {
      res.writeHead(503).end();
      return;
    }
    void serve(h, req, res);
  });
}

/** Starts a fetch handler on a port (0 = any free port); resolves once listening. */
export async function listenFetch(
  handler: FetchHandler,
  port = 0,
): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const server = createFetchServer(() => handler);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(handle: FetchHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborter = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborter.abort();
  });
  try {
    const response = await handle(toRequest(req, aborter.signal));
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
  // A client gone mid-body (aborted, killed) ends the body's source too, even one that is waiting.
  res.once("close", () => {
    if (!res.writableFinished) reader.cancel().catch(() => undefined);
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value))
        await new Promise<void>((resolve) => {
          const go = () => {
            res.off("drain", go);
            res.off("close", go);
            resolve();
          };
          res.once("drain", go);
          res.once("close", go);
        });
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
