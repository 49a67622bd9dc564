// Tolerant readers for Kie payloads: they never throw, they return undefined.

export type Json = Record<string, unknown>;

export function asRecord(v: unknown): Json | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined;
}

export function str(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Kie sends JSON inside strings (resultJson, param, promptJson), sometimes twice over. */
export function parseJsonish(v: unknown, depth = 2): unknown {
  let cur = v;
  for (let i = 0; i < depth && typeof cur === "string"; i++) {
    const t = cur.trim();
    if (!t.startsWith("{") && !t.startsWith("[")) break;
    try {
      cur = JSON.parse(t);
    } catch {
      return v;
    }
  }
  return cur;
}

/** A list of URLs from an array, a stringified array, or a single string. */
export function urlList(v: unknown): string[] {
  const parsed = parseJsonish(v);
  if (Array.isArray(parsed)) return parsed.filter((u): u is string => typeof u === "string" && u !== "");
  if (typeof parsed === "string" && /^https?:\/\//.test(parsed)) return [parsed];
  return [];
}

export type Envelope = { code: number | undefined; msg: string; data: unknown; isEnvelope: boolean };

/** Splits Kie's `{code, msg, data}` envelope; tolerates `message` instead of `msg`. */
export function envelope(raw: unknown): Envelope {
  const r = asRecord(raw);
  if (!r) return { code: undefined, msg: "", data: undefined, isEnvelope: false };
  return {
    code: num(r.code),
    msg: str(r.msg) ?? str(r.message) ?? "",
    data: r.data,
    isEnvelope: "code" in r || "data" in r,
  };
}

/** Kie mixes epoch ms, epoch s and "YYYY-MM-DD HH:mm:ss" strings. */
export function toDate(v: unknown): Date | undefined {
  const n = num(v);
  if (n !== undefined) return new Date(n < 1e12 ? n * 1000 : n);
  if (typeof v === "string" && v) {
    const d = new Date(v.includes("T") ? v : `${v.replace(" ", "T")}Z`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

export function malformed(upstream: string, detail: string) {
  return {
    state: "failed" as const,
    outputs: [],
    upstream,
    error: { code: "malformed", message: `Kie returned an unreadable status (${detail}).`, retryable: false },
  };
}
