import { isIP } from "node:net";

/** Why an address may not be fetched from the server; `null` means it is a public unicast address. */
export type BlockedReason =
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "shared (CGNAT)"
  | "multicast"
  | "reserved"
  | "unique-local"
  | "documentation"
  | "invalid";

type V4Range = [base: number, bits: number, reason: BlockedReason];

const V4_BLOCKED: V4Range[] = [
  [0x00000000, 8, "unspecified"], // 0.0.0.0/8 ("this network"; 0.0.0.0 reaches localhost on Linux)
  [0x0a000000, 8, "private"], // 10/8
  [0x64400000, 10, "shared (CGNAT)"], // 100.64/10
  [0x7f000000, 8, "loopback"], // 127/8
  [0xa9fe0000, 16, "link-local"], // 169.254/16 (cloud metadata lives here)
  [0xac100000, 12, "private"], // 172.16/12
  [0xc0000000, 24, "reserved"], // 192.0.0/24 (IETF protocol assignments)
  [0xc0000200, 24, "documentation"], // 192.0.2/24
  [0xc0a80000, 16, "private"], // 192.168/16
  [0xc6120000, 15, "reserved"], // 198.18/15 (benchmarking)
  [0xc6336400, 24, "documentation"], // 198.51.100/24
  [0xcb007100, 24, "documentation"], // 203.0.113/24
  [0xe0000000, 4, "multicast"], // 224/4
  [0xf0000000, 4, "reserved"], // 240/4 incl. broadcast
];

function v4ToInt(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function classifyV4(n: number): BlockedReason | null {
  for (const [base, bits, reason] of V4_BLOCKED) {
    const size = 2 ** (32 - bits);
    if (n >= base && n < base + size) return reason;
  }
  return null;
}

/** The 8 groups of an IPv6 address (zone id dropped, embedded dotted IPv4 expanded). */
function v6Groups(raw: string): number[] | null {
  let ip = raw.split("%")[0].toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (dotted) {
    if (isIP(dotted[1]) !== 4) return null;
    const n = v4ToInt(dotted[1]);
    ip = `${ip.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = ip.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null;
  const groups = [...head, ...Array(fill).fill("0"), ...tail].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : null;
}

function classifyV6(ip: string): BlockedReason | null {
  const g = v6Groups(ip);
  if (!g) return "invalid";
  const embeddedV4 = (g[6] << 16) | g[7];
  const firstFiveZero = g.slice(0, 5).every((x) => x === 0);
  if (firstFiveZero && g[5] === 0) {
    if (g[6] === 0 && g[7] === 0) return "unspecified"; // ::
    if (g[6] === 0 && g[7] === 1) return "loopback"; // ::1
    return classifyV4(embeddedV4 >>> 0) ?? "reserved"; // deprecated IPv4-compatible ::a.b.c.d
  }
  // IPv4-mapped (::ffff:a.b.c.d) reaches the IPv4 address itself: judge that address.
  if (firstFiveZero && g[5] === 0xffff) return classifyV4(embeddedV4 >>> 0);
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) also carry an IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))
    return classifyV4(embeddedV4 >>> 0);
  if (g[0] === 0x2002) return classifyV4(((g[1] << 16) | g[2]) >>> 0);
  if ((g[0] & 0xfe00) === 0xfc00) return "unique-local"; // fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return "private"; // fec0::/10 (deprecated site-local)
  if ((g[0] & 0xff00) === 0xff00) return "multicast"; // ff00::/8
  if (g[0] === 0x2001 && g[1] === 0x0db8) return "documentation"; // 2001:db8::/32
  if (g[0] === 0x2001 && g[1] === 0) return "reserved"; // Teredo tunnels to arbitrary IPv4
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return "reserved"; // discard-only
  return null;
}

/** Classifies a literal IP address (as DNS returns it); anything that is not one is "invalid". */
export function blockedReason(ip: string): BlockedReason | null {
  const version = isIP(ip.split("%")[0]);
  if (version === 4) return classifyV4(v4ToInt(ip));
  if (version === 6) return classifyV6(ip);
  return "invalid";
}

export const isPublicAddress = (ip: string): boolean => blockedReason(ip) === null;

/**
 * True for host spellings of an IPv4 address other than plain dotted decimal: `2130706433`,
 * `0x7f.0.0.1`, `0177.0.0.1`, `127.1`. URL parsers and `getaddrinfo` accept them, so they only
 * ever serve to disguise an address and are refused before any lookup.
 */
export function isObfuscatedIPv4(host: string): boolean {
  const parts = host.replace(/\.$/, "").split(".");
  if (parts.length > 4 || !parts.every((p) => /^(0x[0-9a-f]*|\d+)$/i.test(p))) return false;
  const canonical = parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p));
  return !canonical;
}
