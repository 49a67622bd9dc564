/** A search param read as one string (repeated or empty params count as absent). */
export function oneParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}
