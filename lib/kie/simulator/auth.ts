/** Bearer check: with a configured key it must match exactly; otherwise any non-empty token passes. */
export function isAuthorized(req: Request, apiKey: string | undefined): boolean {
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  const token = match?.[1]?.trim() ?? "";
  if (token === "") return false;
  return apiKey === undefined || token === apiKey;
}

export const UNAUTHORIZED_MSG = "You do not have access permissions";
export const UPLOAD_UNAUTHORIZED_MSG = "Authentication failed: Invalid API Key";
