import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { AppError } from "@/lib/errors";
import { blockedReason, isObfuscatedIPv4 } from "./ip";

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type SafeFetchPolicy = {
  /** Scheme and host allow-list, asked for the first URL and every redirect hop. */
  allowUrl: (url: URL) => boolean;
  /** `URL.host` values that may resolve to private addresses (the simulator, a configured proxy). */
  trustedHosts: ReadonlySet<string>;
  maxRedirects: number;
  connectTimeoutMs: number;
  /** Longest silence on the socket, while waiting for headers or between body chunks. */
  idleTimeoutMs: number;
  /** DNS, injectable so tests can simulate rebinding; defaults to the system resolver. */
  resolve?: Resolver;
};

export type SafeResponse = {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family,
  }));

const blocked = (message: string) => new AppError("net_blocked", message, { status: 400 });

/**
 * GET with server-side request forgery defences: every hop's URL is checked, its host resolved once
 * and every address judged, and the socket is pinned to the judged address through a custom
 * `lookup` so a second DNS answer (rebinding) can never redirect the connection.
 * Resolves with the final response; the caller consumes or destroys `body`.
 */
export async function safeGet(raw: string, policy: SafeFetchPolicy): Promise<SafeResponse> {
  let rawUrl = raw;
  for (let hop = 0; hop <= policy.maxRedirects; hop++) {
    const url = checkUrl(rawUrl, policy);
    const pinned = await resolvePinned(url, policy);
    const res = await request(url, pinned, policy);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode ?? 0) || !location) {
      return { url: url.toString(), status: res.statusCode ?? 0, headers: res.headers, body: res };
    }
    res.destroy();
    rawUrl = absolutize(location, url);
  }
  throw new AppError("net_redirects", `More than ${policy.maxRedirects} redirects while fetching media`);
}

function absolutize(location: string, base: URL): string {
  // Relative locations inherit the (already checked) host; absolute ones are checked raw.
  return /^[a-z][a-z0-9+.-]*:/i.test(location) ? location : new URL(location, base).toString();
}

/** The host exactly as written, before the URL parser rewrites `0x7f.1` into `127.0.0.1`. */
export function rawHostOf(raw: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(raw.trim())?.[1];
}

export function checkUrl(raw: string, policy: Pick<SafeFetchPolicy, "allowUrl">): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw blocked("Refusing to fetch media from an invalid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw blocked(`Refusing to fetch media over ${url.protocol.replace(":", "")}`);
  if (url.username || url.password) throw blocked("Refusing to fetch media from a URL with credentials");
  const rawHost = rawHostOf(raw) ?? "";
  if (isObfuscatedIPv4(rawHost))
    throw blocked(`Refusing to fetch media from ${rawHost}: an IP address in disguise`);
  if (!policy.allowUrl(url)) throw blocked(`Refusing to fetch media from ${url.host}: not a media host`);
  return url;
}

const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, "");

/**
 * The host's addresses, each judged: every answer must be public unless the host is trusted. The
 * connection may only use these (several, so IPv4/IPv6 fallback still works for `localhost`).
 */
export async function resolvePinned(
  url: URL,
  policy: Pick<SafeFetchPolicy, "trustedHosts" | "resolve">,
): Promise<ResolvedAddress[]> {
  const host = bareHost(url);
  const literal = isIP(host);
  let answers: ResolvedAddress[];
  if (literal) answers = [{ address: host, family: literal }];
  else {
    try {
      answers = await (policy.resolve ?? systemResolver)(host);
    } catch {
      throw new AppError("net_dns", `Could not resolve ${host}`);
    }
  }
  if (answers.length === 0) throw new AppError("net_dns", `Could not resolve ${host}`);
  if (!policy.trustedHosts.has(url.host)) {
    for (const a of answers) {
      const reason = blockedReason(a.address);
      if (reason)
        throw blocked(`Refusing to fetch media from ${url.host}: ${a.address} is a ${reason} address`);
    }
  }
  return answers;
}

function pinnedLookup(pinned: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    // Node asks for all addresses when it races IPv4/IPv6 (autoSelectFamily): the judged ones only.
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, pinned);
    else callback(null, pinned[0].address, pinned[0].family);
  };
}

function request(url: URL, pinned: ResolvedAddress[], policy: SafeFetchPolicy): Promise<IncomingMessage> {
  const secure = url.protocol === "https:";
  return new Promise((resolve, reject) => {
    let res: IncomingMessage | undefined;
    // Media bodies run to a gigabyte: read ahead in large pieces rather than 16 KiB ones (Node
    // honours highWaterMark here; its typings do not list it).
    const options: http.RequestOptions & { highWaterMark: number } = {
      method: "GET",
      agent: false,
      highWaterMark: 1 << 20,
      lookup: pinnedLookup(pinned),
      headers: { "accept-encoding": "identity", "user-agent": "kie-studio-mirror" },
    };
    const req = (secure ? https : http).request(url, options);
    const connectTimer = setTimeout(
      () =>
        req.destroy(
          new AppError(
            "net_connect_timeout",
            `Could not connect to ${url.host} within ${policy.connectTimeoutMs} ms`,
          ),
        ),
      policy.connectTimeoutMs,
    );
    req.on("socket", (socket) => {
      socket.once(secure ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
    });
    // Socket inactivity, before and after the headers: the body stream is failed with our error.
    req.setTimeout(policy.idleTimeoutMs, () => {
      const err = new AppError(
        "net_idle",
        `The media server went silent for ${policy.idleTimeoutMs / 1000} s`,
      );
      if (res) res.destroy(err);
      req.destroy(err);
    });
    req.once("response", (r) => {
      res = r;
      clearTimeout(connectTimer);
      resolve(r);
    });
    req.on("error", (err) => {
      clearTimeout(connectTimer);
      reject(
        err instanceof AppError ? err : new AppError("net_failed", `Media download failed: ${err.message}`),
      );
    });
    req.once("close", () => clearTimeout(connectTimer));
    req.end();
  });
}
