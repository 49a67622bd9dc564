import { createHash, randomBytes } from "node:crypto";

/** Where a user's uploads live at Kie: stable per user, without revealing the user id. */
export function uploadPathFor(userId: string): string {
  return `kie-studio/${createHash("sha256").update(userId).digest("hex").slice(0, 16)}`;
}

/** Kie overwrites a file uploaded again under the same name, so every upload gets a fresh one. */
export function kieFileName(ext: string): string {
  return `${Date.now()}-${randomBytes(6).toString("hex")}.${ext}`;
}

/** What the person called the file, safe to show back: no folders, no control characters. */
export function displayName(raw: string, ext: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c !== "\u007f").join("");
  return printable.trim().slice(0, 200) || `upload.${ext}`;
}
