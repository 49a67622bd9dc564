export type SimulatorOptions = {
  /** Path prefix to strip, e.g. "/api/kie-sim" ("" when standalone). */
  basePath: string;
  /** Absolute URL at which this handler is reachable; used in every media URL it hands out. */
  publicBaseUrl: string;
  /** Multiplies every simulated delay: 1 = realistic demo, 0.02 = fast tests. */
  timeScale?: number;
  /** When set, callbacks carry X-Webhook-Timestamp + X-Webhook-Signature (Kie's HMAC scheme). */
  hmacKey?: string;
  /** When set, the Bearer token must equal it; otherwise any non-empty Bearer is accepted. */
  apiKey?: string;
  /** Creation rate limit across all create endpoints (default 20 per 10 s, like Kie). */
  createLimit?: { max: number; windowMs: number };
  /** Starting credit balance (default 5000.5). */
  initialCredits?: number;
  /** Used to deliver callbacks (default: global fetch). */
  fetchImpl?: typeof fetch;
  /** When set, media bytes, tasks and the balance persist here and survive restarts. */
  mediaDir?: string;
};

export interface Simulator {
  handle(req: Request): Promise<Response>;
  stats(): SimStats;
  /** Forgets every task, upload, fault and counter; restores the initial balance. */
  reset(): void;
  /** Stops timers and releases hanging requests; the instance answers 503 afterwards. */
  close(): void;
}

export type SimStats = {
  /** Requests by `METHOD path` (media collapsed to `GET /media/*`; control endpoints excluded). */
  requests: Record<string, number>;
  /** Tasks created successfully. */
  createsTotal: number;
  /** Responses whose body code was 429 (rate limit or injected). */
  throttled: number;
  callbacksSent: number;
  callbackFailures: number;
  /** Callback stages delivered per task, in order, e.g. ["text", "first", "complete"]. */
  callbacksByTask: Record<string, string[]>;
  credits: number;
  tasks: { total: number; active: number };
  /** Requests being held open right now by a `hang`, `delay` or `trickle` fault. */
  held: { hang: number; delay: number; trickle: number };
};

export type Family =
  | "suno"
  | "gpt4o"
  | "market"
  | "veo"
  | "runway"
  | "aleph"
  | "flux"
  | "suno-lyrics"
  | "suno-wav"
  | "suno-vocal"
  | "suno-midi"
  | "suno-mp4"
  | "suno-cover";

export type ImageSpec = {
  kind: "image";
  prompt: string;
  seed: string;
  variant: number;
  width: number;
  height: number;
  format: "png" | "jpeg";
  /** Short caption drawn above the prompt (e.g. a song title on a cover). */
  label?: string;
};

export type AudioSpec = {
  kind: "audio";
  prompt: string;
  style: string;
  seed: string;
  take: number;
  sampleCount: number;
};

/** A sample clip (or its poster JPG) from public/sim-media, served from disk as is. */
export type VideoSpec = {
  kind: "video";
  /** File name under public/sim-media (whitelisted in media/video.ts). */
  clip: string;
  part: "video" | "poster";
  width: number;
  height: number;
  durationSec: number;
};

export type MediaSpec = ImageSpec | AudioSpec | VideoSpec;

export type StageOutcome = "progress" | "success" | "fail";

export type Stage = {
  name: string;
  /** Milliseconds after creation, already multiplied by timeScale and the slow factor. */
  at: number;
  outcome: StageOutcome;
};

export type SunoTrack = {
  id: string;
  title: string;
  tags: string;
  lyrics: string;
  duration: number;
  createTime: string;
  audio: string;
  stream: string;
  cover: string;
};

export type SimTask = {
  id: string;
  family: Family;
  /** Suno model enum, "gpt4o-image" or the Market model id. */
  model: string;
  createdAt: number;
  request: Record<string, unknown>;
  callBackUrl: string | null;
  flags: { slow: boolean; fail: boolean; duplicateCallbacks: boolean; outOfOrder?: boolean };
  charge: number;
  stages: Stage[];
  /** Stages whose side effects (charge, callback) already ran. */
  reached: string[];
  /** Media this task exposes, keyed by suffix (URL: /media/<taskId>-<suffix>.<ext>). */
  media: Record<string, MediaSpec>;
  /** Suffixes of the result media, in output order (images). */
  results: string[];
  tracks: SunoTrack[];
  /** Video families: the source task (extend, 4K), and upgrades asked of this task (Veo 1080p/4K). */
  /** Family-specific state (derived Suno tasks: source ids, stems, lyrics, MIDI notes…). */
  extra?: Record<string, unknown>;
  video?: {
    sourceTaskId?: string;
    upgrades?: Record<string, { requestedAt: number; taskId?: string }>;
  };
};
