/** Small structural checks shared by the chat formats; each returns a message or null. */
export type Rec = Record<string, unknown>;

export const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

export function checkBoolean(body: Rec, key: string): string | null {
  return body[key] === undefined || typeof body[key] === "boolean" ? null : `${key} must be a boolean`;
}

export function checkNumber(body: Rec, key: string, min: number, max: number): string | null {
  const v = body[key];
  if (v === undefined) return null;
  return typeof v === "number" && v >= min && v <= max
    ? null
    : `${key} must be a number between ${min} and ${max}`;
}

export function checkEnum(value: unknown, key: string, allowed: readonly string[]): string | null {
  if (value === undefined) return null;
  return typeof value === "string" && allowed.includes(value)
    ? null
    : `${key} must be one of ${allowed.join(", ")}`;
}

/** Kie refuses a search tool combined with custom functions (REFERENCE §12). */
export function checkToolMix(tools: unknown, isSearch: (tool: unknown) => boolean): string | null {
  if (tools === undefined) return null;
  if (!Array.isArray(tools)) return "tools must be an array";
  const search = tools.filter(isSearch).length;
  if (search > 0 && search < tools.length)
    return "Web search cannot be combined with other tools in the same request";
  return null;
}

export function firstError(...checks: Array<string | null>): string | null {
  return checks.find((c) => c !== null) ?? null;
}

/** The text of the last user turn in any of the formats' message shapes. */
export function lastUserText(messages: unknown[], userRole: string, partsKey: "content" | "parts"): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!isRec(m) || m.role !== userRole) continue;
    const content = m[partsKey];
    if (typeof content === "string") return content;
    if (Array.isArray(content))
      return content
        .map((part) => (isRec(part) && typeof part.text === "string" ? part.text : ""))
        .filter(Boolean)
        .join("\n");
  }
  return "";
}
