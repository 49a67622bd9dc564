import type { Route } from "../route-types";

/**
 * Chat endpoints have the model in the path (`/<model>/v1/chat/completions`,
 * `/gemini/v1/models/<model>:streamGenerateContent`), so they are matched by pattern, not by key.
 */
export function chatRouteFor(_method: string, _path: string): Route | undefined {
  return undefined;
}
