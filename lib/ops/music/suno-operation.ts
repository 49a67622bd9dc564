import type { z } from "zod";
import type { OperationDef, RequestSpec, SourceRef, SourceSpec } from "../types";

type SunoTrackSpec<S extends z.ZodObject> = {
  id: string;
  title: string;
  summary: string;
  input: S;
  /** The Suno endpoint; every track-making one is a POST polled at generate/record-info. */
  path: string;
  toBody: RequestSpec<z.output<S>>["toBody"];
  cost: (input: z.output<S>) => number;
  example: z.input<S>;
  source?: SourceSpec<z.input<S>>;
  checkAgainstSource?: (
    input: z.output<S>,
    source: SourceRef,
  ) => { path: string; message: string } | undefined;
};

/** Suno operations that make tracks share everything but their endpoint, fields and body. */
export function sunoTrackOperation<S extends z.ZodObject>(spec: SunoTrackSpec<S>): OperationDef<S> {
  const { path, toBody, ...rest } = spec;
  return {
    ...rest,
    category: "music",
    outputs: ["audio"],
    mode: "async",
    model: "Suno",
    status: "suno-music",
    // Kie requires callBackUrl on every Suno create.
    callback: "required",
    request: { method: "POST", path, toBody },
  };
}
