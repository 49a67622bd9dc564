import { audioOperations } from "./audio/index";
import { imageGpt4o } from "./image/gpt4o-generate";
import { imageOperations } from "./image/index";
import { imageNanoBanana } from "./image/nano-banana";
import { musicOperations } from "./music/index";
import type { AnyOperation, Category } from "./types";
import { videoOperations } from "./video/index";

/** Every Kie operation the studio offers. Ids are persisted in tasks: never rename, deprecate instead. */
export const operations: readonly AnyOperation[] = [
  ...musicOperations,
  imageGpt4o as unknown as AnyOperation,
  imageNanoBanana as unknown as AnyOperation,
  ...imageOperations,
  ...videoOperations,
  ...audioOperations,
];

const byId = new Map(operations.map((op) => [op.id, op]));

export function getOperation(id: string): AnyOperation | undefined {
  return byId.get(id);
}

export function operationsIn(category: Category): AnyOperation[] {
  return operations.filter((op) => op.category === category);
}
