import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkUrl, type SafeFetchPolicy, safeGet } from "@/lib/net/safe-fetch";

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Route>();
let server: http.Server;
let port: number;
let silent: net.Server;
let silentPort: number;
const silentSockets: net.Socket[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? "/", "http://x").pathname);
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  // Accepts TCP and never speaks: a TLS handshake against it never completes.
  silent = net.createServer((socket) => silentSockets.push(socket));
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
  silentPort = (silent.address() as AddressInfo).port;
  routes.set("/ok", (_req, res) => res.end("hello"));
  routes.set("/to-private", (_req, res) => res.writeHead(302, { location: "http://10.0.0.7/secret" }).end());
  routes.set("/to-loopback-name", (_req, res) =>
    res.writeHead(302, { location: `http://localhost:${port}/ok` }).end(),
  );
  routes.set("/to-metadata", (_req, res) =>
    res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  );
  routes.set("/to-decimal", (_req, res) =>
    res.writeHead(302, { location: `http://2130706433:${port}/ok` }).end(),
  );
  routes.set("/hop", (req, res) => {
    const n = Number(new URL(req.url ?? "/", "http://x").searchParams.get("n") ?? "0");
    res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : "/ok" }).end();
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  for (const socket of silentSockets) socket.destroy();
  await new Promise((r) => silent.close(r));
});

/** Only our test server's exact host:port is trusted, as the Kie base URL host is in the app. */
const policy = (over: Partial<SafeFetchPolicy> = {}): SafeFetchPolicy => ({
  allowUrl: () => true,
  trustedHosts: new Set([`127.0.0.1:${port}`]),
  maxRedirects: 3,
  connectTimeoutMs: 2000,
  idleTimeoutMs: 2000,
  ...over,
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const text = async (res: Awaited<ReturnType<typeof safeGet>>) => {
  let out = "";
  for await (const chunk of res.body) out += chunk;
  return out;
};

describe("safeGet refuses private destinations", () => {
  it.each([
    ["loopback", "http://127.0.0.1:9/x"],
    ["loopback name", "http://localhost:9/x"],
    ["private 10/8", "http://10.0.0.1/x"],
    ["private 192.168/16", "http://192.168.0.1/x"],
    ["link-local metadata", "http://169.254.169.254/latest/meta-data/"],
    ["CGNAT", "http://100.64.1.1/x"],
    ["unspecified", "http://0.0.0.0/x"],
    ["IPv6 loopback", "http://[::1]/x"],
    ["IPv4-mapped IPv6", "http://[::ffff:127.0.0.1]/x"],
    ["IPv4-mapped IPv6 (hex)", "http://[::ffff:7f00:1]/x"],
    ["IPv6 unique-local", "http://[fd00::1]/x"],
    ["IPv6 link-local", "http://[fe80::1]/x"],
    ["decimal IPv4", "http://2130706433/x"],
    ["octal IPv4", "http://0177.0.0.1/x"],
    ["hex IPv4", "http://0x7f.0.0.1/x"],
    ["short IPv4", "http://127.1/x"],
    ["multicast", "http://224.0.0.1/x"],
  ])("%s (%s)", async (_label, url) => {
    const err = await refusal(safeGet(url, policy({ trustedHosts: new Set() })));
    expect(err.code).toBe("net_blocked");
    expect(err.message).toMatch(/^Refusing to fetch media from /);
  });

  it("refuses a host name whose DNS answer is private, even when another answer is public", async () => {
    const err = await refusal(
      safeGet(
        "https://media.example/x.png",
        policy({
          resolve: async () => [
            { address: "93.184.216.34", family: 4 },
            { address: "10.0.0.5", family: 4 },
          ],
        }),
      ),
    );
    expect(err.message).toBe("Refusing to fetch media from media.example: 10.0.0.5 is a private address");
  });

  it("refuses other schemes and URLs with credentials before any lookup", () => {
    expect(() => checkUrl("file:///etc/passwd", policy())).toThrow(/over file/);
    expect(() => checkUrl("http://user:pw@cdn.kie.ai/x", policy())).toThrow(/credentials/);
    expect(() => checkUrl("https://evil.example/x", policy({ allowUrl: () => false }))).toThrow(
      "Refusing to fetch media from evil.example: not a media host",
    );
  });
});

describe("safeGet follows redirects by hand and checks every hop", () => {
  it("fetches from the trusted host", async () => {
    const res = await safeGet(`http://127.0.0.1:${port}/ok`, policy());
    expect(res.status).toBe(200);
    expect(await text(res)).toBe("hello");
  });

  it.each([
    ["a private address", "/to-private", "10.0.0.7 is a private address"],
    ["the metadata service", "/to-metadata", "169.254.169.254 is a link-local address"],
    ["a loopback name on another port", "/to-loopback-name", "127.0.0.1 is a loopback address"],
    ["a decimal IP", "/to-decimal", "an IP address in disguise"],
  ])("refuses a redirect to %s", async (_label, path, message) => {
    const err = await refusal(safeGet(`http://127.0.0.1:${port}${path}`, policy()));
    expect(err.code).toBe("net_blocked");
    expect(err.message).toContain(message);
  });

  it("follows up to 3 redirects and refuses a 4th", async () => {
    const ok = await safeGet(`http://127.0.0.1:${port}/hop?n=2`, policy());
    expect(ok.url).toBe(`http://127.0.0.1:${port}/ok`);
    expect(await text(ok)).toBe("hello");
    const err = await refusal(safeGet(`http://127.0.0.1:${port}/hop?n=3`, policy()));
    expect(err.code).toBe("net_redirects");
  });
});

describe("safeGet pins the connection to the address it judged", () => {
  it("connects to the resolved address, resolving once per hop (no second lookup to rebind)", async () => {
    const answers = [
      { address: "127.0.0.1", family: 4 },
      { address: "203.0.113.9", family: 4 },
    ];
    let lookups = 0;
    const res = await safeGet(
      `http://rebind.test:${port}/ok`,
      policy({
        trustedHosts: new Set([`rebind.test:${port}`]),
        // A rebinding resolver: the first answer is the judged one, later ones would differ.
        resolve: async () => [answers[Math.min(lookups++, 1)]],
      }),
    );
    expect(await text(res)).toBe("hello");
    expect(lookups).toBe(1);
  });
});

describe("safeGet timeouts", () => {
  it("gives up connecting when the handshake never completes", async () => {
    const started = Date.now();
    const err = await refusal(
      safeGet(
        `https://127.0.0.1:${silentPort}/x`,
        policy({
          trustedHosts: new Set([`127.0.0.1:${silentPort}`]),
          connectTimeoutMs: 200,
          idleTimeoutMs: 5000,
        }),
      ),
    );
    expect(err.code).toBe("net_connect_timeout");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("fails a body that goes silent with an idle-timeout error", async () => {
    routes.set("/stall", (_req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("x".repeat(10));
    });
    const res = await safeGet(`http://127.0.0.1:${port}/stall`, policy({ idleTimeoutMs: 150 }));
    const err = await refusal(text(res));
    expect(err.code).toBe("net_idle");
  });
});
