import type { AnyOperation } from "../../types";
import { musicAddInstrumental, musicAddVocals } from "./add-layers";
import { musicExtend } from "./extend";
import { musicMashup } from "./mashup";
import { musicReplaceSection } from "./replace-section";
import { musicSounds } from "./sounds";
import { musicUploadCover, musicUploadExtend } from "./upload";

/** Suno operations that make new tracks from a track or an upload (polled at generate/record-info). */
export const musicFollowOperations: AnyOperation[] = [
  musicExtend,
  musicUploadCover,
  musicUploadExtend,
  musicAddInstrumental,
  musicAddVocals,
  musicReplaceSection,
  musicMashup,
  musicSounds,
] as unknown as AnyOperation[];
