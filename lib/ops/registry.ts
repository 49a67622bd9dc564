import { imageGpt4o } from "./image/gpt4o-generate";
import { imageOperations } from "./image/index";
import { imageNanoBanana } from "./image/nano-banana";
import { musicGenerate } from "./music/generate";
import type { AnyOperation, Category } from "./types";
import { videoOperations } from "./video/index";

/** Every Kie operation the studio offers. Ids are persisted in tasks: never rename, deprecate instead. */
export const operations: readonly AnyOperation[] = [
  musicGenerate as unknown as AnyOperation,
  imageGpt4o as unknown as AnyOperation,
  imageNanoBanana as unknown as AnyOperation,
  ...imageOperations,
  ...videoOperations,
];

const byId = new Map(operations.map((op) => [op.id, op]));

export function getOperation(id: string): AnyOperation | undefined {
  return byId.get(id);
}

export function operationsIn(category: Category): AnyOperation[] {
  return operations.filter((op) => op.category === category);
}
