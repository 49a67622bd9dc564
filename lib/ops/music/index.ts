import type { AnyOperation } from "../types";
import { musicDerivedOperations } from "./derived/index";
import { musicFollowOperations } from "./follow/index";
import { musicGenerate } from "./generate";

/** Every Suno operation (dedicated endpoints, REFERENCE §6). */
export const musicOperations: AnyOperation[] = [
  musicGenerate as unknown as AnyOperation,
  ...musicFollowOperations,
  ...musicDerivedOperations,
];
