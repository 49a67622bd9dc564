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

/** Image operations beyond the first two (Flux Kontext, the Market image catalogue). */
export const imageOperations: AnyOperation[] = [
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
