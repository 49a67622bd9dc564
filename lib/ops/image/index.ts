import { withMediaSource } from "../media-source";
import type { AnyOperation } from "../types";
import { imageFluxKontextEdit, imageFluxKontextGenerate } from "./flux-kontext";
import { flux2Family } from "./market-flux2";
import { gptImageFamily } from "./market-gpt-image";
import { grokFamily } from "./market-grok";
import { ideogramFamily } from "./market-ideogram";
import { imagenFamily } from "./market-imagen";
import { miscImageOperations } from "./market-misc";
import { nanoBananaFamily } from "./market-nano-banana-family";
import { qwenFamily } from "./market-qwen";
import { seedreamFamily } from "./market-seedream";

const asAny = (ops: readonly unknown[]) => ops as AnyOperation[];

/** What a result image can be handed to: the label of the follow-up on an image. */
function imageAction(op: AnyOperation): string {
  if (op.id.includes("remove-background")) return "Remove background";
  if (op.id.includes("upscale")) return `Upscale with ${op.model}`;
  if (/edit|image-to-image|remix|reframe|kontext/.test(op.id)) return `Edit with ${op.model}`;
  return `Use as reference for ${op.model}`;
}

/** Image operations beyond the first two (Flux Kontext, the Market image catalogue). */
const catalogue: AnyOperation[] = [
  ...asAny([imageFluxKontextGenerate, imageFluxKontextEdit]),
  ...asAny(nanoBananaFamily),
  ...asAny(imagenFamily),
  ...asAny(gptImageFamily),
  ...asAny(seedreamFamily),
  ...asAny(flux2Family),
  ...asAny(grokFamily),
  ...asAny(ideogramFamily),
  ...asAny(qwenFamily),
  ...asAny(miscImageOperations),
];

export const imageOperations: AnyOperation[] = catalogue.map((op) =>
  withMediaSource(op, "image", imageAction(op)),
);
