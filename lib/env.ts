import "server-only";
import { loadEnv } from "./env-schema";

/** The validated environment. The only module (with env-schema) that reads process.env. */
export const env = loadEnv(process.env);
export type { AppEnv } from "./env-schema";
