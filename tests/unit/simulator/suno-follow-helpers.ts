import type { Simulator } from "../../../lib/kie/simulator";
import { call, pollUntil } from "./helpers";

export const CALLBACK = "https://app.test/api/kie/callback/suno";

export type Track = Record<string, unknown> & {
  id: string;
  audioUrl: string;
  streamAudioUrl: string;
  imageUrl: string;
  title: string;
  tags: string;
  prompt: string;
  duration: number;
};
export type MusicRecord = {
  taskId: string;
  status: string;
  operationType: string;
  parentMusicId: string;
  errorCode: number | null;
  errorMessage: string | null;
  response: { sunoData: Track[]; errorMessage?: string };
};

export async function create(sim: Simulator, path: string, body: Record<string, unknown>): Promise<string> {
  const res = await call(sim, "POST", path, body);
  if (res.json.code !== 200) throw new Error(`${path}: ${JSON.stringify(res.json)}`);
  return (res.json.data as { taskId: string }).taskId;
}

export async function record(sim: Simulator, taskId: string): Promise<MusicRecord> {
  return (await call(sim, "GET", `/api/v1/generate/record-info?taskId=${taskId}`)).json.data as MusicRecord;
}

const TERMINAL = /SUCCESS$|FAILED$|ERROR$/;
export async function finished(sim: Simulator, taskId: string): Promise<MusicRecord> {
  return pollUntil(
    () => record(sim, taskId),
    (r) => TERMINAL.test(r.status) && r.status !== "TEXT_SUCCESS" && r.status !== "FIRST_SUCCESS",
  );
}

/** A finished generate task to start from: its Kie id and first track. */
export async function sourceSong(sim: Simulator, model = "V5") {
  const taskId = await create(sim, "/api/v1/generate", {
    customMode: true,
    instrumental: false,
    model,
    style: "dream pop, female vocals",
    title: "Neon Harbour",
    prompt: "[Verse]\nNeon rain over the harbour\n[Chorus]\nHold the light",
    callBackUrl: CALLBACK,
  });
  const done = await finished(sim, taskId);
  return { taskId, track: done.response.sunoData[0] };
}
