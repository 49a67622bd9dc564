import type { SimContext } from "./state";

export type Handler = (req: Request, ctx: SimContext, url: URL) => Promise<Response>;
/** One endpoint: `create` endpoints count against the 20-per-10-s create limit. */
export type Route = { handler: Handler; create?: boolean };
/** Routes keyed by "METHOD /path", merged into the router's table. */
export type RouteTable = Record<string, Route>;
