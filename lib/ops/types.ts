import type { z } from "zod";

export type Category = "music" | "video" | "image" | "audio" | "chat";
export type AssetKind = "image" | "audio" | "video" | "text" | "midi";

/** Our own, stable task state vocabulary (Kie's many vocabularies normalize into it). */
export type TaskState =
  | "queued"
  | "submitting"
  | "submitted"
  | "running"
  | "partial"
  | "succeeded"
  | "failed"
  | "canceled"
  | "unknown";

export const TERMINAL_STATES: readonly TaskState[] = ["succeeded", "failed", "canceled"];

export type TaskOutput = {
  /** Stable within the task: the same output keeps its key across polls ("track-0", "image-1"). */
  key: string;
  kind: AssetKind;
  /** Provider URL: only ever used server-side to mirror; never sent to a browser. */
  url: string;
  mime?: string;
  durationSec?: number;
  width?: number;
  height?: number;
  title?: string;
  lyrics?: string;
  tags?: string;
  /** Cover art or poster for this output (provider URL). */
  posterUrl?: string;
  providerId?: string;
  /**
   * Content Kie returns inside the record itself (lyrics, transcripts, karaoke timing, MIDI notes,
   * persona ids): mirrored as a file like any download. `url` is "" for inline outputs.
   */
  inline?: { mime: string; text?: string; base64?: string };
  /** Small facts about this output worth keeping (stem type, speaker count, variant title…). */
  meta?: Record<string, unknown>;
};

export type TaskError = { code: string; message: string; retryable: boolean };

/** What a status family makes of one raw Kie answer. Pure data; never throws. */
export type TaskStatus = {
  state: "queued" | "running" | "partial" | "succeeded" | "failed";
  progress?: number;
  outputs: TaskOutput[];
  error?: TaskError;
  /** The raw upstream state, e.g. "FIRST_SUCCESS" or "generating". */
  upstream: string;
  note?: string;
  credits?: number;
};

export type FieldWidget =
  | "text"
  | "textarea"
  | "select"
  | "segmented"
  | "switch"
  | "slider"
  | "number"
  | "media-url"
  | "media-urls";

/** UI metadata attached to each input field with zod's `.meta()`; survives z.toJSONSchema. */
export type FieldMeta = {
  label: string;
  help?: string;
  widget?: FieldWidget;
  placeholder?: string;
  group?: string;
  advanced?: boolean;
  rows?: number;
  /** Labels for enum values, in order. */
  optionLabels?: Record<string, string>;
  /** Show only when another field has one of these values. */
  showWhen?: { field: string; in: Array<string | number | boolean> };
  /** Which media kind a URL field takes: drives the picker (my results / upload / URL). */
  media?: AssetKind;
  /**
   * The field holds the Kie task id of an earlier result (Suno taskId, Veo taskId…). The caller
   * must own a task with that Kie id, or the submission answers "not found"; the form fills it
   * from the chosen source result instead of showing a text box.
   */
  ref?: "kie-task";
};

export type StatusFamilyId =
  | "suno-music"
  | "gpt4o-image"
  | "market"
  | "flux-kontext"
  | "veo"
  | "veo-1080p"
  | "veo-4k"
  | "runway"
  | "aleph"
  | "suno-lyrics"
  | "suno-wav"
  | "suno-vocal"
  | "suno-midi"
  | "suno-mp4"
  | "suno-cover"
  | "suno-persona"
  | "suno-timestamped-lyrics"
  | "suno-style";

/** An earlier result, as an operation that starts from it sees it. */
export type SourceRef = {
  assetId: string;
  kind: AssetKind;
  /** The operation that made it. */
  operationId: string;
  /** Kie's id for the task that made it. */
  kieTaskId: string;
  /** Kie's id for this output, where Kie has one (Suno audioId, a stem's id). */
  providerId?: string;
  /** Position among its task's outputs (Veo/Grok `index`). */
  outputIndex: number;
  /** "studio://asset/<assetId>": a media reference the engine turns into a URL Kie can fetch. */
  ref: string;
  durationSec?: number;
  title?: string;
  meta?: Record<string, unknown>;
  /** The input the source task was submitted with (e.g. its Suno `model`, which extend must match). */
  taskInput: Record<string, unknown>;
};

/** "Results lead on": which results an operation starts from and how one pre-fills its input. */
export type SourceSpec<I> = {
  kinds: AssetKind[];
  /** Only results of these operations qualify (default: any result of `kinds`). */
  fromOperations?: string[];
  /** Short verb for the follow-up button on a result ("Extend", "Separate stems"). */
  action: string;
  prefill: (src: SourceRef) => Partial<I>;
};

export type RequestSpec<I> = {
  method: "POST" | "GET";
  path: string;
  /**
   * Some Kie "operations" create nothing: Veo 1080p is a GET on an existing task until it is ready.
   * The engine then skips the create, tracks `kieTaskId(input)` and adds `query(input)` to each poll.
   */
  pollOnly?: { kieTaskId: (input: I) => string; query?: (input: I) => Record<string, string> };
  /** Market model id, listed by the operations API. */
  model?: string;
  /** The only place that knows Kie's field names. Pure. */
  toBody: (input: I, ctx: { callBackUrl?: string }) => Record<string, unknown>;
};

export type OperationDef<S extends z.ZodObject = z.ZodObject> = {
  id: string;
  category: Category;
  title: string;
  summary: string;
  outputs: AssetKind[];
  mode: "async" | "sync" | "stream";
  input: S;
  request: RequestSpec<z.output<S>>;
  status: StatusFamilyId;
  /** Kie requires a callback URL on this endpoint (Suno). */
  callback: "required" | "optional";
  /** Estimated credits for the budget hold; the real charge comes from Kie. */
  cost: (input: z.output<S>) => number;
  example: z.input<S>;
  /** Model label shown in lists ("Suno V5", "Nano Banana"). */
  model: string;
  /** Set when this operation starts from an earlier result (follow-ups, edits, upscales). */
  source?: SourceSpec<z.input<S>>;
  /**
   * Rules that need the source result (replace section: window ≤ 50 % of the track). Runs at submit
   * when the input names an owned source (a `ref: "kie-task"` field, plus `audioId` when present).
   */
  checkAgainstSource?: (
    input: z.output<S>,
    source: SourceRef,
  ) => { path: string; message: string } | undefined;
};

export type AnyOperation = OperationDef<z.ZodObject>;
