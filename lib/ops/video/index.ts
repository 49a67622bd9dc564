import type { AnyOperation } from "../types";
import { marketVideoOperations } from "./market/index";
import { videoAlephGenerate, videoRunwayExtend, videoRunwayGenerate } from "./runway";
import { videoVeoExtend, videoVeoGenerate, videoVeoGet4k, videoVeoGet1080p } from "./veo";

/** Video operations (Veo 3.1, Runway, Aleph, Market video models). */
export const videoOperations: AnyOperation[] = [
  videoVeoGenerate as unknown as AnyOperation,
  videoVeoExtend as unknown as AnyOperation,
  videoVeoGet1080p as unknown as AnyOperation,
  videoVeoGet4k as unknown as AnyOperation,
  videoRunwayGenerate as unknown as AnyOperation,
  videoRunwayExtend as unknown as AnyOperation,
  videoAlephGenerate as unknown as AnyOperation,
  ...marketVideoOperations,
];
