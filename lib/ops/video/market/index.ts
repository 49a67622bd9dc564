import type { AnyOperation } from "../../types";
import { bytedanceV1Family } from "./bytedance-v1";
import { grokFamily } from "./grok";
import { hailuoFamily } from "./hailuo";
import { happyHorseFamily } from "./happyhorse";
import { klingFamily } from "./kling";
import { miscVideoFamily } from "./misc";
import { seedanceFamily } from "./seedance";
import { soraFamily } from "./sora";
import { wanFamily } from "./wan";

const asAny = (ops: readonly unknown[]) => ops as AnyOperation[];

/** Market video models (REFERENCE §5.5 "Video"), grouped by family. */
export const marketVideoOperations: AnyOperation[] = [
  ...asAny(seedanceFamily),
  ...asAny(bytedanceV1Family),
  ...asAny(klingFamily),
  ...asAny(soraFamily),
  ...asAny(hailuoFamily),
  ...asAny(wanFamily),
  ...asAny(grokFamily),
  ...asAny(happyHorseFamily),
  ...asAny(miscVideoFamily),
];
